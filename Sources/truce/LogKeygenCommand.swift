import ArgumentParser
import Foundation
import TruceLog

/// `truce log keygen`: a new Ed25519 log key.
struct LogKeygenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Create the log's Ed25519 signing key (file mode 0600) and print its verifier key.")

    @Option(help: "The log's origin: a unique name such as truce.example/syria-2016.") var origin: String
    @Option(help: "Where to write the signing key (default: the database path + .logkey).") var out: String?
    @Option(help: "The database whose default key path to use (env TRUCE_DB).") var db: String =
        ProcessInfo.processInfo.environment["TRUCE_DB"] ?? "truce.sqlite"

    func run() async throws {
        try await reportingFailures {
            let signer = try NoteSigner.generate(name: origin)
            let path = out ?? db + ".logkey"
            try KeyFile.create(signer, at: path)
            Terminal.note("Wrote the signing key to \(path) (mode 0600). Give the verifier key below to witnesses and mirrors.")
            print(signer.verifier.encoded)
        }
    }
}
