import Foundation

/// The body of a tlog-witness `POST /add-checkpoint`: `old <size>`, up to 63 proof lines, a blank line, then
/// the signed checkpoint.
public struct AddCheckpointRequest: Sendable, Hashable {
    /// The size of the checkpoint the client believes the witness last cosigned.
    public var oldSize: UInt64
    /// The consistency proof from `oldSize` to the new checkpoint.
    public var proof: [TreeHash]
    /// The signed checkpoint.
    public var note: SignedNote

    /// The most proof lines a request may carry.
    public static let maxProofLines = 63

    /// A request from its parts.
    public init(oldSize: UInt64, proof: [TreeHash], note: SignedNote) {
        self.oldSize = oldSize
        self.proof = proof
        self.note = note
    }

    /// The request body.
    public var body: String {
        "old \(oldSize)\n" + proof.map { $0.base64 + "\n" }.joined() + "\n" + note.serialized
    }

    /// Parses a request body.
    public init(parsing body: String) throws(NoteError) {
        guard let blank = body.range(of: "\n\n") else { throw .malformedNote("no blank line after the proof") }
        let head = body[body.startIndex..<blank.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = head.first, first.hasPrefix("old ") else {
            throw .malformedNote("the first line must be \"old <size>\"")
        }
        let digits = first.dropFirst(4)
        guard let old = UInt64(digits), String(old) == digits else {
            throw .malformedNote("the old size is not a decimal without leading zeros")
        }
        guard head.count - 1 <= Self.maxProofLines else {
            throw .malformedNote("more than \(Self.maxProofLines) proof lines")
        }
        var proof: [TreeHash] = []
        for line in head.dropFirst() {
            guard let hash = TreeHash(base64: String(line)) else {
                throw .malformedNote("a proof line is not base64 of 32 bytes")
            }
            proof.append(hash)
        }
        self.init(oldSize: old, proof: proof, note: try SignedNote(parsing: String(body[blank.upperBound...])))
    }
}
