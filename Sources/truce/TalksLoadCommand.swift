import ArgumentParser
import Foundation
import TruceCore
import TruceScenario
import TruceStore

/// `truce talks load [--file FILE]`: stores a talks file in the register and the log.
struct TalksLoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract:
            "Store a talks file (docs/talks-format.md) in the register, recorded in the log; the same file again changes nothing."
    )

    @Option(help: "A talks file (default: the shipped Syria 2017 talks).") var file: String?
    @OptionGroup var store: StoreOptions
    @Option(name: .customLong("by"), help: "Your name for the record (default: cli:$USER).") var name: String?

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            let path = try file ?? SyriaScenario.talksURL().path
            guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw FileAccessError(path: path, reason: "cannot be read as UTF-8 text")
            }
            let load = try await register.saveTalks(
                source: source, file: (path as NSString).lastPathComponent,
                by: Principal(name: name ?? StoreOptions.cliActor, role: .admin))
            let counts = ["processes", "rounds", "delegations", "meetings", "commitments", "statements", "documents"]
                .map { "\(load.counts[$0] ?? 0) \($0)" }.joined(separator: ", ")
            if load.changed {
                print(
                    "Talks for \(load.agreementID) \(load.replaced ? "replaced" : "stored"): \(counts) (log entry \(load.logIndex))"
                )
                try await store.signCheckpointIfKeyed(register)
            } else {
                print("Already stored: talks for \(load.agreementID) (sha256 \(load.sha256), log entry \(load.logIndex))")
            }
        }
    }
}
