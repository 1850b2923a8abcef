/// A C2SP tlog-checkpoint body: origin, tree size, root hash and optional extension lines.
public struct Checkpoint: Sendable, Hashable {
    /// The log's unique name (e.g. `truce.example/syria-2016`).
    public var origin: String
    /// The number of entries.
    public var size: UInt64
    /// The root hash of those entries.
    public var root: TreeHash
    /// Opaque non-empty extension lines.
    public var extensions: [String]

    /// A checkpoint from its parts.
    public init(origin: String, size: UInt64, root: TreeHash, extensions: [String] = []) {
        self.origin = origin
        self.size = size
        self.root = root
        self.extensions = extensions
    }

    /// The body text a log signs.
    public var body: String {
        ([origin, String(size), root.base64] + extensions).map { $0 + "\n" }.joined()
    }

    /// Parses a checkpoint body (a signed note's text).
    public init(body: String) throws(NoteError) {
        guard body.hasSuffix("\n") else { throw .malformedCheckpoint("the body must end in a newline") }
        let lines = body.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3 else { throw .malformedCheckpoint("expected origin, size and root hash lines") }
        guard !lines[0].isEmpty else { throw .malformedCheckpoint("the origin is empty") }
        guard let size = UInt64(lines[1]), String(size) == lines[1] else {
            throw .malformedCheckpoint("the size \"\(lines[1])\" is not a decimal without leading zeros")
        }
        guard let root = TreeHash(base64: String(lines[2])) else {
            throw .malformedCheckpoint("the root hash is not base64 of 32 bytes")
        }
        guard !lines.dropFirst(3).contains(where: \.isEmpty) else {
            throw .malformedCheckpoint("an extension line is empty")
        }
        self.init(origin: String(lines[0]), size: size, root: root, extensions: lines.dropFirst(3).map(String.init))
    }

    /// Signs the checkpoint as a note.
    public func signed(by signer: NoteSigner) -> SignedNote {
        SignedNote(text: body, signatures: [signer.sign(text: body)])
    }
}
