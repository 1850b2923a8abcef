import Foundation
import Testing
import TruceLog

@Suite("Signed note, key and checkpoint formats")
struct NoteFormatTests {
    let signer: NoteSigner
    let checkpoint: Checkpoint

    init() throws {
        signer = try NoteSigner(name: "example.org/format-log", seed: Array(repeating: 7, count: 32))
        checkpoint = Checkpoint(origin: "example.org/format-log", size: 42, root: TreeHash.leaf(Array("root".utf8)))
    }

    @Test("a verifier key is name+hex(SHA-256(name ‖ 0x0A ‖ type ‖ key)[:4])+base64(type ‖ key)")
    func verifierKeyEncoding() throws {
        let key = signer.verifier
        let id = ReferenceSHA256.hash(Array(key.name.utf8) + [0x0A, 0x01] + key.publicKey).prefix(4)
        #expect(Hex.encode(withUnsafeBytes(of: key.keyID.bigEndian) { Array($0) }) == Hex.encode(id))
        let parts = key.encoded.split(separator: "+", maxSplits: 2)
        #expect(parts.count == 3 && parts[0] == "example.org/format-log" && parts[1] == Hex.encode(id))
        #expect(try NoteVerifierKey(parsing: key.encoded) == key)
        // The same key as a cosignature key has another ID.
        let cosigning = try NoteVerifierKey(name: key.name, type: .cosignatureV1, publicKey: key.publicKey)
        #expect(cosigning.keyID != key.keyID)
    }

