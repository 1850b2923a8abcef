import Crypto
import Foundation

/// A SHA-256 hash in the Merkle tree of RFC 9162 §2.1: a leaf hash, an interior node hash or a root.
public struct TreeHash: Sendable, Hashable, CustomStringConvertible {
    /// The 32 bytes.
    public let bytes: [UInt8]

    /// The byte count of every tree hash.
    public static let byteCount = 32

    /// Wraps 32 bytes; returns nil for any other length.
    public init?(bytes: [UInt8]) {
        guard bytes.count == Self.byteCount else { return nil }
        self.bytes = bytes
    }

    init(digest: SHA256.Digest) {
        self.bytes = digest.withUnsafeBytes { Array($0) }
    }

    /// Decodes standard base64; nil unless it decodes to exactly 32 bytes.
    public init?(base64: String) {
        guard let data = Data(base64Encoded: base64) else { return nil }
        self.init(bytes: Array(data))
    }

    /// Decodes lowercase or uppercase hex; nil unless it is exactly 32 bytes.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 2 * Self.byteCount else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.byteCount)
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self.init(bytes: bytes)
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The hash in standard base64, as checkpoints and proofs carry it.
    public var base64: String { Data(bytes).base64EncodedString() }

    /// The hash in lowercase hex.
    public var hex: String { Hex.encode(bytes) }

    public var description: String { hex }

    /// `MTH({})`: the root of the empty tree, `SHA-256("")`.
    public static let emptyTree = TreeHash(digest: SHA256.hash(data: [UInt8]()))

    /// The leaf hash `SHA-256(0x00 ‖ data)` of one entry's exact bytes.
    public static func leaf(_ data: some DataProtocol) -> TreeHash {
        var hasher = SHA256()
        withUnsafeBytes(of: UInt8(0x00)) { hasher.update(bufferPointer: $0) }
        hasher.update(data: data)
        return TreeHash(digest: hasher.finalize())
    }

    /// The leaf hash of bytes in memory (the hot path of appends and audits).
    public static func leaf(_ bytes: UnsafeRawBufferPointer) -> TreeHash {
        var hasher = SHA256()
        withUnsafeBytes(of: UInt8(0x00)) { hasher.update(bufferPointer: $0) }
        hasher.update(bufferPointer: bytes)
        return TreeHash(digest: hasher.finalize())
    }

    /// The leaf hash of an entry's bytes.
    public static func leaf(_ bytes: [UInt8]) -> TreeHash {
        bytes.withUnsafeBytes { leaf($0) }
    }

    /// The interior node hash `SHA-256(0x01 ‖ left ‖ right)`.
    public static func node(_ left: TreeHash, _ right: TreeHash) -> TreeHash {
        var message = [UInt8](repeating: 0x01, count: 1 + 2 * byteCount)
        message.withUnsafeMutableBufferPointer { buffer in
            for index in 0..<byteCount {
                buffer[1 + index] = left.bytes[index]
                buffer[1 + byteCount + index] = right.bytes[index]
            }
        }
        var hasher = SHA256()
        message.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return TreeHash(digest: hasher.finalize())
    }
}
