import Foundation

/// Groups reports into incidents: a new report joins the best-scoring incident close to it in time and space
/// (windows widened by each side's time and place precision) and compatible in category and actors, or opens a
/// new incident; the same report sent twice, or the same reporter re-sending its account, is recognised and never
/// counted twice.
///
/// Candidates come from a grid over (time bucket, latitude cell, longitude cell), so adding a report costs a
/// bounded number of lookups and a million reports correlate in seconds. The score is explainable
/// (``CorrelationScore``).
public struct Correlator: Sendable {
    /// The thresholds.
    public let settings: CorrelationSettings

    /// An incident as correlation sees it.
    public struct Cluster: Sendable, Hashable {
        /// The union of its reports' observed windows.
        public var start: Int64
        /// The end of that union.
        public var end: Int64
        /// The mean position of its reports.
        public var point: GeoPoint
        /// The finest place precision among its reports, in metres.
        public var precisionMetres: Int
        /// The category of its first report.
        public var category: ReportCategory
        /// The perpetrator named by its reports, if exactly one is named.
        public var perpetrator: String?
        /// Its reports, in arrival order (a reporter's re-sent accounts included).
        public var reportIDs: [Int64]
        /// The reports that count (one per reporter).
        public var countedReportIDs: [Int64]
        /// The first report of each reporter.
        public var reporters: [String: Int64]
        /// The catalogue id of each reporter's first report, where it has one.
        public var catalogueIDs: [String: String]

        /// A cluster (an incident already registered, when seeding).
        public init(
            start: Int64, end: Int64, point: GeoPoint, precisionMetres: Int, category: ReportCategory,
            perpetrator: String?, reportIDs: [Int64], countedReportIDs: [Int64], reporters: [String: Int64],
            catalogueIDs: [String: String]
        ) {
            self.start = start
            self.end = end
            self.point = point
            self.precisionMetres = precisionMetres
            self.category = category
            self.perpetrator = perpetrator
            self.reportIDs = reportIDs
            self.countedReportIDs = countedReportIDs
            self.reporters = reporters
            self.catalogueIDs = catalogueIDs
        }

        /// Whether a report from this reporter with this catalogue id is another entry of the same catalogue (a
        /// different event), which never joins.
        func isOtherCatalogueEntry(reporter: String, id: String?) -> Bool {
            guard let id, let mine = catalogueIDs[reporter] else { return false }
            return mine != id
        }
    }

    /// The incidents, by position.
    public private(set) var clusters: [Cluster] = []
    private var byContentHash: [String: (cluster: Int, report: Int64)] = [:]
    /// Candidate lookup for recent time buckets (the ones new reports mostly need).
    private var grid: [Cell: [Int]] = [:]
    /// Buckets older than ``recentFrom``, moved out of `grid` so that its working set stays the size of the
    /// recent past; still searched for reports that arrive late.
    private var older: [Cell: [Int]] = [:]
    private var recentFrom = Int64.min
    private var latestBucket = Int64.min
    private var longestWindow: Int64 = 0
    private var added = 0
    private var largestPrecision = 0

    private struct Cell: Hashable {
        var bucket: Int64
        var latitude: Int32
        var longitude: Int32
    }

    private static let metresPerDegree = 111_195.0

    /// Whether incidents are indexed in the grid (off when a register finds candidates with its own index).
    private let usesGrid: Bool

    /// An empty correlator; `grid: false` for one that is only given candidates (``add(_:among:)``).
    public init(settings: CorrelationSettings = CorrelationSettings(), grid: Bool = true) {
        self.settings = settings
        self.usesGrid = grid
    }

    /// Correlates one report, finding its candidates in the grid.
    public mutating func add(_ report: ReportObservation) -> CorrelationDecision {
        added += 1
        longestWindow = max(longestWindow, report.window)
        latestBucket = max(latestBucket, buckets(from: report.start, to: report.start).lowerBound)
        if added % settings.retireEvery == 0 { retireOldBuckets() }
        if let seen = byContentHash[report.contentHash] {
            // The same report again: the register does not even store it, and nothing changes here.
            return .duplicate(incident: seen.cluster, of: seen.report)
        }
        return decide(report, among: candidates(for: report))
    }

