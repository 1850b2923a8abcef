import Foundation

/// The JSON files of transparency-dev/merkle's `testdata/` (hashes in standard base64; sizes may exceed
/// `Int64.max`; `proof` may be null).
enum MerkleTestdata {
    /// `testdata/inclusion/**`.
    struct Inclusion: Decodable {
        let leafIdx: UInt64
        let treeSize: UInt64
        let root: String
        let leafHash: String
        let proof: [String]?
        let desc: String
        let wantErr: Bool
    }

    /// `testdata/consistency/**`.
    struct Consistency: Decodable {
        let size1: UInt64
        let size2: UInt64
        let root1: String
        let root2: String
        let proof: [String]?
        let desc: String
        let wantErr: Bool
    }

    /// `testdata/subtreeinclusion/**`: `root` is the subtree hash.
    struct SubtreeInclusion: Decodable {
        let leafIdx: UInt64
        let start: UInt64
        let end: UInt64
        let root: String
        let leafHash: String
        let proof: [String]?
        let desc: String
        let wantErr: Bool
    }

    /// `testdata/subtreeconsistency/**`: `root1` is the subtree hash, `root2` the tree root.
    struct SubtreeConsistency: Decodable {
        let start: UInt64
        let end: UInt64
        let size: UInt64
        let root1: String
        let root2: String
        let proof: [String]?
        let desc: String
        let wantErr: Bool
    }

    /// A base64 field that does not decode.
    struct NotBase64: Error {}

    /// The bytes of a standard base64 field.
    static func bytes(_ text: String) throws -> [UInt8] {
        guard let data = Data(base64Encoded: text) else { throw NotBase64() }
        return Array(data)
    }

    /// The bytes of every hash of a proof (none for null).
    static func proofBytes(_ proof: [String]?) throws -> [[UInt8]] {
        try (proof ?? []).map(bytes)
    }
}
