import Foundation
import GRDB
import TruceCore
import TruceLog

extension SQLiteRegister: NewsIntake {
    /// The roles that take news in and decide on its suggestions.
    public static let newsRoles: [Role] = [.admin, .monitor]

    public func ingest(article: NewsArticle, suggestions: [NewsSuggestionDraft], by principal: Principal) async throws
        -> NewsIntakeOutcome
    {
        try VerificationWorkflow.permit(principal, Self.newsRoles, action: "take news in")
        guard CivilTime.isDay(article.published) else {
            throw WorkflowError.invalid(field: "published", message: "'\(article.published)' is not a date (YYYY-MM-DD)")
        }
        let now = Int64(Date().timeIntervalSince1970)
        return try await writer.write { db in
            if let existing = try Row.fetchOne(
                db, sql: "SELECT id, log_index FROM news_article WHERE sha256 = ?", arguments: [article.sha256])
            {
                return NewsIntakeOutcome(
                    articleID: existing["id"], newArticle: false, suggested: [], alreadySuggested: [],
                    logIndex: existing["log_index"])
            }
            var log = try LogAppender(db)
            let index = Int64(log.size)
            try db.execute(
                sql: """
                    INSERT INTO news_article (sha256, file, outlet, url, title, published, skipped, ingested_at, actor,
                        log_index)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    article.sha256, article.file, article.outlet, article.url, article.title, article.published,
                    article.skipped, now, principal.recorded, index,
                ])
            let articleID = db.lastInsertedRowID
            var suggested: [Int64] = []
            var linked: [Int64] = []
            var entries: [JSONValue] = []
            for (position, draft) in suggestions.enumerated() {
                if let match = try Self.sameEvent(draft, in: db) {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO news_mention (suggestion_id, article_id, position) VALUES (?, ?, ?)",
                        arguments: [match, articleID, position])
                    linked.append(match)
                    entries.append(.object(["position": .integer(Int64(position)), "same_as": .integer(match)]))
                    continue
                }
                // The same event twice in one article (a restatement) is one suggestion.
                if let earlier = suggestions[..<position].firstIndex(where: {
                    $0.eventKey == draft.eventKey && $0.date == draft.date
                }) {
                    entries.append(
                        .object(["position": .integer(Int64(position)), "same_as_position": .integer(Int64(earlier))]))
                    continue
                }
                try db.execute(
                    sql: """
                        INSERT INTO news_suggestion (article_id, position, kind, event_key, day, cameo, source, target,
                            place, latitude, longitude, sentence, offsets, event, log_index)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        articleID, position, draft.kind.rawValue, draft.eventKey, draft.date, draft.cameo, draft.source,
                        draft.target, draft.place, draft.latitude, draft.longitude, draft.sentence,
                        IncidentHistory.text(.array(draft.offsets.map { .integer(Int64($0)) })), draft.eventJSON, index,
                    ])
                let id = db.lastInsertedRowID
                suggested.append(id)
                entries.append(
                    .object([
                        "position": .integer(Int64(position)), "suggestion": .integer(id), "kind": .string(draft.kind.rawValue),
                        "cameo": .string(draft.cameo), "date": .optional(draft.date), "key": .string(draft.eventKey),
                        "sentence": .string(draft.sentence),
                    ]))
            }
            try log.append(
                LogEntry(
                    type: "news.ingested", time: CivilTime.iso8601UTC(now), actor: principal.recorded,
                    content: .object([
                        "article": .object([
                            "id": .integer(articleID), "sha256": .string(article.sha256), "file": .string(article.file),
                            "outlet": .optional(article.outlet), "url": .optional(article.url),
                            "published": .string(article.published),
                        ]),
                        "events": .array(entries),
                    ]), subject: "article:\(articleID)"
                ).prepared)
            try log.finish()
            return NewsIntakeOutcome(
                articleID: articleID, newArticle: true, suggested: suggested, alreadySuggested: linked, logIndex: index)
        }
    }

    /// A suggestion already made for the same event: the same key, a day apart at most (or both undated).
    private static func sameEvent(_ draft: NewsSuggestionDraft, in db: Database) throws -> Int64? {
        guard let date = draft.date, let day = CivilTime.dayNumber(of: date) else {
            return try Int64.fetchOne(
                db, sql: "SELECT id FROM news_suggestion WHERE event_key = ? AND day IS NULL ORDER BY id LIMIT 1",
                arguments: [draft.eventKey])
        }
        let days = [day - 1, day, day + 1].map(CivilTime.dayText)
        return try Int64.fetchOne(
            db, sql: "SELECT id FROM news_suggestion WHERE event_key = ? AND day IN (?, ?, ?) ORDER BY id LIMIT 1",
            arguments: [draft.eventKey, days[0], days[1], days[2]])
    }

    public func newsSuggestions(
        state: NewsSuggestionState?, kind: NewsSuggestionKind?, from: String?, to: String?, limit: Int
    ) async throws -> [NewsSuggestion] {
        try await writer.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let state {
                conditions.append("s.state = ?")
                arguments += [state.rawValue]
            }
            if let kind {
                conditions.append("s.kind = ?")
                arguments += [kind.rawValue]
            }
            let days = DayRange(from: from, to: to).condition("s.day")
            arguments += days.arguments
            arguments += [max(1, min(limit, 10_000))]
            let rows = try Row.fetchAll(
                db,
                sql: Self.suggestionSQL + " WHERE 1" + conditions.map { " AND " + $0 }.joined() + days.sql
                    + " ORDER BY s.id DESC LIMIT ?", arguments: arguments)
            return try rows.map { try Self.suggestion($0, in: db) }
        }
    }

    public func newsSuggestion(id: Int64) async throws -> NewsSuggestion {
        try await writer.read { db in try Self.suggestion(id: id, in: db) }
    }

    public func decide(suggestion id: Int64, accept: Bool, reason: String, review: NewsReview, by principal: Principal)
        async throws -> NewsSuggestion
    {
        try VerificationWorkflow.permit(principal, Self.newsRoles, action: "decide on news suggestions")
        try VerificationWorkflow.requireReason(reason)
        let now = Int64(Date().timeIntervalSince1970)
        return try await writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            var decided: NewsSuggestion?
            try db.inTransaction {
                let current = try Self.suggestion(id: id, in: db)
                guard current.state == .pending else {
                    throw WorkflowError.invalid(
                        field: "suggestion",
                        message: "suggestion \(id) was already \(current.state.rawValue) by \(current.decidedBy ?? "?")")
                }
                var reportID: Int64?
                if accept, current.draft.kind == .report {
                    let report = try Self.report(from: current, review: review, in: db)
                    let outcome = try SQLiteRegister.register(
                        [ReportSubmission(report, receivedAt: now, actor: principal.recorded)], in: db)
                    reportID = outcome.registered.first?.report
                    if reportID == nil {
                        reportID = try Int64.fetchOne(
                            db, sql: "SELECT id FROM report WHERE content_hash = ?", arguments: [report.contentHash])
                    }
                }
                var log = try LogAppender(db)
                let index = Int64(log.size)
                try log.append(
                    LogEntry(
                        type: accept ? "news.accepted" : "news.rejected", time: CivilTime.iso8601UTC(now),
                        actor: principal.recorded,
                        content: .object([
                            "suggestion": .integer(id), "article": .integer(current.articleID),
                            "kind": .string(current.draft.kind.rawValue), "reason": .string(reason),
                            "report": reportID.map(JSONValue.integer) ?? .null, "role": .string(principal.role.rawValue),
                        ]), subject: "suggestion:\(id)"
                    ).prepared)
                try log.finish()
                try db.execute(
                    sql: """
                        UPDATE news_suggestion SET state = ?, decided_by = ?, decided_at = ?, reason = ?, report_id = ?,
                            decision_log_index = ? WHERE id = ?
                        """,
                    arguments: [
                        accept ? "accepted" : "rejected", principal.recorded, now, reason, reportID, index, id,
                    ])
                decided = try Self.suggestion(id: id, in: db)
                return .commit
            }
            return decided!
        }
    }

    /// The media report an accepted report suggestion becomes.
    private static func report(from suggestion: NewsSuggestion, review: NewsReview, in db: Database) throws -> Report {
        let agreement = try AgreementCache.adjudicator(for: review.agreementID, in: db).agreement
        guard let latitude = review.latitude ?? suggestion.draft.latitude,
            let longitude = review.longitude ?? suggestion.draft.longitude
        else {
            throw WorkflowError.invalid(
                field: "location", message: "the event has no place the gazetteer knows; give the latitude and longitude")
        }
        let point = GeoPoint(latitude: latitude, longitude: longitude)
        if let problem = point.problem() { throw WorkflowError.invalid(field: "location", message: problem) }
        guard let day = review.date ?? suggestion.draft.date else {
            throw WorkflowError.invalid(field: "date", message: "the event's day is not known; give it (YYYY-MM-DD)")
        }
        guard CivilTime.isDay(day), let observed = TimestampParser(timeZone: agreement.timeZone).parse(day) else {
            throw WorkflowError.invalid(field: "date", message: "'\(day)' is not a date (YYYY-MM-DD)")
        }
        if let perpetrator = review.perpetrator, !agreement.allActors.contains(where: { $0.id == perpetrator }) {
            throw WorkflowError.invalid(field: "perpetrator", message: "unknown agreement actor '\(perpetrator)'")
        }
        let category =
            review.category
            ?? ReportCategory.allCases.first { $0.cameoCodes.contains(suggestion.draft.cameo) }
            ?? ReportCategory.allCases.first { category in
                category.cameoCodes.contains { $0.prefix(3) == suggestion.draft.cameo.prefix(3) }
            } ?? .other
        let article = suggestion.article
        let outlet = article.outlet ?? article.file
        return Report(
            agreementID: agreement.id, externalID: "news:\(article.sha256.prefix(16)):\(suggestion.id)",
            source: ReportSource(kind: .media, reporter: outlet),
            observed: ObservedTime(epochSeconds: observed.epochSeconds, precision: .day),
            location: Location(point: point, precisionMetres: 10_000, placeName: review.place ?? suggestion.draft.place),
            category: category,
            perpetrator: review.perpetrator.map { .known(id: $0) } ?? suggestion.draft.source.map { .described($0) },
            target: suggestion.draft.target.map { .described($0) },
            description: "\(suggestion.draft.sentence) (\(outlet), \(article.published); CAMEO \(suggestion.draft.cameo))",
            evidence: [EvidenceItem(sha256: article.sha256, mediaType: "text/plain")], language: "en")
    }

    private static let suggestionSQL = """
        SELECT s.*, a.sha256, a.file, a.outlet, a.url, a.title, a.published, a.skipped,
            (SELECT group_concat(m.article_id) FROM news_mention m WHERE m.suggestion_id = s.id) AS also_in
        FROM news_suggestion s JOIN news_article a ON a.id = s.article_id
        """

    static func suggestion(id: Int64, in db: Database) throws -> NewsSuggestion {
        guard let row = try Row.fetchOne(db, sql: suggestionSQL + " WHERE s.id = ?", arguments: [id]) else {
            throw WorkflowError.notFound(what: "suggestion \(id)")
        }
        return try suggestion(row, in: db)
    }

    static func suggestion(_ row: Row, in db: Database) throws -> NewsSuggestion {
        let offsets = (try? JSONDecoder().decode([Int].self, from: Data((row["offsets"] as String).utf8))) ?? []
        return NewsSuggestion(
            id: row["id"],
            draft: NewsSuggestionDraft(
                kind: NewsSuggestionKind(rawValue: row["kind"]) ?? .report, date: row["day"], cameo: row["cameo"],
                source: row["source"], target: row["target"], place: row["place"], latitude: row["latitude"],
                longitude: row["longitude"], sentence: row["sentence"], offsets: offsets, eventJSON: row["event"]),
            articleID: row["article_id"],
            article: NewsArticle(
                sha256: row["sha256"], file: row["file"], outlet: row["outlet"], url: row["url"], title: row["title"],
                published: row["published"], skipped: row["skipped"]),
            alsoIn: ((row["also_in"] as String?) ?? "").split(separator: ",").compactMap { Int64($0) },
            state: NewsSuggestionState(rawValue: row["state"]) ?? .pending, decidedBy: row["decided_by"],
            decidedAt: row["decided_at"], reason: row["reason"], reportID: row["report_id"], logIndex: row["log_index"],
            decisionLogIndex: row["decision_log_index"])
    }
}
