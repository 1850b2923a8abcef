import Foundation
import GRDB
import TruceCore
import TruceLog

extension SQLiteRegister {
    public func notify(incident: Int64, party: String, due: Int64, by principal: Principal, reason: String) async throws
        -> Escalation
    {
        let id = try await writer.write { db in
            try VerificationWorkflow.permit(principal, VerificationWorkflow.escalatingRoles, action: "send notices")
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM incident WHERE id = ?", arguments: [incident]) == true else {
                throw WorkflowError.notFound(what: "incident \(incident)")
            }
            try VerificationWorkflow.requireReason(reason)
            let now = Int64(Date().timeIntervalSince1970)
            let findings = try Row.fetchAll(
                db,
                sql:
                    "SELECT clause_id, zone_id, reason FROM finding WHERE incident_id = ? AND violation = 1 AND party_id = ? ORDER BY position",
                arguments: [incident, party])
            guard !findings.isEmpty else {
                throw WorkflowError.invalid(
                    field: "party",
                    message:
                        "incident \(incident) has no violation finding against \(party); a notice carries the findings, so verify and attribute first"
                )
            }
            guard due > now else {
                throw WorkflowError.invalid(field: "due", message: "the reply must be due after the notice (now)")
            }
            let carried = IncidentHistory.text(
                .array(
                    findings.map {
                        .object(["clause": .optional($0["clause_id"] as String?), "zone": .optional($0["zone_id"] as String?)])
                    }))
            try db.execute(
                sql:
                    "INSERT INTO escalation (incident_id, party_id, state, findings, notice_at, due_at) VALUES (?, ?, 'notified', ?, ?, ?)",
                arguments: [incident, party, carried, now, due])
            let id = db.lastInsertedRowID
            var log = try LogAppender(db)
            try IncidentHistory.record(
                .init(
                    incident: incident, kind: "notice-sent", actor: principal.recorded, role: principal.role.rawValue,
                    reason: reason,
                    detail: [
                        "escalation": .integer(id), "party": .string(party), "due": .string(CivilTime.iso8601UTC(due)),
                    ]), at: now, in: db, log: &log)
            try log.finish()
            return id
        }
        return try await escalation(id)
    }

    public func refer(escalation id: Int64, by principal: Principal, reason: String) async throws -> Escalation {
        try await step(id, by: principal, from: [.notified, .replied], to: .referred, kind: "referred", reason: reason) {
            db, now in
            try db.execute(
                sql: "UPDATE escalation SET state = 'referred', referred_at = ? WHERE id = ?", arguments: [now, id])
        }
    }

    public func decide(escalation id: Int64, decision: String, by principal: Principal) async throws -> Escalation {
        try await step(id, by: principal, from: [.referred], to: .decided, kind: "decided", reason: decision) { db, now in
            try db.execute(
                sql: "UPDATE escalation SET state = 'decided', decision = ?, decided_at = ? WHERE id = ?",
                arguments: [decision, now, id])
        }
    }

    private func step(
        _ id: Int64, by principal: Principal, from allowed: [EscalationState], to target: EscalationState, kind: String,
        reason: String, update: @Sendable (Database, Int64) throws -> Void
    ) async throws -> Escalation {
        try await writer.write { db in
            try VerificationWorkflow.permit(
                principal, VerificationWorkflow.escalatingRoles, action: "move an escalation to \(target.rawValue)")
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM escalation WHERE id = ?", arguments: [id]) else {
                throw WorkflowError.notFound(what: "escalation \(id)")
            }
            let state = EscalationState(rawValue: row["state"]) ?? .notified
            guard allowed.contains(state) else {
                throw WorkflowError.invalid(
                    field: "escalation",
                    message:
                        "escalation \(id) is \(state.rawValue); it can move to \(target.rawValue) only when \(allowed.map(\.rawValue).joined(separator: " or "))"
                )
            }
            try VerificationWorkflow.requireReason(reason, field: target == .decided ? "decision" : "reason")
            let now = Int64(Date().timeIntervalSince1970)
            try update(db, now)
            var log = try LogAppender(db)
            try IncidentHistory.record(
                .init(
                    incident: row["incident_id"], kind: kind, actor: principal.recorded, role: principal.role.rawValue,
                    reason: reason, detail: ["escalation": .integer(id), "party": .string(row["party_id"])]), at: now,
                in: db, log: &log)
            try log.finish()
        }
        return try await escalation(id)
    }

    private func escalation(_ id: Int64) async throws -> Escalation {
        try await writer.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM escalation WHERE id = ?", arguments: [id]) else {
                throw WorkflowError.notFound(what: "escalation \(id)")
            }
            return Self.escalation(row)
        }
    }

    public func escalations(incident: Int64?) async throws -> [Escalation] {
        try await writer.read { db in
            if let incident { return try Self.escalations(incident: incident, in: db) }
            return try Row.fetchAll(db, sql: "SELECT * FROM escalation ORDER BY id DESC").map(Self.escalation)
        }
    }

    static func escalations(incident: Int64, in db: Database) throws -> [Escalation] {
        try Row.fetchAll(db, sql: "SELECT * FROM escalation WHERE incident_id = ? ORDER BY id", arguments: [incident])
            .map(escalation)
    }

    static func escalation(_ row: Row) -> Escalation {
        Escalation(
            id: row["id"], incidentID: row["incident_id"], partyID: row["party_id"],
            state: EscalationState(rawValue: row["state"]) ?? .notified, findings: row["findings"],
            noticeAt: row["notice_at"], dueAt: row["due_at"], repliedAt: row["replied_at"],
            referredAt: row["referred_at"], decision: row["decision"], decidedAt: row["decided_at"])
    }
}
