import ArgumentParser
import Foundation
import TruceCore
import TruceLog
import TruceScenario
import TruceStore

/// `truce bench ingest --count N`: Truce's report import against the sqlite3 shell's `.import` of the same rows
/// into the same schema, each run as its own process, side by side in one run.
struct BenchIngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Time `truce import reports` of N synthetic reports against sqlite3's .import of the same rows.")

    @Option(help: "Number of synthetic reports.") var count: Int = 1_000_000
    @Option(help: "Reports per transaction for Truce's import.") var batchSize: Int = 20_000
    @Option(help: "Working directory (default: a new temporary one, removed afterwards).") var dir: String?
    @Flag(help: "Keep the working directory.") var keep = false

    func validate() throws {
        guard count > 0 && count <= 50_000_000 else { throw ValidationError("--count must be 1 to 50000000") }
    }

    func run() async throws {
        try await reportingFailures {
            guard let sqlite3 = ChildProcess.which("sqlite3") else {
                throw ChildProcessError(message: "the baseline needs the sqlite3 shell on PATH (Debian package sqlite3)")
            }
            let fm = FileManager.default
            let work = dir ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("truce-bench-\(getpid())")
            try fm.createDirectory(atPath: work, withIntermediateDirectories: true)
            defer { if !keep && dir == nil { try? fm.removeItem(atPath: work) } }
            func path(_ name: String) -> String { (work as NSString).appendingPathComponent(name) }
            for name in ["truce.sqlite", "baseline.sqlite", "baseline-reports.sqlite"] {
                for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: path(name + suffix)) }
            }

            let (agreement, source) = try SyriaScenario.agreement()
            let generator = SyntheticReports(agreement: agreement, count: count)
            let reportsCSV = path("reports.csv")
            let rowsCSV = path("rows.csv")
            let entriesCSV = path("entries.csv")
            try writeInputs(generator, reportsCSV: reportsCSV, rowsCSV: rowsCSV, entriesCSV: entriesCSV)

            // The same schema for all: Truce's migrations, and the agreement row (with its log entry).
            for name in ["truce.sqlite", "baseline.sqlite", "baseline-reports.sqlite"] {
                let register = try SQLiteRegister(path: path(name))
                _ = try await register.saveAgreement(agreement, source: source, actor: "bench")
            }

            // The baseline imports the rows Truce stores for the reports: the report rows and their log entry rows
            // (no tree, no incidents, no validation). Truce writes report entries without a subject, so the partial
            // subject index never sees them; sqlite3's .import writes '' for an empty field, so that index goes.
            // The reports-only run is issue 2's original comparison.
            func sqlite3Import(_ database: String, _ lines: [String]) throws -> ChildProcess.Measurement {
                let script = path(database + ".sql")
                try Data(
                    (["PRAGMA synchronous = NORMAL;", "PRAGMA cache_size = -\(SQLiteRegister.cacheKiB);"] + lines)
                        .joined(separator: "\n").utf8 + [0x0A]
                ).write(to: URL(fileURLWithPath: script))
                let run = try ChildProcess.run(
                    sqlite3, [path(database)], stdinPath: script, outputPath: path(database + ".log"))
                guard run.exitStatus == 0 else {
                    throw ChildProcessError(message: "sqlite3 failed (exit \(run.exitStatus)); see \(path(database + ".log"))")
                }
                return run
            }
            Terminal.progress("bench ingest: sqlite3 .import of \(count) report rows and their log entry rows")
            let baseline = try sqlite3Import(
                "baseline.sqlite",
                [
                    "DROP INDEX log_entry_by_subject;", ".import --csv --skip 1 \(rowsCSV) report",
                    ".import --csv --skip 1 \(entriesCSV) log_entry",
                ])
            Terminal.progress("bench ingest: sqlite3 .import of \(count) report rows")
            let reportsOnly = try sqlite3Import("baseline-reports.sqlite", [".import --csv --skip 1 \(rowsCSV) report"])

            Terminal.progress("bench ingest: truce import reports of \(count) reports")
            let truce = try ChildProcess.run(
                ChildProcess.currentExecutable,
                ["import", "reports", reportsCSV, "--db", path("truce.sqlite"), "--batch-size", String(batchSize)],
                outputPath: path("truce.log"))
            Terminal.endProgress()
            guard truce.exitStatus == 0 else {
                throw ChildProcessError(message: "truce import failed (exit \(truce.exitStatus)); see \(path("truce.log"))")
            }

            let truceCounts = try await SQLiteRegister(path: path("truce.sqlite")).counts()
            let baselineCounts = try await SQLiteRegister(path: path("baseline.sqlite")).counts()
            guard truceCounts.reports == count, baselineCounts.reports == count else {
                throw ChildProcessError(
                    message: "row counts differ from \(count): truce \(truceCounts.reports), sqlite3 \(baselineCounts.reports)")
            }
            let truceRate = Double(count) / truce.seconds
            let baselineRate = Double(count) / baseline.seconds
            let version = (try? String(contentsOfFile: path("baseline.sqlite.log"), encoding: .utf8)) ?? ""
            let reportsOnlyRate = Double(count) / reportsOnly.seconds
            let result: [String: Any] = [
                "bench": "ingest", "count": count, "batch_size": batchSize,
                "truce": [
                    "command":
                        "truce import reports (validate pass + batched transactions; each report opens or joins an incident)",
                    "seconds": round3(truce.seconds), "rows_per_second": Int(truceRate),
                    "peak_rss_mb": round3(Double(truce.peakResidentBytes) / 1_048_576),
                ] as [String: Any],
                "baseline": [
                    "command":
                        "sqlite3 .import --csv of the same report rows and log entry rows into the same tables (same indexes), synchronous=NORMAL, same cache_size",
                    "seconds": round3(baseline.seconds), "rows_per_second": Int(baselineRate),
                    "peak_rss_mb": round3(Double(baseline.peakResidentBytes) / 1_048_576),
                    "log": String(version.prefix(500)).trimmingCharacters(in: .whitespacesAndNewlines),
                ] as [String: Any],
                "ratio": round3(truceRate / baselineRate),
                "baseline_reports_only": [
                    "command": "sqlite3 .import --csv of the same report rows alone (issue 2's comparison, before the log)",
                    "seconds": round3(reportsOnly.seconds), "rows_per_second": Int(reportsOnlyRate),
                    "peak_rss_mb": round3(Double(reportsOnly.peakResidentBytes) / 1_048_576),
                ] as [String: Any],
                "ratio_reports_only": round3(truceRate / reportsOnlyRate),
            ]
            try BenchReport.print(result)
        }
    }

    private func round3(_ value: Double) -> Double { BenchReport.round3(value) }

    /// Writes the reports CSV (Truce's input) and the table-shaped CSV of the same rows (sqlite3's input).
    private func writeInputs(_ generator: SyntheticReports, reportsCSV: String, rowsCSV: String, entriesCSV: String) throws {
        for file in [reportsCSV, rowsCSV, entriesCSV] { _ = FileManager.default.createFile(atPath: file, contents: nil) }
        guard let reports = FileHandle(forWritingAtPath: reportsCSV), let rows = FileHandle(forWritingAtPath: rowsCSV),
            let entries = FileHandle(forWritingAtPath: entriesCSV)
        else {
            throw FileAccessError(path: reportsCSV, reason: "cannot be written")
        }
        defer {
            try? reports.close()
            try? rows.close()
            try? entries.close()
        }
        var reportBuffer = CSVWriter.line(ReportDraft.csvColumns)
        var rowBuffer = CSVWriter.line(["id"] + SQLiteSchema.reportColumns)
        var entryBuffer = CSVWriter.line(["idx", "type", "subject", "data"])
        let receivedAt = Int64(Date().timeIntervalSince1970)
        for index in 0..<count {
            let report = generator.report(index)
            reportBuffer += CSVWriter.line(report.csvFields(timeZone: generator.agreement.timeZone))
            rowBuffer += CSVWriter.line(
                [String(index + 1)]
                    + SQLiteSchema.reportRowText(
                        report, incidentID: Int64(index + 1), receivedAt: receivedAt, logIndex: Int64(index + 1)
                    ).map { $0 ?? "" } + ["1", ""])  // counted, duplicate_of (migration v3)
            let entry = ReportSubmission(report, receivedAt: receivedAt, actor: "import:reports.csv").entry
            entryBuffer += CSVWriter.line(
                [String(index + 1), entry.type, "", String(decoding: entry.data, as: UTF8.self)])
            if reportBuffer.utf8.count > 1 << 20 || index == count - 1 {
                try reports.write(contentsOf: Data(reportBuffer.utf8))
                try rows.write(contentsOf: Data(rowBuffer.utf8))
                try entries.write(contentsOf: Data(entryBuffer.utf8))
                reportBuffer = ""
                rowBuffer = ""
                entryBuffer = ""
                Terminal.progress("bench ingest: generating \(index + 1) / \(count) reports")
            }
        }
    }
}
