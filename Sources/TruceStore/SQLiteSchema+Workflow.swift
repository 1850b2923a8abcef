extension SQLiteSchema {
    /// Migration `v3-workflow`: correlation, verification, attribution, adjudication and response.
    ///
    /// - `incident.observed_end` closes the union of its reports' observed windows; `merged_into` marks an incident
    ///   folded into another by hand; `zone_id` is the zone in force containing it, set by adjudication.
    /// - `report.counted` is 0 for a reporter's re-sent account of an incident it already reported
    ///   (`duplicate_of` names the first), which is kept but never counted twice.
    /// - `incident_extent` (an R*Tree of integers) holds each incident's time window and its place widened by its
    ///   precision, in microdegrees, so a new report finds the incidents near it in a few page reads.
    /// - `incident_event` is each incident's history: transitions, attributions, replies, merges, splits,
    ///   correlations and escalations, with who, when, why, the evidence and the log entry that records it.
    /// - `finding` holds the current findings of verified and published incidents, with the local day and zone
    ///   that `violation_day` counts them under.
    /// - `violation_day` counts incidents with a verified violation per agreement, zone (`''` for none), local day
    ///   and party, kept in step with `finding` in the same transactions, so compliance statistics read a few
    ///   hundred rows instead of grouping the incidents.
    /// - `escalation` follows a notice to a violating party through its reply, referral and decision.
    static let workflowTables = """
        ALTER TABLE incident ADD COLUMN observed_end INTEGER;
        UPDATE incident SET observed_end = observed_at + CASE time_precision
            WHEN 'exact' THEN 0 WHEN 'day' THEN 86400 WHEN 'week' THEN 604800 ELSE 2678400 END;
        ALTER TABLE incident ADD COLUMN merged_into INTEGER REFERENCES incident(id);
        ALTER TABLE incident ADD COLUMN zone_id TEXT;
        ALTER TABLE report ADD COLUMN counted INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE report ADD COLUMN duplicate_of INTEGER REFERENCES report(id);
        CREATE INDEX incident_by_state ON incident(state, observed_at);
        CREATE VIRTUAL TABLE incident_extent USING rtree_i32(id, start, end, min_lat, max_lat, min_lon, max_lon);
        CREATE TABLE incident_event (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incident(id),
            kind TEXT NOT NULL,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            role TEXT NOT NULL,
            from_state TEXT,
            to_state TEXT,
            reason TEXT,
            evidence TEXT NOT NULL DEFAULT '[]',
            detail TEXT NOT NULL DEFAULT '{}',
            log_index INTEGER
        );
        CREATE INDEX incident_event_by_incident ON incident_event(incident_id, id);
        CREATE TABLE finding (
            incident_id INTEGER NOT NULL REFERENCES incident(id),
            position INTEGER NOT NULL,
            violation INTEGER NOT NULL,
            reason TEXT NOT NULL,
            clause_id TEXT,
            zone_id TEXT,
            party_id TEXT,
            explanation TEXT NOT NULL,
            agreement_as_of INTEGER NOT NULL,
            day TEXT NOT NULL,
            area TEXT NOT NULL,
            PRIMARY KEY (incident_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX finding_by_party ON finding(party_id, day) WHERE violation = 1;
        CREATE TABLE violation_day (
            agreement_id TEXT NOT NULL,
            zone_id TEXT NOT NULL,
            day TEXT NOT NULL,
            party_id TEXT NOT NULL,
            incidents INTEGER NOT NULL,
            PRIMARY KEY (agreement_id, zone_id, day, party_id)
        ) WITHOUT ROWID;
        CREATE TABLE escalation (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incident(id),
            party_id TEXT NOT NULL,
            state TEXT NOT NULL,
            findings TEXT NOT NULL,
            notice_at INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            replied_at INTEGER,
            referred_at INTEGER,
            decision TEXT,
            decided_at INTEGER
        );
        CREATE INDEX escalation_by_incident ON escalation(incident_id);
        """
}