    /// Correlates one report against candidates found elsewhere (a register's spatial index gives the positions of
    /// the incidents it seeded), without the grid search.
    public mutating func add(_ report: ReportObservation, among candidates: [Int]) -> CorrelationDecision {
        if let seen = byContentHash[report.contentHash] {
            return .duplicate(incident: seen.cluster, of: seen.report)
        }
        return decide(report, among: candidates)
    }

    private mutating func decide(_ report: ReportObservation, among candidates: [Int]) -> CorrelationDecision {
        var best: (cluster: Int, score: CorrelationScore)?
        for candidate in candidates
        where !clusters[candidate].isOtherCatalogueEntry(reporter: report.reporter, id: report.externalID) {
            let score = self.score(report, against: clusters[candidate])
            guard score.total >= settings.threshold else { continue }
            if best == nil || score.total > best!.score.total { best = (candidate, score) }
        }
        guard let (index, score) = best else {
            return .opened(incident: open(report))
        }
        byContentHash[report.contentHash] = (index, report.reportID)
        clusters[index].reportIDs.append(report.reportID)
        if let first = clusters[index].reporters[report.reporter] {
            return .duplicate(incident: index, of: first)
        }
        join(report, to: index)
        return .joined(incident: index, score: score)
    }

    /// The explainable score of a report against an incident.
    public func score(_ report: ReportObservation, against cluster: Cluster) -> CorrelationScore {
        let gap = max(0, max(cluster.start, report.start) - min(cluster.end, report.start + report.window))
        let time = gap >= settings.maximumGapSeconds ? 0 : 1 - Double(gap) / Double(settings.maximumGapSeconds)
        let excess = max(
            0, Self.distance(cluster.point, report.point) - Double(cluster.precisionMetres + report.precisionMetres))
        let place = excess >= settings.maximumDistanceMetres ? 0 : 1 - excess / settings.maximumDistanceMetres
        let category: Double =
            cluster.category == report.category
            ? 1 : (Self.kinetic.contains(cluster.category) && Self.kinetic.contains(report.category) ? 0.5 : 0)
        let actors: Double =
            switch (cluster.perpetrator, report.perpetrator) {
            case (let a?, let b?): a == b ? 1 : 0
            default: 0.5
            }
        let weights = settings.weights
        let total =
            time == 0 || place == 0 || category == 0
            ? 0
            : weights.time * time + weights.place * place + weights.category * category + weights.actors * actors
        return CorrelationScore(time: time, place: place, category: category, actors: actors, total: total)
    }

    /// Acts of violence that reports of one event may name differently (a shelling reported as an air strike).
    static let kinetic: Set<ReportCategory> = [
        .airStrike, .shelling, .armedClash, .smallArmsFire, .explosiveDevice, .attackOnCivilians,
    ]

    private func cellSize() -> Double { settings.maximumDistanceMetres / Self.metresPerDegree }

    private func cell(bucket: Int64, point: GeoPoint) -> Cell {
        let size = cellSize()
        return Cell(
            bucket: bucket, latitude: Int32((point.latitude / size).rounded(.down)),
            longitude: Int32((point.longitude / size).rounded(.down)))
    }

    private func buckets(from start: Int64, to end: Int64) -> ClosedRange<Int64> {
        let width = max(settings.maximumGapSeconds, 1)
        return Int64((Double(start) / Double(width)).rounded(.down))...Int64((Double(end) / Double(width)).rounded(.down))
    }

    private func candidates(for report: ReportObservation) -> [Int] {
        let reach = settings.maximumDistanceMetres + Double(report.precisionMetres + largestPrecision)
        let size = cellSize()
        let latitudeCells = Int32((reach / Self.metresPerDegree / size).rounded(.up)) + 1
        let shrink = max(cos(report.point.latitude * .pi / 180), 0.05)
        let longitudeCells = Int32((reach / (Self.metresPerDegree * shrink) / size).rounded(.up)) + 1
        let center = cell(bucket: 0, point: report.point)
        var found: [Int] = []
        var seen = Set<Int>()
        for bucket in buckets(
            from: report.start - settings.maximumGapSeconds, to: report.start + report.window + settings.maximumGapSeconds)
        {
            for latitude in (center.latitude - latitudeCells)...(center.latitude + latitudeCells) {
                for longitude in (center.longitude - longitudeCells)...(center.longitude + longitudeCells) {
                    let key = Cell(bucket: bucket, latitude: latitude, longitude: longitude)
                    guard let members = bucket >= recentFrom ? grid[key] : older[key] else { continue }
                    for member in members where seen.insert(member).inserted { found.append(member) }
                }
            }
        }
        return found
    }

