import Foundation
import Testing
import TruceCore

@Suite("Correlation of reports into incidents")
struct CorrelatorTests {
    /// 12 July 2017, 10:00 Damascus time.
    static let morning: Int64 = 1_499_842_800

    static func report(
        _ id: Int64, minutes: Int64, north metres: Double, category: ReportCategory = .shelling, by perpetrator: String?,
        reporter: String, hash: String? = nil
    ) -> ReportObservation {
        // Douma, moved north by `metres`.
        ReportObservation(
            reportID: id, contentHash: hash ?? "hash-\(id)", start: morning + minutes * 60, window: 0,
            point: GeoPoint(latitude: 33.5719 + metres / 111_195, longitude: 36.4025), precisionMetres: 100,
            category: category, perpetrator: perpetrator, reporter: reporter)
    }

    @Test("three reports of one shelling from three sides, 20 minutes and 2 km apart, become one incident")
    func oneShellingThreeSides() {
        var correlator = Correlator()
        let monitor = correlator.add(Self.report(1, minutes: 0, north: 0, by: nil, reporter: "monitor:team-damascus-2"))
        let opposition = correlator.add(
            Self.report(2, minutes: 20, north: 2_000, by: "syrian-government", reporter: "party:armed-opposition"))
        let media = correlator.add(
            Self.report(3, minutes: 10, north: 1_000, category: .airStrike, by: "syrian-government", reporter: "media:sana"))
        #expect(monitor == .opened(incident: 0))
        guard case .joined(0, let score) = opposition, case .joined(0, let mediaScore) = media else {
            Issue.record("expected both to join incident 0: \(opposition), \(media)")
            return
        }
        #expect(correlator.clusters.count == 1)
        #expect(correlator.clusters[0].countedReportIDs == [1, 2, 3])
        // The score says why: 20 minutes of a 6-hour reach, 1.8 km beyond both precisions of a 10 km reach, the same
        // act; the air strike is a related act.
        #expect(score.place > 0.8 && score.place < 0.85 && score.category == 1 && score.time > 0.9)
        #expect(mediaScore.category == 0.5)
        #expect(score.explanation.hasPrefix("time "), "\(score.explanation)")
    }

    @Test("two shellings 40 km apart at the same time stay two incidents")
    func fortyKilometresApart() {
        var correlator = Correlator()
        _ = correlator.add(Self.report(1, minutes: 0, north: 0, by: "syrian-government", reporter: "monitor:a"))
        let far = correlator.add(Self.report(2, minutes: 0, north: 40_000, by: "syrian-government", reporter: "monitor:b"))
        #expect(far == .opened(incident: 1))
        #expect(
            correlator.score(Self.report(3, minutes: 0, north: 40_000, by: nil, reporter: "x"), against: correlator.clusters[0])
                .place == 0)
    }

    @Test("re-sending a report, or the same reporter re-sending its account, changes no count")
    func resending() {
        var correlator = Correlator()
        _ = correlator.add(Self.report(1, minutes: 0, north: 0, by: nil, reporter: "monitor:team-1"))
        _ = correlator.add(Self.report(2, minutes: 15, north: 500, by: "syrian-government", reporter: "party:armed-opposition"))
        let before = correlator.clusters
        // The same report again (same content hash).
        let again = correlator.add(
            Self.report(9, minutes: 15, north: 500, by: "syrian-government", reporter: "party:armed-opposition", hash: "hash-2"))
        #expect(again == .duplicate(incident: 0, of: 2))
        #expect(correlator.clusters == before)
        // The same reporter re-sending a corrected account (another hash): kept, never counted twice.
        let resent = correlator.add(
            Self.report(10, minutes: 16, north: 600, by: "syrian-government", reporter: "party:armed-opposition"))
        #expect(resent == .duplicate(incident: 0, of: 2))
        #expect(correlator.clusters[0].countedReportIDs == [1, 2])
        #expect(correlator.clusters[0].reportIDs == [1, 2, 10])
    }

    @Test("unrelated acts, or accounts hours apart, open their own incidents")
    func unrelated() {
        var correlator = Correlator()
        _ = correlator.add(Self.report(1, minutes: 0, north: 0, by: nil, reporter: "monitor:a"))
        let obstruction = correlator.add(
            Self.report(2, minutes: 5, north: 0, category: .humanitarianObstruction, by: nil, reporter: "monitor:b"))
        let nextDay = correlator.add(Self.report(3, minutes: 24 * 60, north: 0, by: nil, reporter: "monitor:c"))
        #expect(obstruction == .opened(incident: 1))
        #expect(nextDay == .opened(incident: 2))
    }

    @Test("the time and place factors fall with the gap and the distance")
    func factorsFall() {
        var correlator = Correlator()
        _ = correlator.add(Self.report(1, minutes: 0, north: 0, by: nil, reporter: "monitor:a"))
        let cluster = correlator.clusters[0]
        let near = correlator.score(Self.report(2, minutes: 30, north: 3_000, by: nil, reporter: "b"), against: cluster)
        let farther = correlator.score(Self.report(3, minutes: 180, north: 8_000, by: nil, reporter: "c"), against: cluster)
        #expect(near.time > farther.time && near.place > farther.place && near.total > farther.total)
        #expect(
            abs(
                Correlator.distance(GeoPoint(latitude: 33.5, longitude: 36.3), GeoPoint(latitude: 34.5, longitude: 36.3))
                    - 111_195) < 100)
    }

    @Test("a report that arrives late, after its time buckets left the recent grid, still joins its incident")
    func lateReport() {
        var correlator = Correlator(settings: CorrelationSettings(retireEvery: 10))
        _ = correlator.add(Self.report(1, minutes: 0, north: 0, by: nil, reporter: "monitor:a"))
        // Forty reports over the following weeks, far away, move the first day's buckets out.
        for day in 1...40 {
            _ = correlator.add(
                Self.report(Int64(100 + day), minutes: Int64(day) * 24 * 60, north: 200_000, by: nil, reporter: "m:\(day)"))
        }
        let late = correlator.add(Self.report(2, minutes: 10, north: 1_000, by: "syrian-government", reporter: "party:x"))
        guard case .joined(0, _) = late else {
            Issue.record("the late report did not join incident 0: \(late)")
            return
        }
        #expect(correlator.clusters[0].countedReportIDs == [1, 2])
    }
}

