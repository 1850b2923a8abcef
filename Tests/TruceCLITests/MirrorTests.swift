import Foundation
import GRDB
import Testing

@Suite("A mirror follows a log over HTTP and stops at a fork", .serialized)
struct MirrorTests {
    static let origin = "truce.test/mirrored"

    /// Logs under one key: A with the agreement and reports 0..<1100 (checkpoint 1101: more than one page of
    /// entries), then 1100..<1120 (checkpoint 1121); B, a copy of A at 1101 grown by reports 5000..<5060
    /// (checkpoint 1161); C, a copy of A at 1101 grown by reports 6000..<6020 (checkpoint 1121, another root than
    /// A's).
    struct Logs {
        var dir: URL
        var a: URL
        var b: URL
        var c: URL
        var key: String
    }

    func prepared() throws -> Logs {
        let dir = try CLI.scratch()
        let (a, b, c) = (
            dir.appendingPathComponent("a.sqlite"), dir.appendingPathComponent("b.sqlite"), dir.appendingPathComponent("c.sqlite")
        )
        let key = try TestLog.create(a, origin: Self.origin, in: dir)
        try TestLog.add(0..<1100, to: a, in: dir)
        try TestLog.copy(a, to: b)
        try TestLog.copy(a, to: c)
        try TestLog.add(5000..<5060, to: b, in: dir)
        try TestLog.add(6000..<6020, to: c, in: dir)
        #expect(try TestLog.checkpoints(b).map(\.size) == [1, 1101, 1161])
        #expect(try TestLog.checkpoints(c).map(\.size) == [1, 1101, 1121])
        return Logs(dir: dir, a: a, b: b, c: c, key: key)
    }

    /// The log's rows that a mirror copies: every entry (index, type, exact bytes), the stored tree and the head.
    func logRows(_ db: URL) throws -> [String] {
        try TestLog.read(db) { db in
            try Row.fetchAll(db, sql: "SELECT idx, type, data FROM log_entry ORDER BY idx").map(CLI.render)
                + Row.fetchAll(db, sql: "SELECT * FROM log_node ORDER BY level, chunk").map(CLI.render)
                + Row.fetchAll(db, sql: "SELECT * FROM log_head").map(CLI.render)
        }
    }

    func mirror(_ server: TestServer, _ db: URL, in dir: URL) throws -> CLI.Result {
        try CLI.run(["mirror", server.url.absoluteString, "--db", db.path], in: dir)
    }

