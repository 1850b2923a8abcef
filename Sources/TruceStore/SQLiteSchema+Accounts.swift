extension SQLiteSchema {
    /// Migration `v4-accounts`: users, API tokens, web sessions and idempotent POST answers.
    ///
    /// Secrets are never stored: `password_hash` is a bcrypt hash, tokens and session ids are stored as SHA-256
    /// hex. `idempotency` keeps, per account and `Idempotency-Key`, the request's hash and the answer, so a POST
    /// retried after a lost response is answered again without being applied twice. `statistics_version` counts
    /// the changes to `violation_day`, so a server can keep an answer until the counts change (in any process).
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
        CREATE TABLE statistics_version (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL
        );
        INSERT INTO statistics_version (id, version) VALUES (1, 0);
        """
}
