/// The JSON Canonicalization Scheme (RFC 8785): the one byte sequence of a JSON value that every signer and
/// verifier computes alike. No whitespace; object members sorted by their UTF-16 code units; strings escaped
/// minimally; numbers as ECMAScript's `Number.prototype.toString` writes them.
public enum CanonicalJSON {
    /// The canonical UTF-8 bytes of a value. Non-finite numbers are not JSON and stop the program: callers
    /// build values from validated data.
    public static func encode(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(512)
        write(value, to: &output)
        return output
    }

    private static func write(_ value: JSONValue, to output: inout [UInt8]) {
        switch value {
        case .null: output += Array("null".utf8)
        case .bool(let flag): output += Array((flag ? "true" : "false").utf8)
        case .integer(let number): output += Array(String(number).utf8)
        case .number(let number): output += Array(format(number).utf8)
        case .string(let text): writeString(text, to: &output)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                write(item, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            let keys = members.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            for (position, key) in keys.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                writeString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                write(members[key]!, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends a string, escaped minimally: `"`, `\\`, and control characters (the short forms `\b \t \n \f \r`,
    /// else `\u00xx`); everything else as its UTF-8 bytes. Runs that need no escape are copied whole.
    static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { buffer in
            var runStart = 0
            for (position, byte) in buffer.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<position]))
                output += escape(byte)
                runStart = position + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case UInt8(ascii: "\""): return Array(#"\""#.utf8)
        case UInt8(ascii: "\\"): return Array(#"\\"#.utf8)
        case 0x08: return Array(#"\b"#.utf8)
        case 0x09: return Array(#"\t"#.utf8)
        case 0x0A: return Array(#"\n"#.utf8)
        case 0x0C: return Array(#"\f"#.utf8)
        case 0x0D: return Array(#"\r"#.utf8)
        default:
            let hex = Array("0123456789abcdef".utf8)
            return Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0f)]]
        }
    }

    /// ECMAScript's shortest round-trip form of a finite double (RFC 8785 §3.2.2.3).
    public static func format(_ number: Double) -> String {
        precondition(number.isFinite, "JSON has no NaN or infinity")
        if number == 0 { return "0" }
        if number < 0 { return "-" + format(-number) }
        // Swift's description is the shortest round-trip digit string. Without an exponent it already is
        // ECMAScript's form (once a trailing ".0" goes) for every value that form writes without one.
        let text = number.description
        if number >= 1e-6 && number < 1e21 && !text.utf8.contains(UInt8(ascii: "e")) {
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        // Otherwise re-lay the digits out as ECMAScript does.
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[text.startIndex..<e]
            exponent = Int(text[text.index(after: e)...])!
        }
        var digits: String
        var pointPosition: Int
        if let dot = mantissa.firstIndex(of: ".") {
            digits = String(mantissa[mantissa.startIndex..<dot]) + String(mantissa[mantissa.index(after: dot)...])
            pointPosition = mantissa.distance(from: mantissa.startIndex, to: dot)
        } else {
            digits = String(mantissa)
            pointPosition = mantissa.count
        }
        // Normalise to digits d1…dk with value 0.d1…dk × 10^n.
        let leadingZeros = digits.prefix { $0 == "0" }.count
        digits.removeFirst(leadingZeros)
        pointPosition -= leadingZeros
        while digits.hasSuffix("0") { digits.removeLast() }
        let k = digits.count
        let n = pointPosition + exponent
        if k <= n && n <= 21 { return digits + String(repeating: "0", count: n - k) }
        if 0 < n && n <= 21 {
            return String(digits.prefix(n)) + "." + String(digits.dropFirst(n))
        }
        if -6 < n && n <= 0 { return "0." + String(repeating: "0", count: -n) + digits }
        let e = n - 1
        let sign = e < 0 ? "-" : "+"
        let head = k == 1 ? digits : String(digits.prefix(1)) + "." + String(digits.dropFirst())
        return head + "e" + sign + String(abs(e))
    }
}
