import Foundation
import Testing
import TruceLog

@Suite("Checkpoints verified by an independent Python implementation (Scripts/verify-checkpoint.py)")
struct CheckpointScriptTests {
    let script: String
    let logSigner: NoteSigner
    let cosigner: Cosigner
    let checkpoint: Checkpoint

    init() throws {
        script = try TestPaths.packageRoot().appendingPathComponent("Scripts/verify-checkpoint.py").path
        logSigner = try NoteSigner.generate(name: "example.org/script-checked-log")
        cosigner = Cosigner(signer: try NoteSigner.generate(name: "witness.example/script-w", type: .cosignatureV1))
        let tree = MemoryTree(leafHashes: (0..<13).map { TreeHash.leaf(Array("entry \($0)".utf8)) })
        checkpoint = Checkpoint(origin: logSigner.name, size: 13, root: try tree.proofs.root(size: 13))
    }

    /// Fails the test, with the reason, unless `python3` runs and has the `cryptography` package.
    func requirePython() throws {
        let probe: ScriptRun
        do {
            probe = try ScriptRun.run(["python3", "-c", "import cryptography"])
        } catch {
            Issue.record("python3 could not be started (\(error)); install python3 and `pip install cryptography`")
            throw error
        }
        try #require(
            probe.status == 0,
            "python3 with the cryptography package is required (pip install cryptography): \(probe.errors)")
        try #require(FileManager.default.fileExists(atPath: script), "missing \(script)")
    }

    /// Writes a note to a fresh temporary file and runs the script on it.
    func verify(_ note: String, keys: [String]) throws -> ScriptRun {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("truce-note-\(UUID().uuidString)")
        try Data(note.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try ScriptRun.run(["python3", script, keys[0], file.path] + keys.dropFirst())
    }

    var cosignedNote: SignedNote {
        var note = checkpoint.signed(by: logSigner)
        note.signatures.append(cosigner.cosign(body: checkpoint.body, timestamp: 1_767_225_600))
        return note
    }

    @Test("a checkpoint signed and cosigned here verifies there")
    func verifies() throws {
        try requirePython()
        let expected = "ok \(checkpoint.origin) 13 \(checkpoint.root.base64)\n"
        let logOnly = try verify(checkpoint.signed(by: logSigner).serialized, keys: [logSigner.verifier.encoded])
        #expect(logOnly.status == 0, "\(logOnly.errors)")
        #expect(logOnly.output == expected)
        let cosigned = try verify(
            cosignedNote.serialized, keys: [logSigner.verifier.encoded, cosigner.signer.verifier.encoded])
        #expect(cosigned.status == 0, "\(cosigned.errors)")
        #expect(cosigned.output == expected + "cosigned \(cosigner.signer.name) 1767225600\n")
    }

    @Test("a changed root character, a wrong key or a missing cosignature is refused there")
    func refuses() throws {
        try requirePython()
        let note = cosignedNote.serialized
        let root = checkpoint.root.base64
        let changed = (root.first == "A" ? "B" : "A") + root.dropFirst()
        let tampered = note.replacingOccurrences(of: root, with: changed)
        try #require(tampered != note)
        let logKey = logSigner.verifier.encoded
        let witnessKey = cosigner.signer.verifier.encoded
        let otherLogKey = try NoteSigner.generate(name: logSigner.name).verifier.encoded
        let otherWitnessKey = try NoteSigner.generate(name: cosigner.signer.name, type: .cosignatureV1).verifier.encoded
        let refused: [(why: String, note: String, keys: [String])] = [
            ("changed root", tampered, [logKey]),
            ("changed root, with the witness key", tampered, [logKey, witnessKey]),
            ("another log key", note, [otherLogKey]),
            ("another witness key", note, [logKey, otherWitnessKey]),
            ("no cosignature", checkpoint.signed(by: logSigner).serialized, [logKey, witnessKey]),
            ("the witness key as the log key", note, [witnessKey]),
        ]
        for (why, text, keys) in refused {
            let run = try verify(text, keys: keys)
            #expect(run.status == 1, "\(why): \(run.output)")
            #expect(run.output.isEmpty, "\(why)")
            #expect(!run.errors.isEmpty, "\(why)")
        }
    }
}
