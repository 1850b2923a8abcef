import Foundation

/// A C2SP signed note (signed-note v1): text ending in a newline, a blank line, then one signature per line.
public struct SignedNote: Sendable, Hashable {
    /// The signed text, ending in a newline.
    public var text: String
    /// The signature lines, in order.
    public var signatures: [NoteSignature]

    /// The most signature lines a note may carry here (the Go implementation's limit).
    public static let maxSignatures = 100

    /// A note from its parts.
    public init(text: String, signatures: [NoteSignature]) {
        self.text = text
        self.signatures = signatures
    }

    /// Parses a signed note's exact bytes.
    public init(parsing note: String) throws(NoteError) {
        guard note.hasSuffix("\n") else { throw .malformedNote("it must end in a newline") }
        guard let split = note.range(of: "\n\n", options: .backwards) else {
            throw .malformedNote("no blank line before the signatures")
        }
        let text = String(note[note.startIndex..<note.index(after: split.lowerBound)])
        let lines = note[split.upperBound...].dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        guard !lines.isEmpty, lines.count <= Self.maxSignatures else {
            throw .malformedNote("it must carry between 1 and \(Self.maxSignatures) signatures")
        }
        guard !note.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" }) else {
            throw .malformedNote("the note holds a control character")
        }
        var signatures: [NoteSignature] = []
        for line in lines { signatures.append(try NoteSignature(line: line)) }
        self.text = text
        self.signatures = signatures
    }

    /// The note's exact bytes.
    public var serialized: String {
        text + "\n" + signatures.map(\.line).joined()
    }

    /// Checks the signatures by the given keys: signatures by other keys are ignored, a failing signature by a
    /// known key refuses the note, and at least one known signature must verify. Returns the verified ones.
    @discardableResult
    public func verify(with verifiers: [NoteVerifierKey]) throws(NoteError) -> [NoteSignature] {
        var verified: [NoteSignature] = []
        for signature in signatures {
            guard let key = verifiers.first(where: { $0.name == signature.name && $0.keyID == signature.keyID }) else {
                continue
            }
            guard key.isValid(signature: signature.signature, for: text) else {
                throw .badSignature(name: signature.name)
            }
            verified.append(signature)
        }
        guard !verified.isEmpty else { throw .unverified }
        return verified
    }
}
