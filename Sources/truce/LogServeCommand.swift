import ArgumentParser
import Foundation
import Hummingbird
import TruceServer
import TruceStore

/// `truce log serve`: the log's read endpoints alone (until `truce serve` carries them).
struct LogServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve /log/checkpoint, /log/key, /log/entries and /log/proof/* over HTTP.")

    @OptionGroup var store: StoreOptions
    @Option(help: "The address to listen on (env TRUCE_HOST).") var host: String =
        ProcessInfo.processInfo.environment["TRUCE_HOST"] ?? "127.0.0.1"
    @Option(help: "The port; 0 picks a free one (env TRUCE_PORT).") var port: Int =
        Int(ProcessInfo.processInfo.environment["TRUCE_PORT"] ?? "") ?? 8080

    func run() async throws {
        try await reportingFailures {
            guard FileManager.default.fileExists(atPath: store.db) else {
                throw FileAccessError(path: store.db, reason: "no such database")
            }
            let register = try store.open()
            let router = Router()
            LogRoutes(log: register.log).add(to: router)
            try await HTTPServer.run(router, settings: ServerSettings(host: host, port: port), label: "truce-log") { port in
                FileHandle.standardOutput.write(Data("Serving the log of \(store.db) on http://\(host):\(port)\n".utf8))
            }
        }
    }
}
