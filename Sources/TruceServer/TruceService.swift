import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import TruceCore
import TruceStore
import UnixSignals

/// The Truce service: the JSON API, the log endpoints, `/health` and `/metrics`, run by Hummingbird inside a
/// swift-service-lifecycle `ServiceGroup` that shuts down gracefully on SIGTERM and SIGINT.
public struct TruceService: Sendable {
    /// The register served.
    public let register: SQLiteRegister
    /// The agreement served.
    public let agreementID: String
    /// Where to listen.
    public let settings: ServerSettings
    /// Place names for reports.
    public let places: GazetteerLoader

    /// A service.
    public init(register: SQLiteRegister, agreementID: String, settings: ServerSettings, places: GazetteerLoader) {
        self.register = register
        self.agreementID = agreementID
        self.settings = settings
        self.places = places
    }

    /// The metrics registry every request is recorded in (swift-metrics is bootstrapped once per process).
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    /// The router: every route behind problem mapping, metrics and authentication.
    public func router() -> Router<TruceRequestContext> {
        let router = Router(context: TruceRequestContext.self)
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: AuthenticationMiddleware(register: register))
        ServiceRoutes(register: register, registry: Self.registry).add(to: router)
        LogRoutes(log: register.log).add(to: router)
        APIRoutes(register: register, agreementID: agreementID, places: places).add(to: router)
        return router
    }

    /// Serves until SIGTERM or SIGINT, telling `onRunning` the bound port.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        var logger = Logger(label: "truce")
        logger.logLevel = ProcessInfo.processInfo.environment["TRUCE_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let app = Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: "truce"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? settings.port) },
            logger: logger)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [.init(service: app)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
