import ArgumentParser
import Foundation
import TruceLog
import TruceServer
import TruceStore

/// `truce log checkpoint`: sign the current tree and collect witnesses' cosignatures.
struct LogCheckpointCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: "Sign a checkpoint of the log (refused if it contradicts an earlier one) and ask witnesses to cosign it.")

    @OptionGroup var store: StoreOptions
    @Option(name: .customLong("witness"), help: "A witness's base URL (repeat for each; pair with --witness-key in order).")
    var witnesses: [String] = []
    @Option(name: .customLong("witness-key"), help: "A witness's verifier key (cosignature type), in --witness order.")
    var witnessKeys: [String] = []

    func validate() throws {
        guard witnesses.count == witnessKeys.count else {
            throw ValidationError("give one --witness-key for each --witness")
        }
    }

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            let signer = try KeyFile.read(store.logKeyPath)
            let stored = try await register.log.signCheckpoint(with: signer)
            print(stored.note.serialized, terminator: "")
            var failures = 0
            for (url, keyText) in zip(witnesses, witnessKeys) {
                let key: NoteVerifierKey
                do {
                    key = try NoteVerifierKey(parsing: keyText)
                } catch {
                    throw commandLineError(field: "--witness-key", message: "\(error)")
                }
                guard let base = URL(string: url) else { throw commandLineError(field: "--witness", message: "bad URL \(url)") }
                do {
                    let line = try await WitnessClient(base: base, key: key).cosign(stored, log: register.log)
                    try await register.log.addCosignatures([line], size: stored.checkpoint.size)
                    print(line.line, terminator: "")
                } catch {
                    failures += 1
                    Terminal.error("witness \(url): \(error)")
                }
            }
            if failures > 0 { throw ExitCode(1) }
        }
    }
}
