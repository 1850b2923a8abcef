extension SQLiteSchema {
    /// Migration `v7-news`: articles taken in, their suggestions, and the other articles that reported the same
    /// event.
    ///
    /// - `news_article` keeps one row per article text (`sha256` of the text with whitespace collapsed is unique),
    ///   with its outlet, address, title, publication day and the log entry of its intake.
    /// - `news_suggestion` keeps each coded event offered to a monitor: its kind (`report` or `talks`), the key that
    ///   recognises the same event from another outlet (`event_key`, with its day), the coded fields, the event as
    ///   JSON, and the decision (state, who, when, why, the report registered, the decision's log entry).
    /// - `news_mention` links a suggestion to the further articles that reported it.
    static let newsTables = """
        CREATE TABLE news_article (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            file TEXT NOT NULL,
            outlet TEXT,
            url TEXT,
            title TEXT,
            published TEXT NOT NULL,
            skipped INTEGER NOT NULL,
            ingested_at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            log_index INTEGER NOT NULL
        );
        CREATE TABLE news_suggestion (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES news_article(id),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            event_key TEXT NOT NULL,
            day TEXT,
            cameo TEXT NOT NULL,
            source TEXT,
            target TEXT,
            place TEXT,
            latitude REAL,
            longitude REAL,
            sentence TEXT NOT NULL,
            offsets TEXT NOT NULL,
            event TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            decided_by TEXT,
            decided_at INTEGER,
            reason TEXT,
            report_id INTEGER,
            log_index INTEGER NOT NULL,
            decision_log_index INTEGER
        );
        CREATE INDEX news_suggestion_by_key ON news_suggestion (event_key, day);
        CREATE INDEX news_suggestion_by_state ON news_suggestion (state, id);
        CREATE TABLE news_mention (
            suggestion_id INTEGER NOT NULL REFERENCES news_suggestion(id),
            article_id INTEGER NOT NULL REFERENCES news_article(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (suggestion_id, article_id, position)
        ) WITHOUT ROWID;
        """
}
