import Hummingbird
import Logging
import NIOCore

/// Runs a router as an HTTP/1.1 server until SIGTERM or SIGINT, telling `onRunning` the bound port.
public enum HTTPServer {
    /// Serves until a shutdown signal.
    public static func run(
        _ router: Router<BasicRequestContext>, settings: ServerSettings, label: String,
        onRunning: @escaping @Sendable (Int) async -> Void
    ) async throws {
        var logger = Logger(label: label)
        logger.logLevel = .warning
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: label),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? settings.port) },
            logger: logger)
        try await app.runService()
    }
}
