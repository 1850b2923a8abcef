import Foundation
import Hummingbird
import NIOCore
import Prometheus
import TruceStore

/// `/health` and `/metrics` (Prometheus text): request counts and latencies (recorded through swift-metrics by
/// Hummingbird's `MetricsMiddleware`), reports registered, incidents by state and the log's size (read from the
/// register when scraped).
public struct ServiceRoutes: Sendable {
    let register: SQLiteRegister
    let registry: PrometheusCollectorRegistry

    /// Routes over a register, emitting a registry.
    public init(register: SQLiteRegister, registry: PrometheusCollectorRegistry) {
        self.register = register
        self.registry = registry
    }

    /// Adds the routes.
    public func add(to router: Router<TruceRequestContext>) {
        let register = self.register
        let registry = self.registry
        router.get("health") { _, _ -> Response in
            let counts = try await register.counts()
            return try Response.json(["status": "ok", "reports": String(counts.reports), "incidents": String(counts.incidents)])
        }
        router.get("metrics") { _, _ -> Response in
            let counts = try await register.serviceCounts()
            registry.makeGauge(name: "truce_reports_registered", help: "Reports in the register").set(Int64(counts.reports))
            registry.makeGauge(name: "truce_log_size", help: "Entries in the verifiable log").set(Int64(counts.logSize))
            for state in ["reported", "under-review", "verified", "unverified", "unfounded", "published", "archived"] {
                registry.makeGauge(
                    name: "truce_incidents", labels: [("state", state)], help: "Incidents by verification state"
                ).set(Int64(counts.incidentsByState[state] ?? 0))
            }
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }
}
