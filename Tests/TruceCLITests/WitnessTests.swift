import Foundation
import GRDB
import Testing

@Suite("The witness over HTTP answers every case of tlog-witness", .serialized)
struct WitnessTests {
    static let origin = "truce.test/witnessed"
    static let witnessName = "witness.example/a"

    /// Two logs A and B under one key: the agreement and reports 0..<20 in both (checkpoint 21), then reports
    /// 20..<40 in A only (checkpoint 41) and 100..<120, 120..<130 in B only (checkpoints 41 and 51). A witness
    /// that trusts the key.
    struct Setup {
        var dir: URL
        var a: URL
        var b: URL
        var logKey: String
        var witnessKey: String
        var witness: TestServer

        var addCheckpoint: URL { witness.url.appendingPathComponent("add-checkpoint") }
        var witnessDB: URL { dir.appendingPathComponent("w.sqlite") }

        func note(_ db: URL, size: Int) throws -> String {
            let found = try TestLog.checkpoints(db).first { $0.size == size }
            guard let found else { throw TestFailure("\(db.lastPathComponent) signed no checkpoint \(size)") }
            return found.note
        }

        /// The witness's stored record of the log: (size, root).
        func witnessed() throws -> (size: Int, root: [UInt8])? {
            try DatabaseQueue(path: witnessDB.path).read { db in
                try Row.fetchOne(db, sql: "SELECT size, root FROM witnessed_log WHERE origin = ?", arguments: [origin]).map {
                    ($0["size"] as Int, Array($0["root"] as Data))
                }
            }
        }

        func post(_ body: String) async throws -> TestHTTP.Answer {
            try await TestHTTP.post(addCheckpoint, body: body)
        }
    }

    func prepared() throws -> Setup {
        let dir = try CLI.scratch()
        let a = dir.appendingPathComponent("a.sqlite")
        let b = dir.appendingPathComponent("b.sqlite")
        let logKey = try TestLog.create(a, origin: Self.origin, in: dir)
        try TestLog.add(0..<20, to: a, in: dir)
        try TestLog.copy(a, to: b)
        try TestLog.add(20..<40, to: a, in: dir)
        try TestLog.add(100..<120, to: b, in: dir)
        try TestLog.add(120..<130, to: b, in: dir)
        #expect(try TestLog.checkpoints(a).map(\.size) == [1, 21, 41])
        #expect(try TestLog.checkpoints(b).map(\.size) == [1, 21, 41, 51])
        let keygen = try CLI.run(
            ["witness", "keygen", "--name", Self.witnessName, "--out", dir.appendingPathComponent("w.key").path], in: dir)
        #expect(keygen.status == 0, "\(keygen.stderr)")
        let witnessKey = keygen.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let witness = try TestServer(
            ["witness", "serve", "--log-key", logKey, "--key", "w.key", "--db", "w.sqlite", "--port", "0"], in: dir)
        #expect(witness.output.hasPrefix("Witness \(witnessKey) on http://127.0.0.1:"), "\(witness.output)")
        return Setup(dir: dir, a: a, b: b, logKey: logKey, witnessKey: witnessKey, witness: witness)
    }

    /// Expects `line` (one line, no newline) to be a cosignature by the witness: its name, its key ID (checked
    /// against the key's hash), and 8 bytes of a current timestamp before a 64-byte Ed25519 signature.
    func expectCosignature(_ line: Substring, by key: String, _ what: String) {
        guard let signature = TestNote.signature(line), let witness = TestVerifierKey(key) else {
            Issue.record("\(what): not a signature line: \(line)")
            return
        }
        #expect(witness.type == 0x04 && witness.keyID == witness.computedKeyID)
        #expect(signature.name == witness.name, "\(what)")
        #expect(signature.keyID == witness.keyID, "\(what)")
        #expect(signature.signature.count == 72, "\(what)")
        let time = signature.signature.prefix(8).reduce(0) { $0 << 8 | Int($1) }
        #expect(abs(time - Int(Date().timeIntervalSince1970)) < 600, "\(what): timestamp \(time)")
    }

