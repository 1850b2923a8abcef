import Testing
import TruceLog

@Suite("Signed note vectors (C2SP and Go sumdb/note)")
struct SignedNoteVectorTests {
    let cases: [VectorsFile.SignedNoteCase]

    init() throws {
        cases = try TestPaths.vectors().signedNotes
    }

    @Test("each verifier key parses, its key ID is recomputed, its note verifies and round-trips byte for byte")
    func verifies() throws {
        try #require(cases.count >= 3)
        for vector in cases {
            let key = try NoteVerifierKey(parsing: vector.vkey)
            #expect(key.type == .ed25519, "\(vector.source)")
            #expect(Hex.encode(withUnsafeBytes(of: key.keyID.bigEndian) { Array($0) }) == vector.keyIDRecomputed)
            #expect(key.encoded == vector.vkey, "\(vector.source)")
            let note = try SignedNote(parsing: vector.signedNote)
            #expect(note.text == vector.noteText, "\(vector.source)")
            #expect(vector.verified)
            let verified = try note.verify(with: [key])
            #expect(verified.count == 1 && verified[0].name == key.name, "\(vector.source)")
            #expect(note.serialized == vector.signedNote, "\(vector.source)")
            #expect(Array(note.serialized.utf8) == Array(vector.signedNote.utf8), "\(vector.source)")
        }
    }

    @Test("changing any bit of any text byte makes the note fail")
    func tamperedText() throws {
        for vector in cases {
            let key = try NoteVerifierKey(parsing: vector.vkey)
            let bytes = Array(vector.signedNote.utf8)
            for position in 0..<vector.noteText.utf8.count {
                for bit in 0..<8 {
                    var changed = bytes
                    changed[position] ^= UInt8(1) << UInt8(bit)
                    let refused = Rejection.happens {
                        guard let text = String(validating: changed, as: UTF8.self) else { throw NoteError.unverified }
                        try SignedNote(parsing: text).verify(with: [key])
                    }
                    #expect(refused, "\(vector.source): byte \(position) bit \(bit)")
                }
            }
        }
    }

    @Test("a key of another name, or the other notes' keys, do not verify a note")
    func otherKeys() throws {
        let keys = try cases.map { try NoteVerifierKey(parsing: $0.vkey) }
        for (index, vector) in cases.enumerated() {
            let note = try SignedNote(parsing: vector.signedNote)
            let others = keys.enumerated().filter { $0.offset != index }.map(\.element)
            #expect(throws: NoteError.unverified, "\(vector.source)") { try note.verify(with: others) }
        }
    }
}
