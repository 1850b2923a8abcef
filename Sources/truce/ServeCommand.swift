import ArgumentParser
import Foundation
import HummingbirdBcrypt
import TruceCore
import TruceLog
import TruceScenario
import TruceServer
import TruceStore

/// `truce serve [--demo]`: the service on the embedded SQLite register.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API (/api/v1), the log endpoints, /health and /metrics.",
        discussion: """
            With --demo, an empty database is first filled with the Syria 2016–2017 scenario, and one account per \
            role is created with a printed password. Every option can also be set by environment: TRUCE_DB, \
            TRUCE_HOST, TRUCE_PORT, TRUCE_DEMO=1.
            """)

    @OptionGroup var store: StoreOptions
    @Flag(help: "Build the demo scenario into the database first if it is empty (env TRUCE_DEMO=1).") var demo = false
    @Option(help: "The address to listen on (env TRUCE_HOST).") var host: String =
        ProcessInfo.processInfo.environment["TRUCE_HOST"] ?? "127.0.0.1"
    @Option(help: "The port; 0 picks a free one (env TRUCE_PORT).") var port: Int =
        Int(ProcessInfo.processInfo.environment["TRUCE_PORT"] ?? "") ?? 8080

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            if demo || ProcessInfo.processInfo.environment["TRUCE_DEMO"] == "1" {
                try await Self.prepareDemo(register, store: store)
            }
            let agreement = try await store.loadAgreement(from: register)
            var service = TruceService(
                register: register, agreementID: agreement.id, settings: ServerSettings(host: host, port: port),
                places: GazetteerLoader { try SyriaScenario.gazetteer() }, background: try Self.background(agreement),
                attribution: agreement.id == SyriaScenario.agreementID
                    ? SyriaScenario.attribution : "Boundaries: Natural Earth. Zone outlines as the agreement gives them.")
            if FileManager.default.fileExists(atPath: store.logKeyPath) {
                service.checkpointSigner = try KeyFile.read(store.logKeyPath)
            }
            // What the demo printed goes out before the listening line (standard output is buffered in a file).
            fflush(nil)
            try await service.run { port in
                FileHandle.standardOutput.write(Data("Truce is serving \(store.db) on http://\(host):\(port)\n".utf8))
            }
        }
    }

    /// The map's outlines: Natural Earth countries and Syria's governorates, around the agreement's zones.
    static func background(_ agreement: Agreement) throws -> MapBackground {
        try MapBackground.load(
            countries: SyriaScenario.resource("ne_10m_admin0_syria_region.geojson"),
            regions: SyriaScenario.resource("ne_10m_admin1_syria.geojson"), focus: "Syria", longitudes: 35.5...42.5,
            latitudes: 32.2...37.5, attribution: "Made with Natural Earth")
    }

    /// Fills an empty database with the scenario and creates one account per role.
    static func prepareDemo(_ register: SQLiteRegister, store: StoreOptions) async throws {
        let counts = try await register.counts()
        if counts.reports == 0 {
            let printer = ProgressPrinter(label: "demo")
            let outcome = try await DemoBuilder(register: register).build(progress: printer.update)
            printer.finish()
            print("Demo: \(outcome.events.registered) UCDP events registered in \(store.db)")
        }
        if try await register.accounts().isEmpty {
            print("Demo accounts (name / password / role):")
            for (name, role, party) in DemoAccounts.all {
                let password = DemoAccounts.password()
                _ = try await register.addAccount(
                    name: name, role: role, partyID: party, passwordHash: Bcrypt.hash(password, cost: 10))
                print("  \(name) / \(password) / \(role.rawValue)\(party.map { " (\($0))" } ?? "")")
            }
        }
        if !FileManager.default.fileExists(atPath: store.logKeyPath) {
            let signer = try NoteSigner.generate(name: "truce.example/\(SyriaScenario.agreementID)")
            try KeyFile.create(signer, at: store.logKeyPath)
        }
        try await store.signCheckpointIfKeyed(register)
    }
}