    func expectRefusal(_ answer: TestHTTP.Answer, _ status: Int, mentions: String, _ what: String) {
        #expect(answer.status == status, "\(what): \(answer.status) \(answer.body)")
        #expect(answer.contentType.hasPrefix("text/plain"), "\(what): \(answer.contentType)")
        #expect(answer.body.contains(mentions), "\(what): \(answer.body)")
    }

    func expectConflict(_ answer: TestHTTP.Answer, size: Int, _ what: String) {
        #expect(answer.status == 409, "\(what): \(answer.status) \(answer.body)")
        #expect(answer.contentType == "text/x.tlog.size", "\(what): \(answer.contentType)")
        #expect(answer.body == "\(size)\n", "\(what): \(answer.body)")
    }

    @Test("200: `log checkpoint --witness` gets a verified cosignature, stores it, and the log serves it")
    func cosigned() async throws {
        let setup = try prepared()
        defer {
            setup.witness.stop()
            try? FileManager.default.removeItem(at: setup.dir)
        }
        let arguments = ["--witness", setup.witness.url.absoluteString, "--witness-key", setup.witnessKey]
        let first = try CLI.run(["log", "checkpoint", "--db", setup.a.path] + arguments, in: setup.dir)
        #expect(first.status == 0, "\(first.stderr)")
        let note = try #require(TestNote(first.stdout), "\(first.stdout)")
        #expect(note.size == 41 && note.origin == Self.origin)
        #expect(note.signatures.count == 2)
        #expect(first.stdout.hasPrefix(try setup.note(setup.a, size: 41)))
        let line = try #require(first.stdout.split(separator: "\n").last)
        expectCosignature(line, by: setup.witnessKey, "checkpoint 41")
        #expect(try setup.witnessed()?.size == 41)
        #expect(try setup.witnessed()?.root == note.root)
        let stored = try TestLog.read(setup.a) { db in
            try String.fetchAll(db, sql: "SELECT line FROM log_cosignature WHERE size = 41")
        }
        #expect(stored == [String(line) + "\n"])

        // The log's server hands out the checkpoint with the witness's line.
        let server = try TestServer(["log", "serve", "--db", setup.a.path, "--port", "0"], in: setup.dir)
        defer { server.stop() }
        #expect(server.output.hasPrefix("Serving the log of \(setup.a.path) on http://127.0.0.1:"))
        let served = try await TestHTTP.get(server.url.appendingPathComponent("log/checkpoint"))
        #expect(served.status == 200)
        #expect(served.body == first.stdout, "served \(served.body)")
        let key = try await TestHTTP.get(server.url.appendingPathComponent("log/key"))
        #expect(key.body == setup.logKey + "\n")

        // Grown: the client starts from old 0, learns 41 from a 409 and proves 41 → 46.
        try TestLog.add(40..<45, to: setup.a, in: setup.dir)
        let second = try CLI.run(["log", "checkpoint", "--db", setup.a.path] + arguments, in: setup.dir)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(TestNote(second.stdout)?.size == 46, "\(second.stdout)")
        expectCosignature(try #require(second.stdout.split(separator: "\n").last), by: setup.witnessKey, "checkpoint 46")
        #expect(try setup.witnessed()?.size == 46)
        let again = try await TestHTTP.get(server.url.appendingPathComponent("log/checkpoint"))
        #expect(again.body == second.stdout)

        // The same checkpoint again, from the size the witness holds, is cosigned again.
        let same = try await setup.post(TestHTTP.addCheckpointBody(old: 46, proof: [], note: try setup.note(setup.a, size: 46)))
        #expect(same.status == 200, "\(same.body)")
        expectCosignature(Substring(same.body.dropLast()), by: setup.witnessKey, "checkpoint 46 again")
    }

    @Test("400 for garbage and old > size, 403 for another key of the same origin, 404 for an unknown origin")
    func refusals() async throws {
        let setup = try prepared()
        defer {
            setup.witness.stop()
            try? FileManager.default.removeItem(at: setup.dir)
        }
        let note41 = try setup.note(setup.a, size: 41)

        expectRefusal(try await setup.post("garbage"), 400, mentions: "malformed", "garbage")
        expectRefusal(
            try await setup.post("old x\n\n" + note41), 400, mentions: "old", "a size that is not a number")
        expectRefusal(
            try await setup.post(TestHTTP.addCheckpointBody(old: 0, proof: ["not base64 of 32 bytes"], note: note41)), 400,
            mentions: "proof line", "a bad proof line")
        expectRefusal(
            try await setup.post(TestHTTP.addCheckpointBody(old: 0, proof: [], note: "origin\n")), 400, mentions: "malformed",
            "a note without signatures")
        expectRefusal(
            try await setup.post(TestHTTP.addCheckpointBody(old: 42, proof: [], note: note41)), 400,
            mentions: "old size 42 is larger than the checkpoint size 41", "old > size")

        // A log with another key under the same origin: its checkpoint does not verify with the trusted key.
        let other = setup.dir.appendingPathComponent("other.sqlite")
        let otherKey = try TestLog.create(other, origin: Self.origin, in: setup.dir)
        #expect(otherKey != setup.logKey)
        let otherNote = try setup.note(other, size: 1)
        #expect(TestNote(otherNote)?.origin == Self.origin)
        expectRefusal(
            try await setup.post(TestHTTP.addCheckpointBody(old: 0, proof: [], note: otherNote)), 403, mentions: "verif",
            "same origin, another key")
        // A's own checkpoint with one bit of its signature flipped.
        var parts = note41.components(separatedBy: "\u{2014} \(Self.origin) ")
        var signature = Array(try #require(Data(base64Encoded: String(parts[1].dropLast()))))
        signature[10] ^= 0x01
        parts[1] = Data(signature).base64EncodedString() + "\n"
        expectRefusal(
            try await setup.post(
                TestHTTP.addCheckpointBody(old: 0, proof: [], note: parts.joined(separator: "\u{2014} \(Self.origin) "))),
            403, mentions: "does not verify", "a flipped signature bit")

        // A log the witness does not know.
        let unknown = setup.dir.appendingPathComponent("unknown.sqlite")
        _ = try TestLog.create(unknown, origin: "truce.test/unknown", in: setup.dir)
        expectRefusal(
            try await setup.post(TestHTTP.addCheckpointBody(old: 0, proof: [], note: try setup.note(unknown, size: 1))), 404,
            mentions: "unknown log origin truce.test/unknown", "unknown origin")

        // None of these cosigned anything; a good request still does.
        #expect(try setup.witnessed() == nil)
        let good = try await setup.post(TestHTTP.addCheckpointBody(old: 0, proof: [], note: note41))
        #expect(good.status == 200, "\(good.body)")
        expectCosignature(Substring(good.body.dropLast()), by: setup.witnessKey, "checkpoint 41")
        #expect(try setup.witnessed()?.size == 41)
    }

    @Test("409 for an old size that is not the cosigned one, 422 for a bad proof and for the other fork")
    func conflictsAndForks() async throws {
        let setup = try prepared()
        defer {
            setup.witness.stop()
            try? FileManager.default.removeItem(at: setup.dir)
        }
        let (a41, b51) = (try setup.note(setup.a, size: 41), try setup.note(setup.b, size: 51))
        let serverA = try TestServer(["log", "serve", "--db", setup.a.path, "--port", "0"], in: setup.dir)
        defer { serverA.stop() }

        // Nothing cosigned yet: an old size other than 0 is a conflict with size 0.
        let proof21to41 = try await TestHTTP.consistencyProof(serverA.url, from: 21, to: 41)
        expectConflict(
            try await setup.post(TestHTTP.addCheckpointBody(old: 21, proof: proof21to41, note: a41)), size: 0, "old 21")
        expectRefusal(
            try await setup.post(TestHTTP.addCheckpointBody(old: 0, proof: proof21to41, note: a41)), 422, mentions: "empty",
            "a proof from 0")
        let cosigned = try await setup.post(TestHTTP.addCheckpointBody(old: 0, proof: [], note: a41))
        #expect(cosigned.status == 200, "\(cosigned.body)")
        let rootA41 = try #require(TestNote(a41)).root
        #expect(try setup.witnessed()?.size == 41 && setup.witnessed()?.root == rootA41)

        // A grows to 46: a stale old size is a 409 with the cosigned size; a damaged proof is a 422.
        try TestLog.add(40..<45, to: setup.a, in: setup.dir)
        let a46 = try setup.note(setup.a, size: 46)
        let proof41to46 = try await TestHTTP.consistencyProof(serverA.url, from: 41, to: 46)
        #expect(!proof41to46.isEmpty)
        expectConflict(try await setup.post(TestHTTP.addCheckpointBody(old: 21, proof: [], note: a46)), size: 41, "old 21")
        expectConflict(try await setup.post(TestHTTP.addCheckpointBody(old: 0, proof: [], note: a46)), size: 41, "old 0")
        var damaged = Array(try #require(Data(base64Encoded: proof41to46[0])))
        damaged[0] ^= 0x01
        let badProof = [Data(damaged).base64EncodedString()] + proof41to46.dropFirst()
        expectRefusal(
            try await setup.post(TestHTTP.addCheckpointBody(old: 41, proof: badProof, note: a46)), 422,
            mentions: "consistency proof from 41", "a damaged proof")
        expectRefusal(
            try await setup.post(TestHTTP.addCheckpointBody(old: 41, proof: Array(proof41to46.dropLast()), note: a46)), 422,
            mentions: "consistency proof from 41", "a short proof")
        #expect(try setup.witnessed()?.size == 41)

        // B forked from A after 21. B's log proves 41 → 51 in B's tree, which is not A's tree of 41.
        let serverB = try TestServer(["log", "serve", "--db", setup.b.path, "--port", "0"], in: setup.dir)
        defer { serverB.stop() }
        let proofB41to51 = try await TestHTTP.consistencyProof(serverB.url, from: 41, to: 51)
        expectRefusal(
            try await setup.post(TestHTTP.addCheckpointBody(old: 41, proof: proofB41to51, note: b51)), 422,
            mentions: "consistency proof from 41", "B's checkpoint from A's 41")
        let proofB21to51 = try await TestHTTP.consistencyProof(serverB.url, from: 21, to: 51)
        expectConflict(
            try await setup.post(TestHTTP.addCheckpointBody(old: 21, proof: proofB21to51, note: b51)), size: 41,
            "B's checkpoint from the common 21")
        expectConflict(try await setup.post(TestHTTP.addCheckpointBody(old: 0, proof: [], note: b51)), size: 41, "B from 0")
        // B's own checkpoint 41: the size the witness holds, with another root.
        let b41 = try setup.note(setup.b, size: 41)
        #expect(TestNote(b41)?.root != rootA41)
        expectConflict(
            try await setup.post(TestHTTP.addCheckpointBody(old: 41, proof: [], note: b41)), size: 41, "B's 41, another root")
        #expect(try setup.witnessed()?.size == 41 && setup.witnessed()?.root == rootA41)

        // B's own client goes through the same steps (0, then 409 → 41, then B's proof) and gets the 422.
        let signB = try CLI.run(
            [
                "log", "checkpoint", "--db", setup.b.path, "--witness", setup.witness.url.absoluteString, "--witness-key",
                setup.witnessKey,
            ], in: setup.dir)
        #expect(signB.status == 1, "\(signB.stdout)")
        #expect(signB.stderr.contains("422"), "\(signB.stderr)")
        #expect(try TestLog.read(setup.b) { try Int.fetchOne($0, sql: "SELECT count(*) FROM log_cosignature") } == 0)

        // A's good proof still works, and the witness moves on along A only.
        let grown = try await setup.post(TestHTTP.addCheckpointBody(old: 41, proof: proof41to46, note: a46))
        #expect(grown.status == 200, "\(grown.body)")
        expectCosignature(Substring(grown.body.dropLast()), by: setup.witnessKey, "checkpoint 46")
        #expect(try setup.witnessed()?.size == 46 && setup.witnessed()?.root == TestNote(a46)?.root)
        let proofB46to51 = try await TestHTTP.consistencyProof(serverB.url, from: 46, to: 51)
        expectRefusal(
            try await setup.post(TestHTTP.addCheckpointBody(old: 46, proof: proofB46to51, note: b51)), 422,
            mentions: "consistency proof from 46", "B's checkpoint from A's 46")
        #expect(try setup.witnessed()?.size == 46)
    }
}
