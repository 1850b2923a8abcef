import ArgumentParser
import TruceLog

/// `truce witness keygen`: a new Ed25519 cosignature key.
struct WitnessKeygenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen", abstract: "Create a witness's cosignature key (file mode 0600) and print its verifier key.")

    @Option(help: "The witness's name, e.g. witness.example/guarantor-a.") var name: String
    @Option(help: "Where to write the key.") var out: String

    func run() async throws {
        try await reportingFailures {
            let signer = try NoteSigner.generate(name: name, type: .cosignatureV1)
            try KeyFile.create(signer, at: out)
            Terminal.note("Wrote the cosignature key to \(out) (mode 0600).")
            print(signer.verifier.encoded)
        }
    }
}
