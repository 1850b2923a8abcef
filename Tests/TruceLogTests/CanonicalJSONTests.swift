import Testing
import TruceLog

@Suite("Canonical JSON (RFC 8785)")
struct CanonicalJSONTests {
    func text(_ value: JSONValue) -> String {
        String(decoding: CanonicalJSON.encode(value), as: UTF8.self)
    }

    /// RFC 8785 Appendix B: IEEE 754 bit patterns and the text ECMAScript writes for them.
    static let appendixB: [(bits: UInt64, text: String)] = [
        (0x0000_0000_0000_0000, "0"),
        (0x8000_0000_0000_0000, "0"),
        (0x0000_0000_0000_0001, "5e-324"),
        (0x8000_0000_0000_0001, "-5e-324"),
        (0x7fef_ffff_ffff_ffff, "1.7976931348623157e+308"),
        (0xffef_ffff_ffff_ffff, "-1.7976931348623157e+308"),
        (0x4340_0000_0000_0000, "9007199254740992"),
        (0xc340_0000_0000_0000, "-9007199254740992"),
        (0x4430_0000_0000_0000, "295147905179352830000"),
        (0x44b5_2d02_c7e1_4af5, "9.999999999999997e+22"),
        (0x44b5_2d02_c7e1_4af6, "1e+23"),
        (0x44b5_2d02_c7e1_4af7, "1.0000000000000001e+23"),
        (0x444b_1ae4_d6e2_ef4e, "999999999999999700000"),
        (0x444b_1ae4_d6e2_ef4f, "999999999999999900000"),
        (0x444b_1ae4_d6e2_ef50, "1e+21"),
        (0x3eb0_c6f7_a0b5_ed8c, "9.999999999999997e-7"),
        (0x3eb0_c6f7_a0b5_ed8d, "0.000001"),
        (0x41b3_de43_5555_5553, "333333333.3333332"),
        (0x41b3_de43_5555_5554, "333333333.33333325"),
        (0x41b3_de43_5555_5555, "333333333.3333333"),
        (0x41b3_de43_5555_5556, "333333333.3333334"),
        (0x41b3_de43_5555_5557, "333333333.33333343"),
        (0xbecb_f647_612f_3696, "-0.0000033333333333333333"),
        (0x4314_3ff3_c1cb_0959, "1424953923781206.2"),
    ]

    @Test("the numbers of RFC 8785 Appendix B")
    func appendixBNumbers() {
        for (bits, expected) in Self.appendixB {
            let number = Double(bitPattern: bits)
            #expect(CanonicalJSON.format(number) == expected, "bits \(String(bits, radix: 16))")
            #expect(text(.number(number)) == expected, "bits \(String(bits, radix: 16))")
        }
    }

