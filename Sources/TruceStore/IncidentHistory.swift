import Foundation
import GRDB
import TruceCore
import TruceLog

/// Writes an incident's history: one `incident_event` row and one log entry per change, in the caller's
/// transaction, each naming the other (the row keeps the entry's index).
enum IncidentHistory {
    /// What one change records.
    struct Change {
        var incident: Int64
        var kind: String
        var actor: String
        var role: String
        var from: VerificationState? = nil
        var to: VerificationState? = nil
        var reason: String? = nil
        var evidence: [String] = []
        var detail: [String: JSONValue] = [:]
    }

    /// Records a change; returns the event's id.
    @discardableResult
    static func record(_ change: Change, at: Int64, in db: Database, log: inout LogAppender) throws -> Int64 {
        let index = Int64(log.size)
        var content: [String: JSONValue] = [
            "incident": .integer(change.incident), "event": .string(change.kind), "role": .string(change.role),
        ]
        if let from = change.from { content["from"] = .string(from.rawValue) }
        if let to = change.to { content["to"] = .string(to.rawValue) }
        if let reason = change.reason { content["reason"] = .string(reason) }
        if !change.evidence.isEmpty { content["evidence"] = .array(change.evidence.map(JSONValue.string)) }
        if !change.detail.isEmpty { content["detail"] = .object(change.detail) }
        try log.append(
            LogEntry(
                type: "incident." + change.kind, time: CivilTime.iso8601UTC(at), actor: change.actor,
                content: .object(content), subject: "incident:\(change.incident)"
            ).prepared)
        try db.cachedStatement(
            sql: """
                INSERT INTO incident_event (incident_id, kind, at, actor, role, from_state, to_state, reason, evidence,
                    detail, log_index)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            change.incident, change.kind, at, change.actor, change.role, change.from?.rawValue, change.to?.rawValue,
            change.reason, text(.array(change.evidence.map(JSONValue.string))), text(.object(change.detail)), index,
        ])
        return db.lastInsertedRowID
    }

    /// A report joined an incident, or was its reporter's re-sent account of it.
    static func recordCorrelation(
        report: Int64, hash: String, incident: Int64, decision: CorrelationDecision, actor: String, at: Int64,
        in db: Database, log: inout LogAppender
    ) throws {
        var detail: [String: JSONValue] = ["report": .integer(report), "content_hash": .string(hash)]
        let kind: String
        switch decision {
        case .joined(_, let score):
            kind = "report-joined"
            detail["score"] = .object([
                "time": .number(score.time), "place": .number(score.place), "category": .number(score.category),
                "actors": .number(score.actors), "total": .number(score.total),
            ])
            detail["explanation"] = .string(score.explanation)
        case .duplicate(_, let first):
            kind = "report-resent"
            detail["of"] = .integer(first)
            detail["explanation"] = .string(
                "the same reporter's account of this incident again: kept with it, counted once (report \(first))")
        case .opened:
            return
        }
        try record(
            Change(incident: incident, kind: kind, actor: actor, role: "system", detail: detail), at: at, in: db, log: &log)
    }

    /// Canonical JSON text.
    static func text(_ value: JSONValue) -> String { String(decoding: CanonicalJSON.encode(value), as: UTF8.self) }
}