    private mutating func open(_ report: ReportObservation) -> Int {
        let index = clusters.count
        clusters.append(
            Cluster(
                start: report.start, end: report.start + report.window, point: report.point,
                precisionMetres: report.precisionMetres, category: report.category, perpetrator: report.perpetrator,
                reportIDs: [report.reportID], countedReportIDs: [report.reportID],
                reporters: [report.reporter: report.reportID],
                catalogueIDs: report.externalID.map { [report.reporter: $0] } ?? [:]))
        byContentHash[report.contentHash] = (index, report.reportID)
        largestPrecision = max(largestPrecision, report.precisionMetres)
        self.index(cluster: index, from: report.start, to: report.start + report.window)
        return index
    }

    /// Adds an incident registered earlier (a register seeds the ones near new reports), returning its position.
    public mutating func seed(_ cluster: Cluster) -> Int {
        let index = clusters.count
        clusters.append(cluster)
        largestPrecision = max(largestPrecision, cluster.precisionMetres)
        latestBucket = max(latestBucket, buckets(from: cluster.start, to: cluster.start).lowerBound)
        longestWindow = max(longestWindow, cluster.end - cluster.start)
        self.index(cluster: index, from: cluster.start, to: cluster.end)
        return index
    }

    private mutating func join(_ report: ReportObservation, to index: Int) {
        var cluster = clusters[index]
        let count = Double(cluster.countedReportIDs.count)
        cluster.point = GeoPoint(
            latitude: (cluster.point.latitude * count + report.point.latitude) / (count + 1),
            longitude: (cluster.point.longitude * count + report.point.longitude) / (count + 1))
        cluster.precisionMetres = min(cluster.precisionMetres, report.precisionMetres)
        if cluster.perpetrator != report.perpetrator { cluster.perpetrator = cluster.perpetrator ?? report.perpetrator }
        cluster.countedReportIDs.append(report.reportID)
        cluster.reporters[report.reporter] = report.reportID
        if let id = report.externalID, cluster.catalogueIDs[report.reporter] == nil {
            cluster.catalogueIDs[report.reporter] = id
        }
        let (oldStart, oldEnd) = (cluster.start, cluster.end)
        cluster.start = min(cluster.start, report.start)
        cluster.end = max(cluster.end, report.start + report.window)
        clusters[index] = cluster
        if cluster.start < oldStart || cluster.end > oldEnd { self.index(cluster: index, from: cluster.start, to: cluster.end) }
    }

    private mutating func index(cluster index: Int, from start: Int64, to end: Int64) {
        guard usesGrid else { return }
        let point = clusters[index].point
        for bucket in buckets(from: start, to: end) {
            let key = cell(bucket: bucket, point: point)
            if bucket >= recentFrom {
                if grid[key]?.contains(index) == true { continue }
                grid[key, default: []].append(index)
            } else {
                if older[key]?.contains(index) == true { continue }
                older[key, default: []].append(index)
            }
        }
    }

    /// Moves the buckets that reports around the latest time can no longer reach (beyond the longest window and
    /// twice the maximum gap) out of the recent grid. Reports usually arrive roughly in time order, so lookups stay
    /// in a working set the size of the recent past; a late report still finds the older buckets.
    private mutating func retireOldBuckets() {
        let width = max(settings.maximumGapSeconds, 1)
        let boundary = latestBucket - (longestWindow + 2 * settings.maximumGapSeconds) / width - 2
        guard boundary > recentFrom else { return }
        for (key, members) in grid where key.bucket < boundary {
            older[key] = members
            grid[key] = nil
        }
        recentFrom = boundary
    }

    /// The great-circle distance in metres (haversine, mean Earth radius).
    public static func distance(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians
        let dLon = (b.longitude - a.longitude) * radians
        let h =
            sin(dLat / 2) * sin(dLat / 2) + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLon / 2)
            * sin(dLon / 2)
        return 2 * 6_371_008.8 * asin(min(1, sqrt(h)))
    }
}
