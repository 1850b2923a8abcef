import ArgumentParser
import Foundation
import Hummingbird
import TruceLog
import TruceServer
import TruceStore

/// `truce witness serve`: answers `POST /add-checkpoint`.
struct WitnessServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve POST /add-checkpoint (C2SP tlog-witness v1) for the logs whose keys are given.")

    @Option(name: .customLong("log-key"), help: "A log's verifier key to witness (repeat for several logs).")
    var logKeys: [String]
    @Option(help: "The witness's cosignature key file (from `truce witness keygen`).") var key: String
    @Option(help: "The witness's state database (env TRUCE_WITNESS_DB).") var db: String =
        ProcessInfo.processInfo.environment["TRUCE_WITNESS_DB"] ?? "witness.sqlite"
    @Option(help: "The address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "The port; 0 picks a free one.") var port: Int = 8081

    func run() async throws {
        try await reportingFailures {
            let keys = try logKeys.map { text in
                do {
                    return try NoteVerifierKey(parsing: text)
                } catch {
                    throw commandLineError(field: "--log-key", message: "\(error)")
                }
            }
            guard keys.allSatisfy({ $0.type == .ed25519 }) else {
                throw commandLineError(field: "--log-key", message: "a log key has type 0x01 (Ed25519)")
            }
            let signer = try KeyFile.read(key)
            guard signer.type == .cosignatureV1 else {
                throw commandLineError(
                    field: "--key", message: "the witness key must be a cosignature key (`truce witness keygen`)")
            }
            let witness = Witness(
                cosigner: Cosigner(signer: signer), logKeys: keys, store: try SQLiteWitnessState(path: db),
                now: { UInt64(Date().timeIntervalSince1970) })
            let router = Router()
            WitnessRoutes(witness: witness).add(to: router)
            try await HTTPServer.run(router, settings: ServerSettings(host: host, port: port), label: "truce-witness") { port in
                FileHandle.standardOutput.write(Data("Witness \(signer.verifier.encoded) on http://\(host):\(port)\n".utf8))
            }
        }
    }
}
