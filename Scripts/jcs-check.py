#!/usr/bin/env python3
"""Checks that every line of a file (base64 of one log entry's bytes) is RFC 8785 canonical JSON.

An independent re-encoding: parse the entry with Python's json module, write it back with members sorted by
UTF-16 code units, no whitespace, strings escaped as RFC 8785 says and numbers as ECMAScript writes them, and
compare the bytes. Prints "ok N" and exits 0, or names the first entry that differs and exits 1.
Usage: jcs-check.py FILE
"""
import base64
import json
import math
import sys


def number(x):
    if isinstance(x, bool):
        raise ValueError("bool is not a number")
    if isinstance(x, int):
        return str(x)
    if not math.isfinite(x):
        raise ValueError("non-finite number")
    if x == 0:
        return "0"
    text = repr(x)
    mantissa, _, exponent = text.partition("e")
    digits = mantissa.replace("-", "").replace(".", "").lstrip("0").rstrip("0") or "0"
    if exponent:
        e = int(exponent)
    else:
        e = 0
    # Normalise to ECMAScript's rules: value = 0.DIGITS x 10^n.
    sign = "-" if x < 0 else ""
    absolute = mantissa.lstrip("-")
    if "." in absolute:
        whole, fraction = absolute.split(".")
    else:
        whole, fraction = absolute, ""
    stripped_whole = whole.lstrip("0")
    if stripped_whole:
        n = len(stripped_whole) + e
    else:
        n = -(len(fraction) - len(fraction.lstrip("0"))) + e
    k = len(digits)
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    exp = n - 1
    head = digits if k == 1 else digits[0] + "." + digits[1:]
    return sign + head + "e" + ("+" if exp > 0 else "-") + str(abs(exp))


def canonical(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ",".join(canonical(item) for item in value) + "]"
    if isinstance(value, dict):
        keys = sorted(value, key=lambda key: key.encode("utf-16-be"))
        return "{" + ",".join(json.dumps(key, ensure_ascii=False) + ":" + canonical(value[key]) for key in keys) + "}"
    raise ValueError("not JSON: %r" % (value,))


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    count = 0
    with open(sys.argv[1], encoding="ascii") as lines:
        for index, line in enumerate(lines):
            data = base64.b64decode(line.strip())
            again = canonical(json.loads(data.decode("utf-8"))).encode("utf-8")
            if again != data:
                print("entry %d is not canonical:\n  stored:   %s\n  expected: %s" % (index, data[:300], again[:300]))
                return 1
            count += 1
    print("ok %d" % count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
