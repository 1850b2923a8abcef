import Foundation

/// What `wrk --latency` printed: requests per second and latency percentiles in milliseconds.
struct WrkResult {
    var requestsPerSecond: Double
    var p50: Double
    var p90: Double
    var p99: Double
    var non2xx: Int

    /// Parses wrk's report.
    init(output: String) throws {
        func milliseconds(_ text: Substring) -> Double? {
            let units: [(String, Double)] = [("us", 0.001), ("ms", 1), ("s", 1_000)]
            for (unit, factor) in units where text.hasSuffix(unit) {
                return Double(text.dropLast(unit.count)).map { $0 * factor }
            }
            return nil
        }
        var rate: Double?
        var percentiles: [String: Double] = [:]
        var non2xx = 0
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if line.hasPrefix("Requests/sec:"), let value = fields.last.flatMap({ Double($0) }) { rate = value }
            if fields.count == 2, ["50%", "90%", "99%"].contains(String(fields[0])), let value = milliseconds(fields[1]) {
                percentiles[String(fields[0])] = value
            }
            if line.contains("Non-2xx or 3xx responses:"), let value = fields.last.flatMap({ Int($0) }) { non2xx = value }
        }
        guard let rate, let p50 = percentiles["50%"], let p90 = percentiles["90%"], let p99 = percentiles["99%"] else {
            throw ChildProcessError(message: "could not read wrk's report:\n\(output)")
        }
        self.requestsPerSecond = rate
        self.p50 = p50
        self.p90 = p90
        self.p99 = p99
        self.non2xx = non2xx
    }
}
