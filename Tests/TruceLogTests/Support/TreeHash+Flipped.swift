import TruceLog

extension TreeHash {
    /// The same hash with one bit flipped (bit `bit` of byte `byte`).
    func flipping(byte: Int = 0, bit: Int = 4) -> TreeHash {
        var changed = bytes
        changed[byte] ^= UInt8(1) << UInt8(bit)
        return TreeHash(bytes: changed)!
    }
}
