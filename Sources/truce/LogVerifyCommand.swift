import ArgumentParser
import Foundation
import TruceLog
import TruceStore

/// `truce log verify`: recompute the whole tree and check it against every checkpoint.
struct LogVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the tree from every stored entry and check it against every stored node and signed checkpoint.",
        discussion: "Exit 0 when everything matches; exit 1 naming the first entry that does not.")

    @OptionGroup var store: StoreOptions
    @Option(name: .customLong("key"), help: "The log's verifier key to trust (default: the key recorded in the database).")
    var verifierKey: String?
    @Flag(help: "Print the result as JSON.") var json = false

    func run() async throws {
        try await reportingFailures {
            guard FileManager.default.fileExists(atPath: store.db) else {
                throw FileAccessError(path: store.db, reason: "no such database")
            }
            let key: NoteVerifierKey?
            do {
                key = try verifierKey.map { try NoteVerifierKey(parsing: $0) }
            } catch {
                throw commandLineError(field: "--key", message: "\(error)")
            }
            let register = try store.open()
            let total = try await register.log.size()
            let printer = ProgressPrinter(label: "log verify")
            let started = Date()
            let audit = try await register.log.audit(trusting: key) { done in
                printer.update("checking", done: Int(done), total: Int(total), unit: "entries")
            }
            printer.finish()
            let seconds = Date().timeIntervalSince(started)
            if json {
                var object: [String: Any] = [
                    "verified": audit.verified, "entries": audit.entries, "checkpoints": audit.checkpoints,
                    "failures": audit.failures, "seconds": seconds,
                ]
                if let bad = audit.firstBadEntry { object["first_bad_entry"] = bad }
                if let root = audit.root { object["root"] = root.base64 }
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            } else if audit.verified {
                print(
                    "Verified \(audit.entries) entries against \(audit.checkpoints) checkpoint\(audit.checkpoints == 1 ? "" : "s"); root \(audit.root?.base64 ?? "-")"
                )
            } else {
                for failure in audit.failures { Terminal.error(failure) }
            }
            if !audit.verified { throw ExitCode(1) }
        }
    }
}
