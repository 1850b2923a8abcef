import Foundation

/// The text form both kinds of note key share: `name+hex(keyID)+base64(type ‖ 32 bytes)`, split on the first two
/// `+` only (base64 contains `+`). A verifier key holds the public key there, a signing key (after `PRIVATE+KEY+`)
/// the seed.
struct NoteKeyText {
    var name: String
    var keyID: UInt32
    var type: NoteKeyType
    var material: [UInt8]

    init(parsing text: Substring) throws(NoteError) {
        let parts = text.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .malformedKey("expected name+keyid+key") }
        guard parts[1].count == 8, parts[1].allSatisfy(\.isHexDigit), let id = UInt32(parts[1], radix: 16) else {
            throw .malformedKey("the key ID must be 8 hex digits")
        }
        guard let data = Data(base64Encoded: String(parts[2])), data.count == 33,
            let type = NoteKeyType(rawValue: data[data.startIndex])
        else { throw .malformedKey("the key must be base64 of a type byte (0x01 or 0x04) and 32 bytes") }
        self.name = String(parts[0])
        self.keyID = id
        self.type = type
        self.material = Array(data.dropFirst())
    }
}
