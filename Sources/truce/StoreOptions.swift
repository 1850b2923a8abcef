import ArgumentParser
import Foundation
import TruceCore
import TruceLog
import TruceScenario
import TruceStore

/// The database option every command that touches the register takes.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file (env TRUCE_DB).")
    var db: String = ProcessInfo.processInfo.environment["TRUCE_DB"] ?? "truce.sqlite"

    @Option(name: .long, help: "The agreement whose registers to use (default: the only one stored).")
    var agreement: String?

    @Option(
        name: .customLong("log-key"),
        help:
            "The log's signing key file (env TRUCE_LOG_KEY; default: the database path + .logkey). When it exists, every change is followed by a signed checkpoint."
    )
    var logKey: String?

    /// The signing key file's path.
    var logKeyPath: String { logKey ?? ProcessInfo.processInfo.environment["TRUCE_LOG_KEY"] ?? db + ".logkey" }

    /// Signs a checkpoint of the log if the signing key file exists, and says so.
    func signCheckpointIfKeyed(_ register: SQLiteRegister, quiet: Bool = false) async throws {
        guard FileManager.default.fileExists(atPath: logKeyPath) else { return }
        let signer = try KeyFile.read(logKeyPath)
        let stored = try await register.log.signCheckpoint(with: signer)
        if quiet { return }
        print("Checkpoint \(stored.checkpoint.origin): \(stored.checkpoint.size) entries, root \(stored.checkpoint.root.base64)")
    }

    /// Who the log records for changes made from the command line.
    static var cliActor: String { "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "unknown") }

    /// Opens the register.
    func open() throws -> SQLiteRegister { try SQLiteRegister(path: db) }

    /// The agreement to work with, decoded from the database.
    func loadAgreement(from register: SQLiteRegister) async throws -> Agreement {
        let stored = try await register.agreementSources()
        let chosen: StoredAgreementSource
        if let id = agreement {
            guard let match = stored.first(where: { $0.id == id }) else {
                throw InputError(
                    file: db, field: "--agreement",
                    message: "no agreement '\(id)' in the database; stored: \(stored.map(\.id).joined(separator: ", "))")
            }
            chosen = match
        } else if stored.count == 1 {
            chosen = stored[0]
        } else if stored.isEmpty {
            throw InputError(
                file: db, message: "the database holds no agreement; run `truce demo` or `truce agreement load FILE` first")
        } else {
            throw InputError(
                file: db, field: "--agreement",
                message:
                    "the database holds several agreements (\(stored.map(\.id).joined(separator: ", "))); choose one with --agreement"
            )
        }
        return try AgreementDecoder().decode(chosen.source, file: "\(db):agreement/\(chosen.id)")
    }
}
