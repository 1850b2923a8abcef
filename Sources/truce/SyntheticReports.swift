import Foundation
import TruceCore

/// Deterministic synthetic reports for benchmarks: spread over Syria and over 2017 in time order (as a
/// register's intake and event data sets such as UCDP's arrive), every field filled.
struct SyntheticReports {
    let agreement: Agreement
    let count: Int
    private let actors: [String]
    private let start: Int64

    init(agreement: Agreement, count: Int) {
        self.agreement = agreement
        self.count = count
        self.actors = agreement.allActors.map(\.id)
        self.start = TimestampParser(timeZone: agreement.timeZone).parse("2017-01-01")!.epochSeconds
    }

    /// The `index`-th report (the same every run).
    func report(_ index: Int) -> Report {
        var random = SplitMix64(seed: UInt64(index))
        let categories = ReportCategory.allCases
        let kinds = SourceKind.allCases
        let killedBest = Int(random.next() % 12)
        let killed = Estimate(low: killedBest / 2, best: killedBest, high: killedBest + Int(random.next() % 5))
        let injuredBest = Int(random.next() % 20)
        return Report(
            agreementID: agreement.id, externalID: "bench:\(index)",
            source: ReportSource(
                kind: kinds[Int(random.next() % UInt64(kinds.count))], reporter: "bench-reporter-\(random.next() % 200)"),
            observed: ObservedTime(
                epochSeconds: start + Int64(index) * 365 * 86_400 / Int64(count) + Int64(random.next() % 3_600),
                precision: .exact),
            location: Location(
                point: GeoPoint(latitude: 32.4 + random.unit() * 4.8, longitude: 35.8 + random.unit() * 6.4),
                precisionMetres: 500 + Int(random.next() % 5_000), placeName: "grid \(random.next() % 10_000)"),
            category: categories[Int(random.next() % UInt64(categories.count))],
            perpetrator: .known(id: actors[Int(random.next() % UInt64(actors.count))]),
            target: .described("target group \(random.next() % 50)"),
            casualties: Casualties(
                killed: killed, injured: Estimate(low: injuredBest, best: injuredBest, high: injuredBest + 3),
                civiliansKilled: killedBest / 3, civiliansInjured: injuredBest / 2),
            description: "Synthetic benchmark report \(index): observers recorded activity consistent with the category.",
            language: "en")
    }
}

/// A small, fast, seedable generator (SplitMix64) so benchmark data are the same on every machine.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
