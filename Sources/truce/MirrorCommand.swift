import ArgumentParser
import Foundation
import TruceLog
import TruceServer
import TruceStore

/// `truce mirror URL`: follow a log into a local copy, checking every step.
struct MirrorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mirror",
        abstract: "Copy a Truce log over HTTP into a local database, verifying signatures and consistency at each step.",
        discussion: """
            Exit 0 when the copy is up to date and verified. On a fork (two checkpoints of the log that cannot both \
            be true) it prints a SECURITY ERROR and the fork report (both signed notes and the failing proof), keeps \
            the report in the database and in FILE.fork.json, and exits 3; later runs refuse to continue.
            """)

    @Argument(help: "The log server's base URL, e.g. http://127.0.0.1:8080.") var url: String
    @Option(help: "The mirror's own database file.") var db: String
    @Option(name: .customLong("log-key"), help: "The log's verifier key (default: the pinned one, else trust on first use).")
    var logKey: String?
    @Flag(help: "Keep following: check again every --interval seconds until interrupted.") var follow = false
    @Option(help: "Seconds between checks with --follow.") var interval: Double = 10

    func run() async throws {
        try await reportingFailures {
            guard let base = URL(string: url), base.scheme == "http" || base.scheme == "https" else {
                throw commandLineError(field: "URL", message: "'\(url)' is not an http(s) URL")
            }
            let given: NoteVerifierKey?
            do {
                given = try logKey.map { try NoteVerifierKey(parsing: $0) }
            } catch {
                throw commandLineError(field: "--log-key", message: "\(error)")
            }
            let register = try SQLiteRegister(path: db)
            let forks = try await register.log.forkReports()
            guard forks.isEmpty else {
                Terminal.error("SECURITY ERROR: this mirror recorded a fork of the log; it will not continue.")
                print(forks[0])
                throw ExitCode(3)
            }
            let mirror = LogMirror(client: LogClient(base: base), local: register.log)
            let key = try await mirror.pinKey(given)
            let printer = ProgressPrinter(label: "mirror")
            while true {
                let outcome = try await mirror.step(key: key) { done, total in
                    printer.update("copying", done: Int(done), total: Int(total), unit: "entries")
                }
                printer.finish()
                switch outcome {
                case .upToDate(let size):
                    print("Up to date: \(size) entries verified.")
                case .advanced(let from, let to):
                    print("Copied entries \(from)..<\(to); checkpoint \(to) verified.")
                case .fork(let report):
                    Terminal.error("SECURITY ERROR: the log at \(url) forked: \(report.reason)")
                    let path = db + ".fork.json"
                    try? report.json.write(toFile: path, atomically: true, encoding: .utf8)
                    Terminal.error("Fork report (also in \(path)):")
                    print(report.json)
                    throw ExitCode(3)
                }
                guard follow else { return }
                try await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
            }
        }
    }
}
