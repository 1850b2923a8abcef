import TruceLog

/// A checkpoint the log signed (or a mirror received), with the cosignatures collected for it.
public struct StoredCheckpoint: Sendable, Hashable {
    /// The signed checkpoint as the log signed it.
    public var note: SignedNote
    /// Its body.
    public var checkpoint: Checkpoint
    /// Witnesses' cosignature lines.
    public var cosignatures: [NoteSignature]

    /// A stored checkpoint.
    public init(note: SignedNote, checkpoint: Checkpoint, cosignatures: [NoteSignature]) {
        self.note = note
        self.checkpoint = checkpoint
        self.cosignatures = cosignatures
    }

    /// The note with the cosignatures after the log's signature: what `GET /log/checkpoint` serves.
    public var servedNote: SignedNote {
        SignedNote(text: note.text, signatures: note.signatures + cosignatures)
    }
}
