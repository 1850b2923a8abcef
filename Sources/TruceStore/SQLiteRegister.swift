import Foundation
import GRDB
import TruceCore
import TruceLog

/// The embedded register: one SQLite file in WAL mode, owned by this type (GRDB's `DatabasePool`).
///
/// Opening migrates the schema (``SQLiteSchema``). Every write method is one transaction. Readers never block
/// the writer, so a mirror or a page can read while an import runs.
public final class SQLiteRegister: ReportRegister {
    /// The database.
    public let writer: DatabasePool
    /// The file.
    public let path: String
    /// The page cache per connection, in KiB (`PRAGMA cache_size`); benchmarks give their baseline the same.
    public static let cacheKiB = 65_536
    /// The memory-mapped read window per connection (`PRAGMA mmap_size`).
    public static let mmapBytes = 2_147_418_112

    /// Opens (creating if needed) the database file and migrates it.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // WAL with synchronous=NORMAL is durable against a process crash (kill -9): a commit is in the WAL
            // before it returns. Only a power loss can drop the last transactions, never corrupt the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A 64 MiB page cache keeps the hash index of a million reports mostly in memory during imports.
            try db.execute(sql: "PRAGMA cache_size = -\(SQLiteRegister.cacheKiB)")
            // Checkpoint the WAL into the database file every 64 MiB rather than every 4 MiB: an import's batches
            // touch pages all over the content-hash index, and each checkpoint rewrites (and syncs) every page
            // touched since the last one.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
            // Readers read through a memory map (up to 2 GiB of the file): a proof reads a few dozen scattered node
            // chunks, and mapped pages cost no system call each. The writer does not map the file, so an import's
            // memory stays its own (mapped pages would count as its resident memory).
            if db.configuration.readonly {
                try db.execute(sql: "PRAGMA mmap_size = \(SQLiteRegister.mmapBytes)")
            }
        }
        self.path = path
        self.writer = try DatabasePool(path: path, configuration: configuration)
        try SQLiteSchema.migrator.migrate(writer)
        writer.add(transactionObserver: ChangeClock.Observer(clock: changeClock), extent: .databaseLifetime)
    }

    /// Whether the register changed, cheaply (``changeVersion()``).
    let changeClock = ChangeClock()

    public func saveAgreement(_ agreement: Agreement, source: String, actor: String) async throws -> Bool {
        let digest = Array(source.utf8).sha256Hex
        let now = Int64(Date().timeIntervalSince1970)
        return try await writer.write { db in
            let current = try String.fetchOne(
                db, sql: "SELECT source_sha256 FROM agreement WHERE id = ?", arguments: [agreement.id])
            if current == digest { return false }
            try db.execute(
                sql: """
                    INSERT INTO agreement (id, title, time_zone, source, source_sha256, loaded_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET title = excluded.title, time_zone = excluded.time_zone,
                        source = excluded.source, source_sha256 = excluded.source_sha256, loaded_at = excluded.loaded_at
                    """,
                arguments: [agreement.id, agreement.title, agreement.timeZone.identifier, source, digest, now])
            try db.execute(
                sql: "INSERT INTO agreement_revision (agreement_id, source, source_sha256, loaded_at) VALUES (?, ?, ?, ?)",
                arguments: [agreement.id, source, digest, now])
            var log = try LogAppender(db)
            try log.append(
                LogEntry(
                    type: current == nil ? "agreement.loaded" : "agreement.amended",
                    time: CivilTime.iso8601UTC(now), actor: actor,
                    content: .object([
                        "agreement": .object([
                            "id": .string(agreement.id), "title": .string(agreement.title),
                            "source_sha256": .string(digest), "source": .string(source),
                        ])
                    ]),
                    subject: "agreement:\(agreement.id)"
                ).prepared)
            // An amendment can add a zone, a clause or a party: every adjudicated incident is looked at again.
            if current != nil {
                try Adjudication.refreshAll(agreement: agreement.id, in: db, log: &log, actor: actor)
            }
            try log.finish()
            return true
        }
    }

    public func agreementSources() async throws -> [StoredAgreementSource] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, source FROM agreement ORDER BY id").map {
                StoredAgreementSource(id: $0["id"], source: $0["source"])
            }
        }
    }

    /// The verifiable log in the same file.
    public var log: SQLiteLog { SQLiteLog(writer: writer, cache: nodeCache) }

    /// The log's upper-level node chunks, shared by every proof this register serves.
    private let nodeCache = NodeChunkCache()

    public func register(_ submissions: [ReportSubmission]) async throws -> RegistrationOutcome {
        // This path writes the rows a report's references point to itself (its incident, its evidence) and checks
        // its agreement once per batch, so SQLite's per-row foreign-key lookups (a tenth of an import's time) are
        // switched off for the transaction. `PRAGMA foreign_keys` only takes effect outside a transaction.
        return try await writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            var outcome = RegistrationOutcome(registered: [], duplicates: 0)
            try db.inTransaction {
                outcome = try SQLiteRegister.register(submissions, in: db)
                return .commit
            }
            return outcome
        }
    }

    static func register(
        _ submissions: [ReportSubmission], in db: Database, settings: CorrelationSettings = CorrelationSettings()
    ) throws -> RegistrationOutcome {
        let insertIncident = try db.cachedStatement(sql: SQLiteSchema.insertIncident)
        let insertReport = try db.cachedStatement(sql: SQLiteSchema.insertReport)
        let insertEvidence = try db.cachedStatement(
            sql: "INSERT INTO evidence (report_id, position, sha256, media_type) VALUES (?, ?, ?, ?)")
        for agreementID in Set(submissions.map(\.report.agreementID)) {
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM agreement WHERE id = ?", arguments: [agreementID]) == true
            else {
                throw DatabaseError(
                    resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY, message: "no agreement '\(agreementID)' in the register")
            }
        }
        // A report row goes first, naming the next incident ahead (the foreign key is checked at commit), so that a
        // duplicate costs one index probe and writes nothing. Correlation then decides: the report opens that
        // incident, joins one near it (found through the incident_extent R*Tree and seeded into the correlator),
        // or is its reporter's re-sent account of one.
        var timeZones: [String: TimeZone] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, time_zone FROM agreement") {
            timeZones[row["id"]] = TimeZone(identifier: row["time_zone"]) ?? TimeZone(identifier: "UTC")!
        }
        var nextIncident = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM incident") ?? 0) + 1
        var outcome = RegistrationOutcome(registered: [], duplicates: 0)
        outcome.registered.reserveCapacity(submissions.count)
        var correlator = Correlator(settings: settings, grid: false)
        var incidentAt: [Int64] = []
        var position: [Int64: Int] = [:]
        var touched = Set<Int64>()
        var log = try LogAppender(db)
        for submission in submissions {
            let report = submission.report
            var reportRow = RowBinder(insertReport, in: db)
            SQLiteSchema.bindReport(
                report, hash: submission.contentHash, incidentID: nextIncident, receivedAt: submission.receivedAt,
                logIndex: Int64(log.size), to: &reportRow)
            guard try reportRow.step() == 1 else {
                outcome.duplicates += 1
                continue
            }
            let reportID = db.lastInsertedRowID
            for (index, item) in report.evidence.enumerated() {
                try insertEvidence.execute(arguments: [reportID, index, item.sha256, item.mediaType])
            }
            try log.append(submission.entry)
            let observation = ReportObservation(reportID: reportID, report: report, contentHash: submission.contentHash)
            let reach = IncidentExtent(
                start: observation.start - settings.maximumGapSeconds,
                end: observation.start + observation.window + settings.maximumGapSeconds, point: observation.point,
                radiusMetres: settings.maximumDistanceMetres + Double(observation.precisionMetres))
            var candidates: [Int] = []
            for id in try reach.overlapping(in: db) {
                if let known = position[id] {
                    candidates.append(known)
                } else if let cluster = try IncidentSummary.cluster(incident: id, in: db) {
                    let index = correlator.seed(cluster)
                    position[id] = index
                    incidentAt.append(id)
                    candidates.append(index)
                }
            }
            let decision = correlator.add(observation, among: candidates)
            switch decision {
            case .opened(let index):
                assert(index == incidentAt.count)
                incidentAt.append(nextIncident)
                position[nextIncident] = index
                var incidentRow = RowBinder(insertIncident, in: db)
                SQLiteSchema.bindIncident(report, id: nextIncident, createdAt: submission.receivedAt, to: &incidentRow)
                _ = try incidentRow.step()
                try IncidentExtent(
                    start: observation.start, end: observation.start + observation.window, point: observation.point,
                    radiusMetres: Double(observation.precisionMetres)
                ).store(incident: nextIncident, in: db)
                try SideCounts.opened(
                    incident: nextIncident, report: report, timeZone: timeZones[report.agreementID] ?? .current, in: db)
                outcome.registered.append((reportID, nextIncident))
                outcome.placements.append(.opened)
                nextIncident += 1
            case .joined(let index, let score):
                let incident = incidentAt[index]
                try db.cachedStatement(sql: "UPDATE report SET incident_id = ? WHERE id = ?").execute(arguments: [
                    incident, reportID,
                ])
                try IncidentSummary.refresh(incident: incident, in: db)
                try SideCounts.refresh(incident: incident, timeZone: timeZones[report.agreementID] ?? .current, in: db)
                try IncidentHistory.recordCorrelation(
                    report: reportID, hash: submission.contentHash, incident: incident, decision: decision,
                    actor: submission.actor, at: submission.receivedAt, in: db, log: &log)
                touched.insert(incident)
                outcome.registered.append((reportID, incident))
                outcome.placements.append(.joined(score))
            case .duplicate(let index, let first):
                let incident = incidentAt[index]
                try db.cachedStatement(sql: "UPDATE report SET incident_id = ?, counted = 0, duplicate_of = ? WHERE id = ?")
                    .execute(arguments: [incident, first, reportID])
                try IncidentHistory.recordCorrelation(
                    report: reportID, hash: submission.contentHash, incident: incident, decision: decision,
                    actor: submission.actor, at: submission.receivedAt, in: db, log: &log)
                outcome.registered.append((reportID, incident))
                outcome.placements.append(.resent(of: first))
            }
        }
        // A report that joins a verified incident can move its estimate (its place, its perpetrator): adjudicate
        // those again.
        for incident in touched.sorted() {
            try Adjudication.refresh(incident: incident, in: db, log: &log, actor: "correlation")
        }
        try log.finish()
        return outcome
    }

    /// The `WHERE` conditions of a query's filters over `incident i` (cursor and limit apart), shared by the
    /// listing and the count.
    static func conditions(_ query: IncidentQuery) -> (conditions: [String], arguments: StatementArguments) {
        var conditions = ["i.merged_into IS NULL"]
        var arguments = StatementArguments()
        if let agreement = query.agreementID {
            // With a state filter, the (state, time) index is the selective one: the unary + keeps the planner off
            // the (agreement, time) index for this condition.
            conditions.append(query.states.isEmpty ? "i.agreement_id = ?" : "+i.agreement_id = ?")
            arguments += [agreement]
        }
        if let from = query.from {
            conditions.append("i.observed_at >= ?")
            arguments += [from]
        }
        if let until = query.until {
            conditions.append("i.observed_at < ?")
            arguments += [until]
        }
        if !query.categories.isEmpty {
            conditions.append("i.category IN (" + query.categories.map { _ in "?" }.joined(separator: ",") + ")")
            arguments += StatementArguments(query.categories.map(\.rawValue))
        }
        if let actor = query.actorID {
            conditions.append("(i.perpetrator_party = ? OR i.target_party = ?)")
            arguments += [actor, actor]
        }
        if !query.states.isEmpty {
            conditions.append("i.state IN (" + query.states.map { _ in "?" }.joined(separator: ",") + ")")
            arguments += StatementArguments(query.states.map(\.rawValue))
        }
        if let party = query.visibleToParty {
            conditions.append(
                """
                (i.state = 'published' OR i.perpetrator_party = ? OR i.attributed_to = ?
                    OR EXISTS (SELECT 1 FROM report p WHERE p.incident_id = i.id AND p.source_kind = 'party' AND p.reporter = ?))
                """)
            arguments += [party, party, party]
        }
        if let box = query.within {
            conditions.append("i.latitude BETWEEN ? AND ? AND i.longitude BETWEEN ? AND ?")
            arguments += [box.minLatitude, box.maxLatitude, box.minLongitude, box.maxLongitude]
        }
        return (conditions, arguments)
    }

    public func incidents(_ query: IncidentQuery) async throws -> [Incident] {
        try await writer.read { db in
            var (conditions, arguments) = Self.conditions(query)
            if let after = query.after {
                conditions.append("(i.observed_at, i.id) > (?, ?)")
                arguments += [after.observedAt, after.id]
            }
            // The incidents are ordered and limited first (the time index answers that), then each one's reports
            // are gathered through the report index, so a page of a large register reads only its own rows.
            var sql =
                query.withoutReports
                ? "SELECT i.*, '' AS report_ids, '' AS external_ids FROM incident i"
                : """
                SELECT i.*,
                    (SELECT group_concat(r.id) FROM report r WHERE r.incident_id = i.id) AS report_ids,
                    (SELECT group_concat(r.external_id, char(31)) FROM report r WHERE r.incident_id = i.id) AS external_ids
                FROM incident i
                """
            sql += " WHERE " + conditions.joined(separator: " AND ")
            sql += query.newestFirst ? " ORDER BY i.observed_at DESC, i.id DESC" : " ORDER BY i.observed_at, i.id"
            if let limit = query.limit {
                sql += " LIMIT ?"
                arguments += [limit]
            }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(SQLiteSchema.incident(from:))
        }
    }

    /// How many incidents match a query's stored columns (its limit and cursor ignored).
    public func countIncidents(_ query: IncidentQuery) async throws -> Int {
        let (conditions, arguments) = Self.conditions(query)
        return try await writer.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM incident i WHERE " + conditions.joined(separator: " AND "), arguments: arguments)
                ?? 0
        }
    }

    public func counts() async throws -> RegisterCounts {
        try await writer.read { db in
            RegisterCounts(
                agreements: try Int.fetchOne(db, sql: "SELECT count(*) FROM agreement") ?? 0,
                reports: try Int.fetchOne(db, sql: "SELECT count(*) FROM report") ?? 0,
                incidents: try Int.fetchOne(db, sql: "SELECT count(*) FROM incident") ?? 0)
        }
    }
}
