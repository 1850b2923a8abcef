extension SQLiteSchema {
    /// Migration `v4-accounts`: users, API tokens, web sessions and idempotent POST answers.
    ///
    /// Secrets are never stored: `password_hash` is a bcrypt hash, tokens and session ids are stored as SHA-256
    /// hex. `idempotency` keeps, per account and `Idempotency-Key`, the request's hash and the answer, so a POST
    /// retried after a lost response is answered again without being applied twice.
    static let accountTables = """
        CREATE TABLE account (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL,
            party_id TEXT,
            password_hash TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE api_token (
            token_sha256 TEXT PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account(id),
            label TEXT NOT NULL,
            created_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE web_session (
            id_sha256 TEXT PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account(id),
            csrf TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE idempotency (
            account TEXT NOT NULL,
            key TEXT NOT NULL,
            request_sha256 TEXT NOT NULL,
            status INTEGER NOT NULL,
            content_type TEXT NOT NULL,
            body BLOB NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (account, key)
        ) WITHOUT ROWID;
        """
}

extension SQLiteSchema {
    /// Migration `v5-side-counts`: what each reporting side alleged and what of it was verified, per local day
    /// (`side_day`), and each incident's current part in it (`incident_side`), kept by ``SideCounts``; and an index
    /// of live incidents by agreement and time, which counts a period's incidents without reading their rows.
    static let sideCountTables = """
        CREATE TABLE incident_side (
            incident_id INTEGER NOT NULL,
            side TEXT NOT NULL,
            agreement_id TEXT NOT NULL,
            day TEXT NOT NULL,
            verified INTEGER NOT NULL,
            violations INTEGER NOT NULL,
            unfounded INTEGER NOT NULL,
            PRIMARY KEY (incident_id, side)
        ) WITHOUT ROWID;
        CREATE TABLE side_day (
            agreement_id TEXT NOT NULL,
            side TEXT NOT NULL,
            day TEXT NOT NULL,
            alleged INTEGER NOT NULL,
            verified INTEGER NOT NULL,
            violations INTEGER NOT NULL,
            unfounded INTEGER NOT NULL,
            PRIMARY KEY (agreement_id, day, side)
        ) WITHOUT ROWID;
        CREATE INDEX incident_live_by_time ON incident(agreement_id, observed_at) WHERE merged_into IS NULL;
        """
}
