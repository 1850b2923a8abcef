import ArgumentParser
import Foundation
import TruceLog
import TruceScenario
import TruceStore

/// `truce demo`: builds the Syria 2016–2017 scenario database.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build the demo database: the Syria ceasefire agreement and the UCDP events of 2017 as reports.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            let printer = ProgressPrinter(label: "demo")
            let outcome = try await DemoBuilder(register: register).build(progress: printer.update)
            printer.finish()
            let counts = try await register.counts()
            print("Agreement \(SyriaScenario.agreementID): \(outcome.agreementStored ? "stored" : "already stored")")
            let rounds = outcome.talks.counts["rounds"] ?? 0
            let commitments = outcome.talks.counts["commitments"] ?? 0
            print(
                "Talks: \(rounds) rounds, \(commitments) commitments \(outcome.talks.changed ? "stored" : "already stored") (log entry \(outcome.talks.logIndex))"
            )
            print(
                "UCDP events of 2017: \(outcome.events.read) read, \(outcome.events.registered) registered, \(outcome.events.duplicates) already present"
            )
            print("Database \(store.db): \(counts.reports) reports, \(counts.incidents) incidents")
            if !FileManager.default.fileExists(atPath: store.logKeyPath) {
                let signer = try NoteSigner.generate(name: "truce.example/\(SyriaScenario.agreementID)")
                try KeyFile.create(signer, at: store.logKeyPath)
                print("Log key: \(store.logKeyPath) (verifier key \(signer.verifier.encoded))")
            }
            try await store.signCheckpointIfKeyed(register)
            print("Try: truce incidents list --db \(store.db) --zone eastern-ghouta --from 2017-05-06 --to 2017-12-31")
            print(SyriaScenario.attribution)
        }
    }
}