    @Test("malformed verifier keys are refused")
    func malformedVerifierKeys() throws {
        let good = signer.verifier.encoded
        let parts = good.split(separator: "+", maxSplits: 2).map(String.init)
        let wrongID = format8(signer.verifier.keyID ^ 1)
        let malformed = [
            "",
            "name",
            "name+00000000",
            "\(parts[0])+\(wrongID)+\(parts[2])",
            "\(parts[0])+\(parts[1])0+\(parts[2])",
            "other.org/log+\(parts[1])+\(parts[2])",
            "\(parts[0])+\(parts[1])+AAAA",
            "bad name+\(parts[1])+\(parts[2])",
        ]
        for text in malformed {
            #expect(throws: NoteError.self, "\(text)") { try NoteVerifierKey(parsing: text) }
        }
        // Type 0x02 (ECDSA) is not supported.
        var material = Array(signer.verifier.publicKey)
        material.insert(0x02, at: 0)
        let base64 = Data(material).base64EncodedString()
        #expect(throws: NoteError.self) { try NoteVerifierKey(parsing: parts[0] + "+" + parts[1] + "+" + base64) }
        #expect(throws: NoteError.self) {
            try NoteVerifierKey(name: "a+b", type: .ed25519, publicKey: Array(repeating: 0, count: 32))
        }
        #expect(throws: NoteError.self) { try NoteVerifierKey(name: "ok", type: .ed25519, publicKey: [1, 2, 3]) }
    }

    func format8(_ id: UInt32) -> String {
        Hex.encode(withUnsafeBytes(of: id.bigEndian) { Array($0) })
    }

    @Test("a private key string round-trips, and a wrong key ID in it is refused")
    func privateKeys() throws {
        let encoded = signer.encoded
        #expect(encoded.hasPrefix("PRIVATE+KEY+example.org/format-log+" + format8(signer.verifier.keyID) + "+"))
        let parsed = try NoteSigner(parsing: encoded + "\n")
        #expect(parsed.verifier == signer.verifier)
        #expect(parsed.encoded == encoded)
        let generated = try NoteSigner.generate(name: "witness.example/w", type: .cosignatureV1)
        #expect(try NoteSigner(parsing: generated.encoded).verifier == generated.verifier)
        let tampered = encoded.replacingOccurrences(
            of: "+" + format8(signer.verifier.keyID) + "+", with: "+" + format8(signer.verifier.keyID ^ 1) + "+")
        #expect(throws: NoteError.self) { try NoteSigner(parsing: tampered) }
        #expect(throws: NoteError.self) { try NoteSigner(parsing: String(encoded.dropFirst(8))) }
        #expect(throws: NoteError.self) { try NoteSigner(name: "bad name", seed: Array(repeating: 1, count: 32)) }
        #expect(throws: NoteError.self) { try NoteSigner(name: "ok", seed: Array(repeating: 1, count: 31)) }
    }

    @Test("a checkpoint body round-trips with its extension lines")
    func checkpointBody() throws {
        let body = "example.org/format-log\n42\n" + checkpoint.root.base64 + "\n"
        #expect(checkpoint.body == body)
        #expect(try Checkpoint(body: body) == checkpoint)
        let extended = Checkpoint(origin: "o", size: 0, root: .emptyTree, extensions: ["ext one", "ext two"])
        #expect(try Checkpoint(body: extended.body) == extended)
        #expect(extended.body.hasSuffix("\next one\next two\n"))
    }

    @Test("malformed checkpoint bodies are refused")
    func malformedCheckpoints() {
        let root = checkpoint.root.base64
        let malformed: [(why: String, body: String)] = [
            ("no final newline", "o\n42\n\(root)"),
            ("no root line", "o\n42\n"),
            ("empty origin", "\n42\n\(root)\n"),
            ("leading zero", "o\n042\n\(root)\n"),
            ("negative size", "o\n-1\n\(root)\n"),
            ("space in size", "o\n4 2\n\(root)\n"),
            ("size beyond 2^64 - 1", "o\n18446744073709551616\n\(root)\n"),
            ("short root", "o\n42\nAAAA\n"),
            ("empty extension line", "o\n42\n\(root)\n\n"),
            ("empty last extension line", "o\n42\n\(root)\next\n\n"),
        ]
        for (why, body) in malformed {
            #expect(throws: NoteError.self, "\(why)") { try Checkpoint(body: body) }
        }
    }

    @Test("a signed note splits at its last blank line; text may hold blank lines")
    func noteParsing() throws {
        let text = "first\n\nsecond\n"
        let note = SignedNote(text: text, signatures: [signer.sign(text: text)])
        let parsed = try SignedNote(parsing: note.serialized)
        #expect(parsed == note)
        #expect(try parsed.verify(with: [signer.verifier]).count == 1)
        #expect(note.serialized == text + "\n" + signer.sign(text: text).line)
    }

    @Test("malformed notes are refused")
    func malformedNotes() throws {
        let line = signer.sign(text: "hello\n").line
        let good = "hello\n\n" + line
        #expect(throws: Never.self) { try SignedNote(parsing: good) }
        let malformed: [(why: String, note: String)] = [
            ("no final newline", String(good.dropLast())),
            ("no blank line", "hello\n" + line),
            ("no signature", "hello\n\n"),
            ("an empty signature line", "hello\n\n\n"),
            ("a tab in the text", "he\tllo\n\n" + line),
            ("a carriage return in the text", "hello\r\n\n" + line),
            ("a hyphen for the em dash", "hello\n\n" + line.replacingOccurrences(of: "\u{2014} ", with: "- ")),
            ("double spaces", "hello\n\n" + line.replacingOccurrences(of: " ", with: "  ")),
            ("a signature shorter than a key ID", "hello\n\n\u{2014} name AAAA\n"),
            ("a blank line after the signatures", "hello\n\n" + line + "\n"),
            ("a tab in a signature's key name", "hello\n\n" + line.replacingOccurrences(of: signer.name, with: "tab\tname")),
        ]
        for (why, note) in malformed {
            #expect(throws: NoteError.self, "\(why)") { try SignedNote(parsing: note) }
        }
        let many = "hello\n\n" + String(repeating: line, count: SignedNote.maxSignatures + 1)
        #expect(throws: NoteError.self) { try SignedNote(parsing: many) }
        let most = "hello\n\n" + String(repeating: line, count: SignedNote.maxSignatures)
        #expect(try SignedNote(parsing: most).signatures.count == SignedNote.maxSignatures)
    }

    @Test("verification ignores unknown keys, refuses a bad signature by a known key, and needs one good one")
    func verificationRules() throws {
        let text = checkpoint.body
        let other = try NoteSigner.generate(name: signer.name)
        let stranger = try NoteSigner.generate(name: "example.org/stranger")
        let good = signer.sign(text: text)
        // Signatures by unknown keys (same name, other key; other name) are skipped.
        let note = SignedNote(text: text, signatures: [other.sign(text: text), stranger.sign(text: "x\n"), good])
        #expect(try note.verify(with: [signer.verifier]) == [good])
        #expect(throws: NoteError.unverified) { try note.verify(with: []) }
        #expect(throws: NoteError.unverified) {
            try SignedNote(text: text, signatures: [other.sign(text: text)]).verify(with: [signer.verifier])
        }
        // A signature by the known key over other text refuses the note even beside a good one.
        let forged = NoteSignature(name: signer.name, keyID: signer.verifier.keyID, signature: signer.sign(text: "x\n").signature)
        #expect(throws: NoteError.badSignature(name: signer.name)) {
            try SignedNote(text: text, signatures: [good, forged]).verify(with: [signer.verifier])
        }
        // A truncated signature by the known key is refused.
        let short = NoteSignature(name: signer.name, keyID: signer.verifier.keyID, signature: Array(good.signature.dropLast()))
        #expect(throws: NoteError.badSignature(name: signer.name)) {
            try SignedNote(text: text, signatures: [short]).verify(with: [signer.verifier])
        }
    }

    @Test("a cosignature signs its time and the body; a changed time, body or oversized time fails")
    func cosignatures() throws {
        let witness = Cosigner(signer: try NoteSigner.generate(name: "witness.example/w", type: .cosignatureV1))
        let key = witness.signer.verifier
        let body = checkpoint.body
        let cosignature = witness.cosign(body: body, timestamp: 1_700_000_000)
        #expect(cosignature.signature.count == 72)
        #expect(cosignature.keyID == key.keyID)
        #expect(key.isValid(signature: cosignature.signature, for: body))
        #expect(!key.isValid(signature: cosignature.signature, for: body + "extra\n"))
        var otherTime = cosignature.signature
        otherTime[7] ^= 1
        #expect(!key.isValid(signature: otherTime, for: body))
        #expect(!key.isValid(signature: Array(cosignature.signature.dropFirst(8)), for: body))
        // A time beyond 2^63 - 1 is refused even when correctly signed.
        let late = witness.cosign(body: body, timestamp: UInt64(Int64.max) + 1)
        #expect(!key.isValid(signature: late.signature, for: body))
        let latest = witness.cosign(body: body, timestamp: UInt64(Int64.max))
        #expect(key.isValid(signature: latest.signature, for: body))
        // An Ed25519 key does not accept the cosignature, nor the reverse.
        let plain = try NoteVerifierKey(name: key.name, type: .ed25519, publicKey: key.publicKey)
        #expect(!plain.isValid(signature: cosignature.signature, for: body))
    }
}