    @Test("copies and verifies, advances, then reports B's fork with both signed notes and the proof, and exits 3 from then on")
    func followThenFork() async throws {
        let logs = try prepared()
        defer { try? FileManager.default.removeItem(at: logs.dir) }
        let dir = logs.dir
        let m = dir.appendingPathComponent("m.sqlite")

        var serverA = try TestServer(["log", "serve", "--db", logs.a.path, "--port", "0"], in: dir)
        #expect(serverA.output.hasPrefix("Serving the log of \(logs.a.path) on http://127.0.0.1:"))
        let first = try mirror(serverA, m, in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Copied entries 0..<1101; checkpoint 1101 verified."), "\(first.stdout)")
        let verified = try CLI.run(["log", "verify", "--db", m.path], in: dir)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.contains("Verified 1101 entries against 1 checkpoint;"), "\(verified.stdout)")
        #expect(try logRows(m) == logRows(logs.a))
        // Trust on first use: the mirror pinned the key the log serves.
        #expect(try TestLog.read(m) { try String.fetchOne($0, sql: "SELECT verifier_key FROM log_identity") } == logs.key)
        #expect(try TestLog.checkpoints(m).last?.note == TestLog.checkpoints(logs.a).last?.note)

        let again = try mirror(serverA, m, in: dir)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Up to date: 1101 entries verified."), "\(again.stdout)")

        // A grows (and signs) while it is served; the mirror proves 1101 → 1121 and copies the new entries.
        try TestLog.add(1100..<1120, to: logs.a, in: dir)
        let advanced = try mirror(serverA, m, in: dir)
        #expect(advanced.status == 0, "\(advanced.stderr)")
        #expect(advanced.stdout.contains("Copied entries 1101..<1121; checkpoint 1121 verified."), "\(advanced.stdout)")
        let reverified = try CLI.run(["log", "verify", "--db", m.path, "--json"], in: dir)
        #expect(reverified.status == 0, "\(reverified.stderr)")
        let audit = try JSONSerialization.jsonObject(with: Data(reverified.stdout.utf8)) as? [String: Any]
        #expect(audit?["verified"] as? Bool == true && (audit?["entries"] as? NSNumber)?.intValue == 1121, "\(reverified.stdout)")
        #expect(try logRows(m) == logRows(logs.a))
        let noteA = try #require(TestLog.checkpoints(logs.a).last)
        #expect(noteA.size == 1121)
        serverA.stop()

        // The same key now serves B, which forked from A after 1101 and has 1161 entries.
        let before = try CLI.snapshot(m)
        let serverB = try TestServer(["log", "serve", "--db", logs.b.path, "--port", "0"], in: dir)
        defer { serverB.stop() }
        let forked = try mirror(serverB, m, in: dir)
        #expect(forked.status == 3, "\(forked.stdout) \(forked.stderr)")
        #expect(forked.stderr.contains("SECURITY ERROR"), "\(forked.stderr)")
        let reportPath = m.path + ".fork.json"
        #expect(FileManager.default.fileExists(atPath: reportPath))
        let reportText = try String(contentsOfFile: reportPath, encoding: .utf8)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(reportText.utf8)) as? [String: Any])
        // The report is printed too.
        #expect(forked.stdout == reportText + "\n", "\(forked.stdout)")
        #expect(report["origin"] as? String == Self.origin)
        #expect((report["reason"] as? String)?.contains("consistency proof from 1121 to 1161") == true, "\(report)")
        #expect(report["detected_at"] is String)
        let earlier = try #require(TestNote(report["earlier"] as? String ?? ""), "\(report)")
        let later = try #require(TestNote(report["later"] as? String ?? ""), "\(report)")
        let noteB = try #require(TestLog.checkpoints(logs.b).last)
        #expect(earlier.origin == Self.origin && later.origin == Self.origin)
        #expect(report["earlier"] as? String == noteA.note)
        #expect(report["later"] as? String == noteB.note)
        #expect(earlier.size == 1121 && earlier.root == noteA.root)
        #expect(later.size == 1161 && later.root == noteB.root)
        // Both are signed by the same key: the log itself signed two histories.
        #expect(earlier.signatures.first?.keyID == later.signatures.first?.keyID)
        #expect(earlier.signatures.first?.keyID == TestVerifierKey(logs.key)?.keyID)
        let proof = try #require(report["proof"] as? [String])
        #expect(!proof.isEmpty)
        let served = try await TestHTTP.consistencyProof(serverB.url, from: 1121, to: 1161)
        #expect(proof == served)
        // Nothing of B was copied; the mirror still verifies as the copy of A at 1121, and keeps the report.
        #expect(try CLI.snapshot(m) == before)
        #expect(try logRows(m) == logRows(logs.a))
        #expect(try TestLog.read(m) { try String.fetchAll($0, sql: "SELECT report FROM log_fork") } == [reportText])
        #expect(try CLI.run(["log", "verify", "--db", m.path], in: dir).status == 0)

        // From now on the mirror refuses to continue, against B or against A.
        let refused = try mirror(serverB, m, in: dir)
        #expect(refused.status == 3, "\(refused.stdout) \(refused.stderr)")
        #expect(refused.stderr.contains("SECURITY ERROR"), "\(refused.stderr)")
        serverA = try TestServer(["log", "serve", "--db", logs.a.path, "--port", "0"], in: dir)
        defer { serverA.stop() }
        let refusedA = try mirror(serverA, m, in: dir)
        #expect(refusedA.status == 3, "\(refusedA.stdout) \(refusedA.stderr)")
        #expect(refusedA.stderr.contains("SECURITY ERROR"), "\(refusedA.stderr)")
        #expect(try CLI.snapshot(m) == before)
    }

    @Test("a checkpoint older than the verified one, or of the same size with another root, is a fork too")
    func olderOrDifferent() throws {
        let logs = try prepared()
        defer { try? FileManager.default.removeItem(at: logs.dir) }
        let dir = logs.dir
        try TestLog.add(1100..<1120, to: logs.a, in: dir)
        let (serverA, serverB, serverC) = (
            try TestServer(["log", "serve", "--db", logs.a.path, "--port", "0"], in: dir),
            try TestServer(["log", "serve", "--db", logs.b.path, "--port", "0"], in: dir),
            try TestServer(["log", "serve", "--db", logs.c.path, "--port", "0"], in: dir)
        )
        defer { [serverA, serverB, serverC].forEach { $0.stop() } }

        // Following B (1161), then shown A (1121): the log went back.
        let m1 = dir.appendingPathComponent("m1.sqlite")
        #expect(try mirror(serverB, m1, in: dir).status == 0)
        let older = try mirror(serverA, m1, in: dir)
        #expect(older.status == 3, "\(older.stdout) \(older.stderr)")
        #expect(older.stderr.contains("SECURITY ERROR"), "\(older.stderr)")
        let report1 = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: m1.path + ".fork.json")))
        let olderReport = try #require(report1 as? [String: Any])
        #expect((olderReport["reason"] as? String)?.contains("older than the verified 1161") == true, "\(olderReport)")
        #expect(TestNote(olderReport["earlier"] as? String ?? "")?.size == 1161)
        #expect(TestNote(olderReport["later"] as? String ?? "")?.size == 1121)
        #expect(try TestLog.size(m1) == 1161)

        // Following A (1121), then shown C (1121, another root).
        let m2 = dir.appendingPathComponent("m2.sqlite")
        #expect(try mirror(serverA, m2, in: dir).status == 0)
        let different = try mirror(serverC, m2, in: dir)
        #expect(different.status == 3, "\(different.stdout) \(different.stderr)")
        #expect(different.stderr.contains("SECURITY ERROR"), "\(different.stderr)")
        let report2 = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: m2.path + ".fork.json")))
        let differentReport = try #require(report2 as? [String: Any])
        #expect((differentReport["reason"] as? String)?.contains("two checkpoints of size 1121") == true, "\(differentReport)")
        let (earlier, later) = (
            TestNote(differentReport["earlier"] as? String ?? ""), TestNote(differentReport["later"] as? String ?? "")
        )
        #expect(earlier?.size == 1121 && later?.size == 1121 && earlier?.root != later?.root)
        #expect(try logRows(m2) == logRows(logs.a))
        #expect(try mirror(serverA, m2, in: dir).status == 3)
    }

    @Test("entries that do not give the signed root are a fork, and the mirror keeps only what it verified")
    func entriesNotMatchingTheCheckpoint() throws {
        let logs = try prepared()
        defer { try? FileManager.default.removeItem(at: logs.dir) }
        let dir = logs.dir
        let server = try TestServer(["log", "serve", "--db", logs.a.path, "--port", "0"], in: dir)
        defer { server.stop() }
        let m = dir.appendingPathComponent("m.sqlite")
        #expect(try mirror(server, m, in: dir).status == 0)
        #expect(try TestLog.size(m) == 1101)
        let verified = try logRows(m)

        // A grows and signs 1121, then one byte of a new entry changes in A's file: A now serves entries that do
        // not give the root it signed.
        try TestLog.add(1100..<1120, to: logs.a, in: dir)
        try TestLog.open(logs.a).write { db in
            var data = Array(try Data.fetchOne(db, sql: "SELECT data FROM log_entry WHERE idx = 1110")!)
            data[20] ^= 0x01
            try db.execute(sql: "UPDATE log_entry SET data = ? WHERE idx = 1110", arguments: [Data(data)])
        }
        let result = try mirror(server, m, in: dir)
        #expect(result.status == 3, "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("SECURITY ERROR"), "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: m.path + ".fork.json")))
        let reason = try #require(report as? [String: Any])["reason"] as? String
        #expect(reason?.contains("the entries the log served give root") == true, "\(String(describing: reason))")
        // The mirror rolled its copy back to the verified checkpoint: same rows as before, and it verifies.
        #expect(try TestLog.size(m) == 1101)
        #expect(try logRows(m) == verified)
        let audit = try CLI.run(["log", "verify", "--db", m.path], in: dir)
        #expect(audit.status == 0, "\(audit.stderr)")
        #expect(audit.stdout.contains("Verified 1101 entries"))
    }
}
