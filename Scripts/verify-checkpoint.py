#!/usr/bin/env python3
"""Verifies a signed checkpoint with an implementation of its own, independent of Truce's Swift code.

Usage: verify-checkpoint.py LOG_VKEY NOTE_FILE [WITNESS_VKEY]

LOG_VKEY is a C2SP verifier key of type 0x01 (Ed25519) for the log, NOTE_FILE a signed note (c2sp.org/signed-note)
whose text is a checkpoint (c2sp.org/tlog-checkpoint). With WITNESS_VKEY (type 0x04), a cosignature
(c2sp.org/tlog-cosignature) by that witness must be on the note too.

Prints "ok <origin> <size> <root>" (and "cosigned <witness> <time>" with a witness key) and exits 0, or prints the
reason to standard error and exits 1. Needs the `cryptography` package (pip install cryptography).
"""

import base64
import binascii
import hashlib
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

ED25519 = 0x01
COSIGNATURE_V1 = 0x04


class Refused(Exception):
    """The note, a key or a signature is not acceptable."""


def b64decode(text):
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as error:
        raise Refused(f"not base64: {text!r}") from error


def key_id(name, key_type, public_key):
    """SHA-256(name || 0x0A || type || key)[:4]."""
    return hashlib.sha256(name.encode() + b"\n" + bytes([key_type]) + public_key).digest()[:4]


def parse_vkey(vkey, want_type):
    """A verifier key `name+hex(keyid)+base64(type || key)`, split on the first two '+' (base64 holds '+')."""
    parts = vkey.strip().split("+", 2)
    if len(parts) != 3:
        raise Refused(f"verifier key {vkey!r} is not name+keyid+key")
    name, hex_id, encoded = parts
    if not name or any(c.isspace() for c in name):
        raise Refused(f"verifier key name {name!r} is empty or holds a space")
    material = b64decode(encoded)
    if len(material) != 33 or material[0] != want_type:
        raise Refused(f"verifier key {name} is not type 0x{want_type:02x} with a 32-byte Ed25519 key")
    public_key = material[1:]
    if len(hex_id) != 8 or key_id(name, want_type, public_key).hex() != hex_id:
        raise Refused(f"verifier key {name}: key ID {hex_id} does not match the key")
    return name, key_id(name, want_type, public_key), Ed25519PublicKey.from_public_bytes(public_key)


def parse_note(data):
    """(text bytes, [(name, key id, signature bytes)]) of a signed note's exact bytes."""
    try:
        note = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Refused("the note is not UTF-8") from error
    if any(ord(c) < 0x20 and c != "\n" for c in note):
        raise Refused("the note holds a control character")
    if not note.endswith("\n"):
        raise Refused("the note does not end in a newline")
    split = note.rfind("\n\n")
    if split < 0:
        raise Refused("no blank line before the signatures")
    text = note[: split + 1]
    signatures = []
    for line in note[split + 2 : -1].split("\n"):
        if not line.startswith("\u2014 "):
            raise Refused(f"signature line {line!r} does not start with an em dash and a space")
        fields = line[2:].split(" ")
        if len(fields) != 2 or not fields[0]:
            raise Refused(f"signature line {line!r} is not '— <name> <base64>'")
        raw = b64decode(fields[1])
        if len(raw) < 5:
            raise Refused(f"signature line {line!r} is too short")
        signatures.append((fields[0], raw[:4], raw[4:]))
    return text.encode("utf-8"), signatures


def signatures_by(signatures, name, wanted_id):
    return [signature for (signer, key, signature) in signatures if signer == name and key == wanted_id]


def verify_log(text, signatures, vkey):
    name, wanted_id, public_key = parse_vkey(vkey, ED25519)
    found = signatures_by(signatures, name, wanted_id)
    if not found:
        raise Refused(f"no signature by the log key {name}")
    for signature in found:
        try:
            public_key.verify(signature, text)
        except InvalidSignature as error:
            raise Refused(f"the signature by {name} does not verify") from error


def verify_cosignature(text, signatures, vkey):
    name, wanted_id, public_key = parse_vkey(vkey, COSIGNATURE_V1)
    found = signatures_by(signatures, name, wanted_id)
    if not found:
        raise Refused(f"no cosignature by the witness key {name}")
    times = []
    for signature in found:
        if len(signature) != 72:
            raise Refused(f"the cosignature by {name} is not 8 + 64 bytes")
        time = int.from_bytes(signature[:8], "big")
        if time >= 2**63:
            raise Refused(f"the cosignature by {name} has a time beyond 2^63 - 1")
        message = f"cosignature/v1\ntime {time}\n".encode() + text
        try:
            public_key.verify(signature[8:], message)
        except InvalidSignature as error:
            raise Refused(f"the cosignature by {name} does not verify") from error
        times.append(time)
    return name, times[0]


def parse_checkpoint(text):
    """(origin, size, root base64) of a checkpoint body."""
    lines = text.decode("utf-8")[:-1].split("\n")
    if len(lines) < 3:
        raise Refused("a checkpoint has origin, size and root hash lines")
    origin, size, root = lines[0], lines[1], lines[2]
    if not origin:
        raise Refused("the checkpoint origin is empty")
    if not size.isascii() or not size.isdigit() or (size != "0" and size.startswith("0")):
        raise Refused(f"the checkpoint size {size!r} is not a decimal without leading zeros")
    if len(b64decode(root)) != 32:
        raise Refused("the checkpoint root hash is not 32 bytes")
    if any(not line for line in lines[3:]):
        raise Refused("a checkpoint extension line is empty")
    return origin, int(size), root


def main(arguments):
    if len(arguments) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 1
    try:
        with open(arguments[1], "rb") as file:
            text, signatures = parse_note(file.read())
        verify_log(text, signatures, arguments[0])
        origin, size, root = parse_checkpoint(text)
        cosigned = verify_cosignature(text, signatures, arguments[2]) if len(arguments) == 3 else None
    except (Refused, OSError) as error:
        print(f"refused: {error}", file=sys.stderr)
        return 1
    print(f"ok {origin} {size} {root}")
    if cosigned:
        print(f"cosigned {cosigned[0]} {cosigned[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
