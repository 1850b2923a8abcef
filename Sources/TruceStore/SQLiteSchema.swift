import GRDB
import TruceCore

/// The SQLite schema: migrations (never edit a shipped one; add the next) and the row mappings.
///
/// Instants are stored as integer seconds since the Unix epoch (UTC); enumerations as their raw values.
public enum SQLiteSchema {
    /// The migrations, in order.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-registers") { db in
            try db.execute(
                sql: """
                    CREATE TABLE agreement (
                        id TEXT PRIMARY KEY NOT NULL,
                        title TEXT NOT NULL,
                        time_zone TEXT NOT NULL,
                        source TEXT NOT NULL,
                        source_sha256 TEXT NOT NULL,
                        loaded_at INTEGER NOT NULL
                    );
                    CREATE TABLE agreement_revision (
                        id INTEGER PRIMARY KEY,
                        agreement_id TEXT NOT NULL REFERENCES agreement(id),
                        source TEXT NOT NULL,
                        source_sha256 TEXT NOT NULL,
                        loaded_at INTEGER NOT NULL
                    );
                    CREATE TABLE incident (
                        id INTEGER PRIMARY KEY,
                        agreement_id TEXT NOT NULL REFERENCES agreement(id),
                        state TEXT NOT NULL,
                        attributed_to TEXT,
                        attribution_confidence TEXT,
                        observed_at INTEGER NOT NULL,
                        time_precision TEXT NOT NULL,
                        latitude REAL NOT NULL,
                        longitude REAL NOT NULL,
                        precision_m INTEGER NOT NULL,
                        place_name TEXT,
                        category TEXT NOT NULL,
                        perpetrator_party TEXT,
                        perpetrator_text TEXT,
                        target_party TEXT,
                        target_text TEXT,
                        killed_low INTEGER,
                        killed_best INTEGER,
                        killed_high INTEGER,
                        injured_low INTEGER,
                        injured_best INTEGER,
                        injured_high INTEGER,
                        civilians_killed INTEGER,
                        civilians_injured INTEGER,
                        created_at INTEGER NOT NULL
                    );
                    CREATE INDEX incident_by_time ON incident(observed_at);
                    CREATE TABLE report (
                        id INTEGER PRIMARY KEY,
                        incident_id INTEGER NOT NULL REFERENCES incident(id) DEFERRABLE INITIALLY DEFERRED,
                        agreement_id TEXT NOT NULL REFERENCES agreement(id),
                        content_hash TEXT NOT NULL UNIQUE,
                        external_id TEXT,
                        source_kind TEXT NOT NULL,
                        reporter TEXT NOT NULL,
                        confidential INTEGER NOT NULL,
                        received_at INTEGER NOT NULL,
                        observed_at INTEGER NOT NULL,
                        time_precision TEXT NOT NULL,
                        latitude REAL NOT NULL,
                        longitude REAL NOT NULL,
                        precision_m INTEGER NOT NULL,
                        place_name TEXT,
                        category TEXT NOT NULL,
                        perpetrator_party TEXT,
                        perpetrator_text TEXT,
                        target_party TEXT,
                        target_text TEXT,
                        killed_low INTEGER,
                        killed_best INTEGER,
                        killed_high INTEGER,
                        injured_low INTEGER,
                        injured_best INTEGER,
                        injured_high INTEGER,
                        civilians_killed INTEGER,
                        civilians_injured INTEGER,
                        description TEXT NOT NULL,
                        language TEXT
                    );
                    CREATE INDEX report_by_incident ON report(incident_id);
                    CREATE TABLE evidence (
                        report_id INTEGER NOT NULL REFERENCES report(id),
                        position INTEGER NOT NULL,
                        sha256 TEXT NOT NULL,
                        media_type TEXT NOT NULL,
                        PRIMARY KEY (report_id, position)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v2-log") { db in
            try db.execute(sql: SQLiteSchema.logTables)
            // Each report row names the log entry that recorded it (its inclusion proof is one lookup away), so the
            // log needs no second index over the reports' random content hashes.
            try db.execute(sql: "ALTER TABLE report ADD COLUMN log_index INTEGER")
        }
        migrator.registerMigration("v3-workflow") { db in
            try db.execute(sql: SQLiteSchema.workflowTables)
            try IncidentExtent.rebuild(db)
        }
        migrator.registerMigration("v4-accounts") { db in
            try db.execute(sql: SQLiteSchema.accountTables)
        }
        migrator.registerMigration("v5-side-counts") { db in
            try db.execute(sql: SQLiteSchema.sideCountTables)
            try SideCounts.rebuild(db)
        }
        migrator.registerMigration("v6-talks") { db in
            try db.execute(sql: SQLiteSchema.talksTables)
        }
        migrator.registerMigration("v7-news") { db in
            try db.execute(sql: SQLiteSchema.newsTables)
        }
        return migrator
    }

    /// The verifiable log's tables (migration `v2-log`), also created alone by the log benchmark.
    ///
    /// `log_entry` holds each entry's exact leaf bytes by index. `log_node` holds the hashes of complete subtrees
    /// in chunks of 256 consecutive nodes of one level (8 KiB blobs, as C2SP tlog-tiles groups them), so an
    /// append writes about one new hash and a proof reads one chunk per level. `log_head` holds the size and the
    /// right edge (``CompactRange``) so an append never reads old nodes. `log_checkpoint` keeps every checkpoint
    /// ever signed (or, in a mirror, received) and `log_cosignature` the witnesses' lines for it.
    /// `log_secret` keeps the salts and values of confidential content, which the entries only commit to.
    public static let logTables = """
        CREATE TABLE IF NOT EXISTS log_entry (
            idx INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            subject TEXT,
            data BLOB NOT NULL
        );
        CREATE INDEX IF NOT EXISTS log_entry_by_subject ON log_entry(subject) WHERE subject IS NOT NULL;
        CREATE TABLE IF NOT EXISTS log_node (
            level INTEGER NOT NULL,
            chunk INTEGER NOT NULL,
            hashes BLOB NOT NULL,
            PRIMARY KEY (level, chunk)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS log_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            size INTEGER NOT NULL,
            edge BLOB NOT NULL
        );
        CREATE TABLE IF NOT EXISTS log_checkpoint (
            size INTEGER PRIMARY KEY,
            root BLOB NOT NULL,
            note TEXT NOT NULL,
            recorded_at INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS log_cosignature (
            size INTEGER NOT NULL REFERENCES log_checkpoint(size),
            name TEXT NOT NULL,
            line TEXT NOT NULL,
            recorded_at INTEGER NOT NULL,
            PRIMARY KEY (size, name)
        );
        CREATE TABLE IF NOT EXISTS log_secret (
            entry_idx INTEGER NOT NULL REFERENCES log_entry(idx),
            field TEXT NOT NULL,
            salt BLOB NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (entry_idx, field)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS log_identity (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            verifier_key TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS log_fork (
            id INTEGER PRIMARY KEY,
            detected_at INTEGER NOT NULL,
            report TEXT NOT NULL
        );
        """

    /// The `report` table's columns, in the order ``insertReport`` binds them.
    public static let reportColumns = [
        "incident_id", "agreement_id", "content_hash", "external_id", "source_kind", "reporter", "confidential",
        "received_at", "observed_at", "time_precision", "latitude", "longitude", "precision_m", "place_name",
        "category", "perpetrator_party", "perpetrator_text", "target_party", "target_text", "killed_low",
        "killed_best", "killed_high", "injured_low", "injured_best", "injured_high", "civilians_killed",
        "civilians_injured", "description", "language", "log_index",
    ]

    /// Inserts a report unless its content hash is already stored (then nothing changes).
    static let insertReport =
        "INSERT INTO report (" + reportColumns.joined(separator: ", ") + ") VALUES ("
        + reportColumns.map { _ in "?" }.joined(separator: ", ") + ") ON CONFLICT(content_hash) DO NOTHING"

    static let incidentColumns = [
        "id", "agreement_id", "state", "observed_at", "time_precision", "latitude", "longitude", "precision_m",
        "place_name", "category", "perpetrator_party", "perpetrator_text", "target_party", "target_text",
        "killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high", "civilians_killed",
        "civilians_injured", "created_at", "observed_end",
    ]

    static let insertIncident =
        "INSERT INTO incident (" + incidentColumns.joined(separator: ", ") + ") VALUES ("
        + incidentColumns.map { _ in "?" }.joined(separator: ", ") + ")"

    /// Binds a report's row in ``reportColumns`` order.
    static func bindReport(
        _ report: Report, hash: String, incidentID: Int64, receivedAt: Int64, logIndex: Int64, to row: inout some RowSink
    ) {
        row.bind(incidentID)
        row.bind(report.agreementID)
        row.bind(hash)
        row.bind(report.externalID)
        row.bind(report.source.kind.rawValue)
        row.bind(report.source.reporter)
        row.bind(report.source.confidential)
        row.bind(receivedAt)
        bindObservation(report, to: &row)
        row.bind(report.description)
        row.bind(report.language)
        row.bind(logIndex)
    }

    /// Binds the incident a single report opens, in ``incidentColumns`` order.
    static func bindIncident(_ report: Report, id: Int64, createdAt: Int64, to row: inout some RowSink) {
        row.bind(id)
        row.bind(report.agreementID)
        row.bind(VerificationState.reported.rawValue)
        bindObservation(report, to: &row)
        row.bind(createdAt)
        row.bind(report.observed.epochSeconds + Int64(report.observed.precision.windowSeconds))
    }

    /// Binds what a report observed, the run of columns `report` and `incident` share (from `observed_at` to
    /// `civilians_injured`).
    private static func bindObservation(_ report: Report, to row: inout some RowSink) {
        let c = report.casualties
        row.bind(report.observed.epochSeconds)
        row.bind(report.observed.precision.rawValue)
        row.bind(report.location.point.latitude)
        row.bind(report.location.point.longitude)
        row.bind(report.location.precisionMetres)
        row.bind(report.location.placeName)
        row.bind(report.category.rawValue)
        row.bind(report.perpetrator?.knownID)
        row.bind(report.perpetrator.flatMap(describedText))
        row.bind(report.target?.knownID)
        row.bind(report.target.flatMap(describedText))
        row.bind(c.killed?.low)
        row.bind(c.killed?.best)
        row.bind(c.killed?.high)
        row.bind(c.injured?.low)
        row.bind(c.injured?.best)
        row.bind(c.injured?.high)
        row.bind(c.civiliansKilled)
        row.bind(c.civiliansInjured)
    }

    private static func describedText(_ actor: ActorReference) -> String? {
        if case .described(let text) = actor { return text }
        return nil
    }

    static func actor(party: String?, text: String?) -> ActorReference? {
        if let party { return .known(id: party) }
        if let text { return .described(text) }
        return nil
    }

    static func incident(from row: Row) -> Incident {
        let killed: Estimate? =
            if let best: Int = row["killed_best"] {
                Estimate(low: row["killed_low"] ?? best, best: best, high: row["killed_high"] ?? best)
            } else { nil }
        let injured: Estimate? =
            if let best: Int = row["injured_best"] {
                Estimate(low: row["injured_low"] ?? best, best: best, high: row["injured_high"] ?? best)
            } else { nil }
        let attribution: Attribution =
            if let actor: String = row["attributed_to"],
                let confidence = AttributionConfidence(rawValue: row["attribution_confidence"] ?? "")
            {
                .attributed(actorID: actor, confidence: confidence)
            } else { .unattributed }
        let reportIDs = (row["report_ids"] as String? ?? "").split(separator: ",").compactMap { Int64($0) }
        let externalIDs = (row["external_ids"] as String? ?? "").split(separator: "\u{1F}").map(String.init)
        return Incident(
            id: row["id"], agreementID: row["agreement_id"],
            state: VerificationState(rawValue: row["state"]) ?? .reported, attribution: attribution,
            observed: ObservedTime(
                epochSeconds: row["observed_at"], precision: TimePrecision(rawValue: row["time_precision"]) ?? .day),
            location: Location(
                point: GeoPoint(latitude: row["latitude"], longitude: row["longitude"]),
                precisionMetres: row["precision_m"], placeName: row["place_name"]),
            category: ReportCategory(rawValue: row["category"]) ?? .other,
            perpetrator: actor(party: row["perpetrator_party"], text: row["perpetrator_text"]),
            target: actor(party: row["target_party"], text: row["target_text"]),
            casualties: Casualties(
                killed: killed, injured: injured, civiliansKilled: row["civilians_killed"],
                civiliansInjured: row["civilians_injured"]),
            reportIDs: reportIDs, externalIDs: externalIDs)
    }
}

extension SQLiteSchema {
    /// A report's `report` table row as text fields (`nil` for SQL NULL), in ``reportColumns`` order: what a
    /// CSV for another tool's import of the same rows holds.
    public static func reportRowText(_ report: Report, incidentID: Int64, receivedAt: Int64, logIndex: Int64) -> [String?] {
        var row = TextRow()
        bindReport(
            report, hash: report.contentHash, incidentID: incidentID, receivedAt: receivedAt, logIndex: logIndex, to: &row)
        return row.fields
    }
}