    @Test("decimal literals written as ECMAScript writes them")
    func decimalNumbers() {
        let cases: [(Double, String)] = [
            (0, "0"), (-0.0, "0"), (1, "1"), (-1, "-1"), (100, "100"), (0.5, "0.5"), (4.35, "4.35"), (0.1, "0.1"),
            (1e21, "1e+21"), (1e20, "100000000000000000000"), (1e-7, "1e-7"), (0.000001, "0.000001"),
            (123456789012345680000, "123456789012345680000"), (9007199254740992, "9007199254740992"),
            (333333333.3333333, "333333333.3333333"), (1e30, "1e+30"), (2e-3, "0.002"), (1e-27, "1e-27"),
            (1.5e-6, "0.0000015"), (-1.5e-7, "-1.5e-7"), (1234.5678, "1234.5678"), (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ]
        for (number, expected) in cases {
            #expect(CanonicalJSON.format(number) == expected, "\(number)")
        }
    }

    @Test("integers are written in full")
    func integers() {
        #expect(text(.integer(0)) == "0")
        #expect(text(.integer(-42)) == "-42")
        #expect(text(.integer(9_007_199_254_740_992)) == "9007199254740992")
        #expect(text(.optional(Int?.some(7))) == "7")
        #expect(text(.optional(Int?.none)) == "null")
        #expect(text(.optional(String?.none)) == "null")
    }

    @Test("members sort by UTF-16 code units (RFC 8785 §3.2.3)")
    func sorting() {
        let value = JSONValue.object([
            "\u{20ac}": .string("Euro Sign"),
            "\r": .string("Carriage Return"),
            "\u{fb33}": .string("Hebrew Letter Dalet With Dagesh"),
            "1": .string("One"),
            "\u{1f600}": .string("Emoji: Grinning Face"),
            "\u{80}": .string("Control"),
            "\u{00f6}": .string("Latin Small Letter O With Diaeresis"),
        ])
        // By UTF-8 bytes the emoji (F0 9F…) would sort after U+FB33 (EF AC B3); by UTF-16 (D83D…) it sorts before.
        let expected =
            #"{"\r":"Carriage Return","1":"One","\#u{80}":"Control","\#u{f6}":"Latin Small Letter O With Diaeresis","#
            + #""\#u{20ac}":"Euro Sign","\#u{1f600}":"Emoji: Grinning Face","\#u{fb33}":"Hebrew Letter Dalet With Dagesh"}"#
        #expect(text(value) == expected)
    }

    @Test("the RFC 8785 §3.2.2 example")
    func rfcExample() {
        let value = JSONValue.object([
            "numbers": .array([
                .number(333333333.33333329), .number(1e30), .number(4.50), .number(2e-3), .number(0.000000000000000000000000001),
            ]),
            "string": .string("\u{20ac}$\u{0f}\nA'B\"\\\\\"/"),
            "literals": .array([.null, .bool(true), .bool(false)]),
        ])
        let expected =
            #"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"#
            + #""string":"€$\u000f\nA'B\"\\\\\"/"}"#
        #expect(text(value) == expected)
    }

    @Test("strings escape only quote, backslash and control characters, the latter as \\u00xx or their short forms")
    func escaping() {
        let short: [UInt8: String] = [0x08: #"\b"#, 0x09: #"\t"#, 0x0A: #"\n"#, 0x0C: #"\f"#, 0x0D: #"\r"#]
        for code in UInt8(0)..<0x20 {
            let hex = String(code, radix: 16)
            let expected = short[code] ?? #"\u00"# + (hex.count == 1 ? "0" + hex : hex)
            let scalar = Character(Unicode.Scalar(code))
            #expect(text(.string(String(scalar))) == "\"" + expected + "\"", "U+00\(hex)")
        }
        #expect(text(.string("\u{1f}")) == #""\u001f""#)
        #expect(text(.string("a\"b\\c")) == #""a\"b\\c""#)
        #expect(text(.string("/ \u{7f} é € 😀")) == "\"/ \u{7f} é € 😀\"")
        #expect(CanonicalJSON.encode(.string("é")) == [0x22, 0xC3, 0xA9, 0x22])
    }

    @Test("nested values carry no whitespace and sort at every level")
    func nesting() {
        let value = JSONValue.object([
            "b": .array([.object(["y": .integer(1), "x": .array([])]), .object([:]), .null]),
            "a": .object(["d": .bool(false), "c": .number(-0.0)]),
        ])
        #expect(text(value) == #"{"a":{"c":0,"d":false},"b":[{"x":[],"y":1},{},null]}"#)
    }

    @Test("a log entry's bytes are the canonical object and its leaf hash is over exactly those bytes")
    func logEntry() {
        let entry = LogEntry(
            type: "report.registered", time: "2017-05-06T00:00:00Z", actor: "importer",
            content: .object(["zone": .string("idlib"), "count": .integer(3)]), subject: "report:abc")
        let expected =
            #"{"actor":"importer","content":{"count":3,"zone":"idlib"},"time":"2017-05-06T00:00:00Z","#
            + #""type":"report.registered","v":1}"#
        #expect(String(decoding: entry.canonicalBytes, as: UTF8.self) == expected)
        let prepared = entry.prepared
        #expect(prepared.data == Array(expected.utf8))
        #expect(prepared.leafHash.bytes == ReferenceSHA256.hash([0x00] + Array(expected.utf8)))
        #expect(prepared.subject == "report:abc")
        #expect(prepared.type == "report.registered")
    }
}
