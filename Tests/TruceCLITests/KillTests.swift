import Foundation
import GRDB
import Testing

@Suite("An import killed with SIGKILL", .serialized)
struct KillTests {
    @Test("leaves whole batches only, an intact database, and a rerun completes it without duplicates")
    func killMidway() async throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("k.sqlite")
        #expect(try CLI.run(["agreement", "load", BadInputTests.agreementFile, "--db", db.path], in: dir).status == 0)
        let total = 150_000
        let batch = 1_000
        var text = BadInputTests.header
        text.reserveCapacity(total * 130)
        for i in 0..<total { text += BadInputTests.row(i) }
        let file = dir.appendingPathComponent("many.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["import", "reports", file.path, "--db", db.path, "--batch-size", String(batch)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until some batches are committed, then kill.
        // The watcher opens the file read-only and waits for locks, so it never competes with the importer for the
        // write lock (a pool opened for writing can fail with "database is locked" while batches follow each other).
        var watcher = Configuration()
        watcher.readonly = true
        watcher.busyMode = .timeout(5)
        // The loop blocks its thread rather than awaiting: with the other suites' blocking child processes on the
        // cooperative pool's two threads, an awaiting watcher could wake only after the import had finished.
        var committed = 0
        let deadline = Date().addingTimeInterval(120)
        while committed == 0 && process.isRunning && Date() < deadline {
            usleep(20_000)
            if FileManager.default.fileExists(atPath: db.path) {
                committed = Self.committedReports(db, watcher)
            }
        }
        #expect(process.isRunning, "the import finished before it could be killed; make the file bigger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let pool = try DatabasePool(path: db.path)
        let (integrity, reports, incidents, entries) = try await pool.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA integrity_check"), try Int.fetchOne(db, sql: "SELECT count(*) FROM report")!,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM incident")!,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM log_entry")!
            )
        }
        #expect(integrity == "ok")
        #expect(reports > 0 && reports < total)
        #expect(reports % batch == 0, "\(reports) is not a whole number of batches")
        #expect(incidents == reports)
        // One entry for the agreement, one per committed report: each batch's entries commit with its reports.
        #expect(entries == reports + 1)
        let audit = try CLI.run(["log", "verify", "--db", db.path], in: dir)
        #expect(audit.status == 0, "\(audit.stderr)")
        #expect(audit.stdout.contains("Verified \(reports + 1) entries"))

        let rerun = try CLI.run(["import", "reports", file.path, "--db", db.path, "--batch-size", String(batch)], in: dir)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.contains("\(total - reports) registered, \(reports) already present"))
        let (final, distinct) = try await DatabasePool(path: db.path).read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM report")!,
                try Int.fetchOne(db, sql: "SELECT count(DISTINCT external_id) FROM report")!
            )
        }
        #expect(final == total)
        #expect(distinct == total)
        let finalAudit = try CLI.run(["log", "verify", "--db", db.path], in: dir)
        #expect(finalAudit.status == 0, "\(finalAudit.stderr)")
        #expect(finalAudit.stdout.contains("Verified \(total + 1) entries"))
    }

    /// The reports committed so far, read synchronously (0 while the file is not readable yet).
    static func committedReports(_ db: URL, _ configuration: Configuration) -> Int {
        (try? DatabaseQueue(path: db.path, configuration: configuration).read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM report") ?? 0
        }) ?? 0
    }
}