@Suite("Correlation against a register's candidates")
struct CorrelatorCandidateTests {
    static func observation(
        _ id: Int64, reporter: String, minutes: Int64, external: String? = nil, latitude: Double = 33.5719
    ) -> ReportObservation {
        ReportObservation(
            reportID: id, contentHash: "h\(id)", start: 1_500_000_000 + minutes * 60, window: 0,
            point: GeoPoint(latitude: latitude, longitude: 36.4025), precisionMetres: 500, category: .shelling,
            perpetrator: "syrian-government", reporter: reporter, externalID: external)
    }

    @Test("a seeded incident is joined when given as a candidate, and only then")
    func seeded() {
        var correlator = Correlator(grid: false)
        let index = correlator.seed(
            Correlator.Cluster(
                start: 1_500_000_000, end: 1_500_000_000, point: GeoPoint(latitude: 33.5719, longitude: 36.4025),
                precisionMetres: 500, category: .shelling, perpetrator: "syrian-government", reportIDs: [1],
                countedReportIDs: [1], reporters: ["monitor:a": 1], catalogueIDs: [:]))
        let report = Self.observation(2, reporter: "media:b", minutes: 10)
        guard case .opened = correlator.add(report, among: []) else {
            Issue.record("without candidates a report opens an incident")
            return
        }
        var again = Correlator(grid: false)
        _ = again.seed(correlator.clusters[index])
        guard case .joined(let joined, let score) = again.add(Self.observation(3, reporter: "media:b", minutes: 10), among: [0])
        else {
            Issue.record("the candidate was not joined")
            return
        }
        #expect(joined == 0)
        #expect(score.total > 0.9)
    }

    @Test("two entries of one catalogue never join; the same entry re-sent is a duplicate")
    func catalogue() {
        var correlator = Correlator()
        _ = correlator.add(Self.observation(1, reporter: "media:ucdp", minutes: 0, external: "ucdp:1"))
        guard case .opened = correlator.add(Self.observation(2, reporter: "media:ucdp", minutes: 5, external: "ucdp:2"))
        else {
            Issue.record("a second catalogue entry joined the first")
            return
        }
        guard
            case .duplicate(_, let first) = correlator.add(
                Self.observation(3, reporter: "media:ucdp", minutes: 5, external: "ucdp:1"))
        else {
            Issue.record("a re-sent catalogue entry was not recognised")
            return
        }
        #expect(first == 1)
    }
}
