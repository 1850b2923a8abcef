extension SQLiteSchema {
    /// Migration `v6-talks`: the talks around each agreement and the commitments' status steps recorded since.
    ///
    /// - `talks` keeps the current talks file of an agreement (its source, as `agreement` keeps the agreement's),
    ///   and `talks_revision` every version ever loaded, each naming the log entry that recorded it.
    /// - `commitment_step` keeps each status step recorded through the register after the file's own steps: the
    ///   status, the day it holds from, who assessed it in which role, why, the evidence, when it was recorded and
    ///   its log entry. Rows are only ever added.
    static let talksTables = """
        CREATE TABLE talks (
            agreement_id TEXT PRIMARY KEY REFERENCES agreement(id),
            file TEXT NOT NULL,
            source TEXT NOT NULL,
            source_sha256 TEXT NOT NULL,
            loaded_at INTEGER NOT NULL,
            log_index INTEGER NOT NULL
        );
        CREATE TABLE talks_revision (
            id INTEGER PRIMARY KEY,
            agreement_id TEXT NOT NULL REFERENCES agreement(id),
            file TEXT NOT NULL,
            source TEXT NOT NULL,
            source_sha256 TEXT NOT NULL,
            loaded_at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            log_index INTEGER NOT NULL
        );
        CREATE TABLE commitment_step (
            id INTEGER PRIMARY KEY,
            agreement_id TEXT NOT NULL REFERENCES agreement(id),
            commitment_id TEXT NOT NULL,
            status TEXT NOT NULL,
            at TEXT NOT NULL,
            assessor TEXT NOT NULL,
            role TEXT NOT NULL,
            reason TEXT,
            evidence TEXT NOT NULL,
            recorded_at INTEGER NOT NULL,
            log_index INTEGER NOT NULL
        );
        CREATE INDEX commitment_step_by_commitment ON commitment_step (agreement_id, commitment_id, id);
        """
}
