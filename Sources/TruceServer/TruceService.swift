import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import TruceCore
import TruceLog
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
    /// The outlines the maps are drawn on.
    public let background: MapBackground
    /// The data attribution every page prints.
    public let attribution: String
    /// The log's signing key, if the server holds it: it then signs a checkpoint whenever the log has grown.
    public var checkpointSigner: NoteSigner?

    /// A service.
    public init(
        register: SQLiteRegister, agreementID: String, settings: ServerSettings, places: GazetteerLoader,
        background: MapBackground, attribution: String
    ) {
        self.register = register
        self.agreementID = agreementID
        self.settings = settings
        self.places = places
        self.background = background
        self.attribution = attribution
    }

    /// The metrics registry every request is recorded in (swift-metrics is bootstrapped once per process).
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    /// The router: every route behind problem mapping, metrics and authentication.
    public func router() async throws -> Router<TruceRequestContext> {
        let router = Router(context: TruceRequestContext.self)
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: AuthenticationMiddleware(register: register))
        ServiceRoutes(register: register, registry: Self.registry).add(to: router)
        LogRoutes(log: register.log).add(to: router)
        // One news extractor (dictionaries and gazetteer), built on the first article, for the API and the pages.
        let newsExtractor = NewsExtractorLoader(places: places)
        APIRoutes(register: register, agreementID: agreementID, places: places, newsExtractor: newsExtractor).add(
            to: router)
        router.get("api/openapi.yaml") { _, _ -> Response in
            .text(try Self.openAPIDocument(), contentType: "application/yaml; charset=utf-8")
        }
        router.get("api/v1") { _, _ -> Response in try .json(Self.routes) }
        try await WebRoutes(
            register: register, agreementID: agreementID, places: places, newsExtractor: newsExtractor,
            background: background, attribution: attribution
        ).add(to: router)
        return router
    }

    /// Every API route the service serves, as `METHOD /path` (the OpenAPI document lists the same, a test checks
    /// both). The web pages (docs/api.md) are not part of the API.
    public static let routes = [
        "GET /health", "GET /metrics", "GET /api/openapi.yaml", "GET /api/v1", "GET /api/v1/incidents",
        "GET /api/v1/incidents/{id}", "POST /api/v1/incidents/{id}/transitions", "POST /api/v1/incidents/{id}/attribution",
        "POST /api/v1/incidents/{id}/replies", "POST /api/v1/incidents/{id}/merge", "POST /api/v1/incidents/{id}/split",
        "POST /api/v1/incidents/{id}/notices", "POST /api/v1/escalations/{id}/referral",
        "POST /api/v1/escalations/{id}/decision", "GET /api/v1/escalations", "POST /api/v1/reports", "GET /api/v1/reports/{id}",
        "GET /api/v1/findings", "GET /api/v1/stats",
        "GET /api/v1/agreements", "GET /api/v1/zones", "GET /api/v1/exports/incidents.csv",
        "GET /api/v1/exports/incidents.hxl.csv", "GET /api/v1/exports/incidents.geojson", "GET /api/v1/talks/rounds",
        "GET /api/v1/talks/rounds/{id}", "GET /api/v1/talks/commitments", "GET /api/v1/talks/commitments/{id}",
        "POST /api/v1/talks/commitments/{id}/steps", "GET /api/v1/talks/scorecards", "GET /api/v1/talks/statements",
        "GET /api/v1/talks/documents", "POST /api/v1/news/articles", "GET /api/v1/news/suggestions",
        "GET /api/v1/news/suggestions/{id}", "POST /api/v1/news/suggestions/{id}/decision", "GET /log/checkpoint", "GET /log/key",
        "GET /log/entries",
        "GET /log/proof/inclusion", "GET /log/proof/consistency",
    ]

    /// The OpenAPI 3.1 document shipped with the service (`Sources/TruceServer/Resources/openapi.yaml`).
    public static func openAPIDocument() throws -> String {
        guard
            let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "openapi", withExtension: "yaml")
        else { throw ProblemDetails(status: .internalServerError, detail: "the OpenAPI document is missing from this build") }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Serves until SIGTERM or SIGINT, telling `onRunning` the bound port.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        var logger = Logger(label: "truce")
        logger.logLevel = ProcessInfo.processInfo.environment["TRUCE_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let app = Application(
            router: try await router(),
            configuration: ApplicationConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: "truce"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? settings.port) },
            logger: logger)
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: app)]
        if let checkpointSigner {
            services.append(
                .init(service: CheckpointService(log: register.log, signer: checkpointSigner, logger: logger)))
        }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
