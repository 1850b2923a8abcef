import Foundation
import GRDB
import Testing

@Suite("Log entries are canonical JSON")
struct EntryCanonicalTests {
    @Test("every entry of the demo log re-encodes to the same bytes under an independent RFC 8785 encoder")
    func demoEntries() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("demo.sqlite")
        let demo = try CLI.run(["demo", "--db", db.path], in: dir)
        #expect(demo.status == 0, "\(demo.stderr)")
        // A confidential report too, whose entry carries commitments instead of the reporter and the account.
        let added = try CLI.run(
            ["report", "add", "--json", "-", "--db", db.path], in: dir, stdin: Data(ConfidentialEntryTests.report.utf8))
        #expect(added.status == 0, "\(added.stderr)")

        // It falls near a UCDP event of the same day: correlation joins it, which the log records with its score.
        #expect(added.stdout.contains("joined incident"), "\(added.stdout)")

        let entries = try TestLog.entries(db)
        #expect(entries.count == 5_591, "the agreement, the talks, 5,587 UCDP events, one report and its correlation")
        let file = dir.appendingPathComponent("entries.b64")
        try entries.map { Data($0).base64EncodedString() + "\n" }.joined().write(to: file, atomically: true, encoding: .utf8)
        let script = CLI.root.appendingPathComponent("Scripts/jcs-check.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "ok \(entries.count)", "\(text)")

        // The same checker refuses an entry that is not canonical (a space after a colon).
        let spaced = String(decoding: entries[1], as: UTF8.self).replacingOccurrences(of: "\"v\":1", with: "\"v\": 1")
        try (Data(spaced.utf8).base64EncodedString() + "\n").write(to: file, atomically: true, encoding: .utf8)
        let refusal = Process()
        refusal.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        refusal.arguments = ["python3", script, file.path]
        refusal.standardOutput = FileHandle.nullDevice
        try refusal.run()
        refusal.waitUntilExit()
        #expect(refusal.terminationStatus == 1)
    }
}
