import ArgumentParser
import Foundation
import GRDB
import Hummingbird
import TruceCore
import TruceScenario
import TruceServer
import TruceStore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `truce bench serve`: the service under wrk on loopback over N incidents, beside a minimal Hummingbird JSON
/// endpoint served by the same process (the ceiling), and the dashboard's render time.
struct BenchServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "wrk against GET /api/v1/stats over N incidents beside a minimal Hummingbird JSON endpoint, and the dashboard's render time.",
        discussion: """
            Builds a temporary register with the Syria agreement and N verified incidents over 2017, each with one \
            report and one violation finding, then serves it (the real service: authentication, metrics and problem \
            middleware included) and, in the same process, a minimal Hummingbird app whose one route answers a small \
            JSON object. wrk (Debian package wrk) loads each in turn with the same threads, connections and \
            duration. The dashboard is then timed with one connection (its median and 99th percentile). Prints one \
            JSON object with `baseline` (the ceiling) and `ratio`.
            """)

    @Option(help: "Incidents.") var count: Int = 1_000_000
    @Option(help: "Seconds of load per target.") var duration: Int = 10
    @Option(help: "wrk connections.") var connections: Int = 32
    @Option(help: "wrk threads.") var threads: Int = 1

    func validate() throws {
        guard count >= 1_000 && count <= 20_000_000 else { throw ValidationError("--count must be 1000 to 20000000") }
        guard duration >= 1 && duration <= 600 else { throw ValidationError("--duration must be 1 to 600") }
    }

    func run() async throws {
        try await reportingFailures {
            guard let wrk = ChildProcess.which("wrk") else {
                throw ChildProcessError(message: "the bench needs wrk on PATH (Debian package wrk)")
            }
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("truce-bench-serve-\(UUID())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let register = try SQLiteRegister(path: directory.appendingPathComponent("serve.sqlite").path)
            let (agreement, source) = try SyriaScenario.agreement()
            _ = try await register.saveAgreement(agreement, source: source, actor: "bench")
            Terminal.progress("bench serve: writing \(count) incidents")
            try await BenchStatsCommand.fill(register, agreement: agreement, count: count, withReports: true)
            try await register.rebuildViolationCounts(agreement: agreement.id)
            let monitor = try await register.addAccount(
                name: "bench-monitor", role: .monitor, partyID: nil, passwordHash: "not-a-login")
            let token = try await register.issueToken(for: monitor, label: "bench")

            let service = TruceService(
                register: register, agreementID: agreement.id, settings: ServerSettings(host: "127.0.0.1", port: 0),
                places: GazetteerLoader { try SyriaScenario.gazetteer() }, background: try ServeCommand.background(agreement),
                attribution: SyriaScenario.attribution)
            let ports = PortBox()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await service.run { port in ports.set(truce: port) } }
                group.addTask {
                    let ceiling = Router()
                    ceiling.get("ceiling") { _, _ -> Response in
                        Response(
                            status: .ok, headers: [.contentType: "application/json"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
                    }
                    try await HTTPServer.run(
                        ceiling, settings: ServerSettings(host: "127.0.0.1", port: 0), label: "ceiling"
                    ) { port in ports.set(ceiling: port) }
                }
                while ports.truce == nil || ports.ceiling == nil { try await Task.sleep(nanoseconds: 20_000_000) }
                func load(_ url: String, connections: Int, threads: Int) throws -> WrkResult {
                    let output = directory.appendingPathComponent("wrk-\(UUID()).txt").path
                    let run = try ChildProcess.run(
                        wrk, ["--latency", "-t\(threads)", "-c\(connections)", "-d\(duration)s", url], outputPath: output)
                    let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
                    guard run.exitStatus == 0 else { throw ChildProcessError(message: "wrk failed: \(text)") }
                    return try WrkResult(output: text)
                }
                let truceURL = "http://127.0.0.1:\(ports.truce!)"
                Terminal.progress("bench serve: warming up")
                _ = try load(truceURL + "/api/v1/stats", connections: 2, threads: 1)
                Terminal.progress("bench serve: wrk on the ceiling")
                let baseline = try load("http://127.0.0.1:\(ports.ceiling!)/ceiling", connections: connections, threads: threads)
                Terminal.progress("bench serve: wrk on GET /api/v1/stats")
                let stats = try load(truceURL + "/api/v1/stats", connections: connections, threads: threads)
                Terminal.progress("bench serve: the dashboard, first renders")
                // Cold renders: each period asked for the first time (nothing kept yet), timed one by one.
                // As the public (published incidents only) and as a monitor (every incident: 2,000 dots on the map).
                func firstRenders(token: String?) async throws -> [Double] {
                    var times: [Double] = []
                    for month in 1...11 {
                        let period = String(format: "from=2017-%02d-01&to=2017-%02d-28", month, month)
                        var request = URLRequest(url: URL(string: truceURL + "/?" + period)!)
                        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
                        let start = DispatchTime.now().uptimeNanoseconds
                        let (_, response) = try await URLSession.shared.data(for: request)
                        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
                            throw ChildProcessError(message: "the dashboard answered \(response)")
                        }
                    }
                    return times
                }
                let cold = try await firstRenders(token: nil)
                let coldMonitor = try await firstRenders(token: token)
                Terminal.progress("bench serve: the dashboard, one connection")
                let dashboard = try load(truceURL + "/", connections: 1, threads: 1)
                Terminal.endProgress()
                try BenchReport.print([
                    "bench": "serve", "incidents": count, "duration_seconds": duration, "connections": connections,
                    "threads": threads,
                    "stats": [
                        "route": "GET /api/v1/stats", "requests_per_second": Int(stats.requestsPerSecond),
                        "p50_ms": BenchReport.round3(stats.p50), "p99_ms": BenchReport.round3(stats.p99),
                        "non_2xx": stats.non2xx,
                    ] as [String: Any],
                    "baseline": [
                        "route": "GET /ceiling (minimal Hummingbird JSON endpoint, same process)",
                        "requests_per_second": Int(baseline.requestsPerSecond), "p50_ms": BenchReport.round3(baseline.p50),
                        "p99_ms": BenchReport.round3(baseline.p99),
                    ] as [String: Any],
                    "ratio": BenchReport.round3(stats.requestsPerSecond / baseline.requestsPerSecond),
                    "dashboard": [
                        "route": "GET / (public, default period: the 30 days to the latest incident)",
                        "p50_ms": BenchReport.round3(dashboard.p50), "p90_ms": BenchReport.round3(dashboard.p90),
                        "p99_ms": BenchReport.round3(dashboard.p99),
                        "requests_per_second": BenchReport.round3(dashboard.requestsPerSecond), "non_2xx": dashboard.non2xx,
                        "first_render_median_ms": BenchReport.round3(BenchStatsCommand.median(cold)),
                        "first_render_max_ms": BenchReport.round3(cold.max() ?? 0),
                        "first_renders": cold.count,
                        "first_render_as_monitor_median_ms": BenchReport.round3(BenchStatsCommand.median(coldMonitor)),
                        "first_render_as_monitor_max_ms": BenchReport.round3(coldMonitor.max() ?? 0),
                    ] as [String: Any],
                ])
                group.cancelAll()
            }
        }
    }
}

/// The two servers' ports, set from their start callbacks.
final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var truceValue: Int?
    private var ceilingValue: Int?

    var truce: Int? { lock.withLock { truceValue } }
    var ceiling: Int? { lock.withLock { ceilingValue } }
    func set(truce port: Int) { lock.withLock { truceValue = port } }
    func set(ceiling port: Int) { lock.withLock { ceilingValue = port } }
}
