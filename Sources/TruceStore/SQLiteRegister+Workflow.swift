import Foundation
import GRDB
import TruceCore
import TruceLog

extension SQLiteRegister: IncidentWorkflow {
    /// Runs a workflow change in one write transaction with a log appender, then returns the incident's detail.
    private func change(
        _ incident: Int64, for viewer: Principal, _ body: @Sendable (Database, inout LogAppender, Int64) throws -> Int64
    ) async throws -> IncidentDetail {
        let shown = try await writer.write { db in
            var log = try LogAppender(db)
            let shown = try body(db, &log, Int64(Date().timeIntervalSince1970))
            try log.finish()
            return shown
        }
        return try await detail(incident: shown == 0 ? incident : shown, for: viewer)
    }

    /// The incident's row, refusing a missing or merged one.
    private static func liveIncident(_ id: Int64, in db: Database) throws -> Row {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM incident WHERE id = ?", arguments: [id]) else {
            throw WorkflowError.notFound(what: "incident \(id)")
        }
        if let target: Int64 = row["merged_into"] {
            throw WorkflowError.invalid(field: "incident", message: "incident \(id) was merged into incident \(target)")
        }
        return row
    }

    public func transition(
        incident: Int64, to state: VerificationState, by principal: Principal, reason: String, evidence: [String]
    ) async throws -> IncidentDetail {
        try await change(incident, for: principal) { db, log, now in
            let row = try Self.liveIncident(incident, in: db)
            let current = VerificationState(rawValue: row["state"]) ?? .reported
            try VerificationWorkflow.check(from: current, to: state, by: principal, reason: reason, evidence: evidence)
            try db.execute(sql: "UPDATE incident SET state = ? WHERE id = ?", arguments: [state.rawValue, incident])
            try IncidentHistory.record(
                .init(
                    incident: incident, kind: "transitioned", actor: principal.recorded, role: principal.role.rawValue,
                    from: current, to: state, reason: reason, evidence: evidence), at: now, in: db, log: &log)
            try Adjudication.refresh(incident: incident, in: db, log: &log, actor: principal.recorded)
            return 0
        }
    }

    public func attribute(
        incident: Int64, to party: String?, confidence: AttributionConfidence, by principal: Principal, reason: String,
        evidence: [String]
    ) async throws -> IncidentDetail {
        try await change(incident, for: principal) { db, log, now in
            try VerificationWorkflow.permit(principal, VerificationWorkflow.attributingRoles, action: "attribute incidents")
            let row = try Self.liveIncident(incident, in: db)
            let agreement = try AgreementCache.adjudicator(for: row["agreement_id"], in: db).agreement
            if party != nil, agreement.attributionPolicy == .doNotAttribute {
                throw WorkflowError.attributionDisabled(agreementID: agreement.id)
            }
            if let party, !agreement.allActors.contains(where: { $0.id == party }) {
                throw WorkflowError.invalid(
                    field: "party",
                    message:
                        "unknown actor '\(party)'; the agreement names: \(agreement.allActors.map(\.id).sorted().joined(separator: ", "))"
                )
            }
            try VerificationWorkflow.requireReason(reason)
            if party != nil, evidence.isEmpty {
                throw WorkflowError.invalid(field: "evidence", message: "an attribution needs at least one evidence reference")
            }
            try VerificationWorkflow.checkEvidence(evidence)
            try db.execute(
                sql: "UPDATE incident SET attributed_to = ?, attribution_confidence = ? WHERE id = ?",
                arguments: [party, party == nil ? nil : confidence.rawValue, incident])
            try IncidentHistory.record(
                .init(
                    incident: incident, kind: "attributed", actor: principal.recorded, role: principal.role.rawValue,
                    reason: reason, evidence: evidence,
                    detail: [
                        "party": .optional(party), "confidence": party == nil ? .null : .string(confidence.rawValue),
                        "previous": .optional(row["attributed_to"] as String?),
                    ]), at: now, in: db, log: &log)
            try Adjudication.refresh(incident: incident, in: db, log: &log, actor: principal.recorded)
            return 0
        }
    }

    public func reply(incident: Int64, by principal: Principal, text: String, evidence: [String]) async throws
        -> IncidentDetail
    {
        try await change(incident, for: principal) { db, log, now in
            try VerificationWorkflow.permit(principal, VerificationWorkflow.replyingRoles, action: "reply to an incident")
            let row = try Self.liveIncident(incident, in: db)
            let accused = Set([row["attributed_to"] as String?, row["perpetrator_party"] as String?].compactMap { $0 })
            guard let party = principal.partyID else {
                throw WorkflowError.invalid(field: "party", message: "a party user acts for one agreement party")
            }
            guard accused.contains(party) else {
                throw WorkflowError.notPermitted(
                    role: .party,
                    action:
                        "reply for \(party) to incident \(incident), which accuses \(accused.isEmpty ? "no party" : accused.sorted().joined(separator: " and ")); only the accused party may reply",
                    allowed: [.party])
            }
            try VerificationWorkflow.requireReason(text, field: "text")
            try VerificationWorkflow.checkEvidence(evidence)
            try IncidentHistory.record(
                .init(
                    incident: incident, kind: "replied", actor: principal.recorded, role: principal.role.rawValue,
                    evidence: evidence, detail: ["party": .string(party), "text": .string(text)]), at: now, in: db,
                log: &log)
            try db.execute(
                sql:
                    "UPDATE escalation SET state = 'replied', replied_at = ? WHERE incident_id = ? AND party_id = ? AND state = 'notified'",
                arguments: [now, incident, party])
            return 0
        }
    }

    public func merge(incident: Int64, into target: Int64, by principal: Principal, reason: String) async throws
        -> IncidentDetail
    {
        try await change(target, for: principal) { db, log, now in
            try VerificationWorkflow.permit(principal, VerificationWorkflow.correlatingRoles, action: "merge incidents")
            guard incident != target else {
                throw WorkflowError.invalid(field: "into", message: "an incident cannot be merged into itself")
            }
            let source = try Self.liveIncident(incident, in: db)
            let destination = try Self.liveIncident(target, in: db)
            guard (source["agreement_id"] as String) == (destination["agreement_id"] as String) else {
                throw WorkflowError.invalid(field: "into", message: "the incidents belong to different agreements")
            }
            try VerificationWorkflow.requireReason(reason)
            let moved = try Int64.fetchAll(
                db, sql: "SELECT id FROM report WHERE incident_id = ? ORDER BY id", arguments: [incident])
            try db.execute(sql: "UPDATE report SET incident_id = ? WHERE incident_id = ?", arguments: [target, incident])
            try db.execute(sql: "UPDATE incident SET merged_into = ? WHERE id = ?", arguments: [target, incident])
            try IncidentExtent.remove(incident: incident, in: db)
            try IncidentSummary.recount(incident: target, in: db)
            try IncidentSummary.refresh(incident: target, in: db)
            let reports = JSONValue.array(moved.map(JSONValue.integer))
            try IncidentHistory.record(
                .init(
                    incident: incident, kind: "merged", actor: principal.recorded, role: principal.role.rawValue,
                    reason: reason, detail: ["into": .integer(target), "reports": reports]), at: now, in: db, log: &log)
            try IncidentHistory.record(
                .init(
                    incident: target, kind: "absorbed", actor: principal.recorded, role: principal.role.rawValue,
                    reason: reason, detail: ["from": .integer(incident), "reports": reports]), at: now, in: db, log: &log)
            try Adjudication.refresh(incident: incident, in: db, log: &log, actor: principal.recorded)
            try Adjudication.refresh(incident: target, in: db, log: &log, actor: principal.recorded)
            return target
        }
    }

    public func split(incident: Int64, reports: [Int64], by principal: Principal, reason: String) async throws
        -> IncidentDetail
    {
        try await change(incident, for: principal) { db, log, now in
            try VerificationWorkflow.permit(principal, VerificationWorkflow.correlatingRoles, action: "split incidents")
            _ = try Self.liveIncident(incident, in: db)
            let own = Set(try Int64.fetchAll(db, sql: "SELECT id FROM report WHERE incident_id = ?", arguments: [incident]))
            let chosen = Array(Set(reports)).sorted()
            guard !chosen.isEmpty else {
                throw WorkflowError.invalid(field: "reports", message: "name at least one report to move")
            }
            if let stranger = chosen.first(where: { !own.contains($0) }) {
                throw WorkflowError.invalid(
                    field: "reports", message: "report \(stranger) is not a report of incident \(incident)")
            }
            guard chosen.count < own.count else {
                throw WorkflowError.invalid(
                    field: "reports", message: "keep at least one report in incident \(incident); a split moves some")
            }
            try VerificationWorkflow.requireReason(reason)
            let newID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM incident") ?? 0) + 1
            try db.execute(
                sql: """
                    INSERT INTO incident (id, agreement_id, state, observed_at, observed_end, time_precision, latitude,
                        longitude, precision_m, category, created_at)
                    SELECT ?, agreement_id, 'reported', observed_at, observed_end, time_precision, latitude, longitude,
                        precision_m, category, ?
                    FROM incident WHERE id = ?
                    """, arguments: [newID, now, incident])
            for report in chosen {
                try db.execute(sql: "UPDATE report SET incident_id = ? WHERE id = ?", arguments: [newID, report])
            }
            for id in [incident, newID] {
                try IncidentSummary.recount(incident: id, in: db)
                try IncidentSummary.refresh(incident: id, in: db)
            }
            let moved = JSONValue.array(chosen.map(JSONValue.integer))
            try IncidentHistory.record(
                .init(
                    incident: incident, kind: "split", actor: principal.recorded, role: principal.role.rawValue,
                    reason: reason, detail: ["to": .integer(newID), "reports": moved]), at: now, in: db, log: &log)
            try IncidentHistory.record(
                .init(
                    incident: newID, kind: "split-from", actor: principal.recorded, role: principal.role.rawValue,
                    reason: reason, detail: ["from": .integer(incident), "reports": moved]), at: now, in: db, log: &log)
            try Adjudication.refresh(incident: incident, in: db, log: &log, actor: principal.recorded)
            try Adjudication.refresh(incident: newID, in: db, log: &log, actor: principal.recorded)
            return newID
        }
    }

    public func detail(incident: Int64, for viewer: Principal) async throws -> IncidentDetail {
        try await writer.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT i.*, (SELECT group_concat(id) FROM report WHERE incident_id = i.id) AS report_ids,
                            (SELECT group_concat(external_id, char(31)) FROM report WHERE incident_id = i.id) AS external_ids
                        FROM incident i WHERE i.id = ?
                        """, arguments: [incident])
            else { throw WorkflowError.notFound(what: "incident \(incident)") }
            let value = SQLiteSchema.incident(from: row)
            let seesSources = viewer.role == .admin || viewer.role == .monitor
            let reports = try Row.fetchAll(
                db, sql: "SELECT * FROM report WHERE incident_id = ? ORDER BY id", arguments: [incident]
            ).map { report in
                let confidential: Bool = report["confidential"]
                return ReportSummary(
                    id: report["id"], sourceKind: report["source_kind"],
                    reporter: confidential && !seesSources ? nil : report["reporter"], confidential: confidential,
                    externalID: report["external_id"], observedAt: report["observed_at"], placeName: report["place_name"],
                    latitude: report["latitude"], longitude: report["longitude"], category: report["category"],
                    perpetrator: report["perpetrator_party"], counted: report["counted"],
                    duplicateOf: report["duplicate_of"], logIndex: report["log_index"],
                    description: confidential && !seesSources ? nil : report["description"])
            }
            let history = try Row.fetchAll(
                db, sql: "SELECT * FROM incident_event WHERE incident_id = ? ORDER BY id", arguments: [incident]
            ).map { event in
                IncidentEvent(
                    id: event["id"], kind: event["kind"], at: event["at"], actor: event["actor"], role: event["role"],
                    fromState: event["from_state"], toState: event["to_state"], reason: event["reason"],
                    evidence: (try? JSONDecoder().decode([String].self, from: Data((event["evidence"] as String).utf8)))
                        ?? [], detail: event["detail"], logIndex: event["log_index"])
            }
            var findings = try Row.fetchAll(
                db, sql: "SELECT * FROM finding WHERE incident_id = ? ORDER BY position", arguments: [incident]
            ).map { finding in
                Finding(
                    violation: finding["violation"], reason: FindingReason(rawValue: finding["reason"]) ?? .notProhibited,
                    clauseID: finding["clause_id"], zoneID: finding["zone_id"], partyID: finding["party_id"],
                    explanation: (try? JSONDecoder().decode(
                        [String].self, from: Data((finding["explanation"] as String).utf8))) ?? [],
                    agreementAsOf: Date(timeIntervalSince1970: TimeInterval(finding["agreement_as_of"] as Int64)))
            }
            if findings.isEmpty, (row["merged_into"] as Int64?) == nil {
                findings = try AgreementCache.adjudicator(for: value.agreementID, in: db).findings(for: value)
            }
            return IncidentDetail(
                incident: value, mergedInto: row["merged_into"], zoneID: row["zone_id"], reports: reports,
                history: history, findings: findings, escalations: try Self.escalations(incident: incident, in: db))
        }
    }
}
