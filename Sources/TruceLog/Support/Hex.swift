/// Lower-case hexadecimal, as hashes, commitments and key IDs are written (TruceLog stands on swift-crypto alone,
/// so it does not borrow TruceCore's `hexString`).
enum Hex {
    /// The bytes as lower-case hex.
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A note key ID as its 8 hex digits.
    static func keyID(_ id: UInt32) -> String {
        encode(withUnsafeBytes(of: id.bigEndian) { Array($0) })
    }
}
