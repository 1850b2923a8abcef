import Foundation
import TruceCore
import TruceStore

/// An incident's detail as the CLI prints it in JSON and the API serves it: the incident's fields, its
/// findings, reports (confidential reporters hidden from those who may not see them), history, replies and
/// escalations.
public enum IncidentDetailJSON {
    /// The detail as a JSON object.
    public static func object(_ detail: IncidentDetail, zones: [String], timeZone: TimeZone) -> [String: Any] {
        func time(_ epoch: Int64?) -> Any { epoch.map { CivilTime.iso8601(Int64($0), in: timeZone) } ?? NSNull() }
        func detailObject(_ text: String) -> Any {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8))) ?? [:] as [String: Any]
        }
        var object = IncidentRow(incident: detail.incident, zones: zones, timeZone: timeZone).jsonObject
        object["attribution"] =
            switch detail.incident.attribution {
            case .unattributed: NSNull()
            case .attributed(let actor, let confidence): ["party": actor, "confidence": confidence.rawValue]
            }
        object["merged_into"] = detail.mergedInto ?? NSNull()
        object["zone"] = detail.zoneID ?? NSNull()
        object["findings"] = detail.findings.map { finding -> [String: Any] in
            [
                "violation": finding.violation, "reason": finding.reason.rawValue,
                "clause": finding.clauseID ?? NSNull(), "zone": finding.zoneID ?? NSNull(),
                "party": finding.partyID ?? NSNull(), "explanation": finding.explanation,
                "agreement_as_of": CivilTime.iso8601(
                    Int64(finding.agreementAsOf.timeIntervalSince1970), in: timeZone),
            ]
        }
        object["reports"] = detail.reports.map { report -> [String: Any] in
            [
                "id": report.id, "source_kind": report.sourceKind, "reporter": report.reporter ?? NSNull(),
                "confidential": report.confidential, "external_id": report.externalID ?? NSNull(),
                "observed_at": time(report.observedAt), "place": report.placeName ?? NSNull(),
                "lat": report.latitude, "lon": report.longitude, "category": report.category,
                "perpetrator": report.perpetrator ?? NSNull(), "counted": report.counted,
                "duplicate_of": report.duplicateOf ?? NSNull(), "log_index": report.logIndex ?? NSNull(),
            ]
        }
        object["counts"] = [
            "reports": detail.reports.count, "counted": detail.reports.filter(\.counted).count,
        ]
        let events = detail.history.map { event -> [String: Any] in
            [
                "id": event.id, "kind": event.kind, "at": time(event.at), "actor": event.actor, "role": event.role,
                "from": event.fromState ?? NSNull(), "to": event.toState ?? NSNull(), "reason": event.reason ?? NSNull(),
                "evidence": event.evidence, "detail": detailObject(event.detail), "log_index": event.logIndex ?? NSNull(),
            ]
        }
        object["history"] = events
        object["replies"] = zip(detail.history, events).filter { $0.0.kind == "replied" }.map(\.1)
        object["escalations"] = detail.escalations.map { escalation(_: $0, timeZone: timeZone) }
        return object
    }

    /// An escalation as a JSON object.
    public static func escalation(_ escalation: Escalation, timeZone: TimeZone) -> [String: Any] {
        func time(_ epoch: Int64?) -> Any { epoch.map { CivilTime.iso8601($0, in: timeZone) } ?? NSNull() }
        return [
            "id": escalation.id, "incident": escalation.incidentID, "party": escalation.partyID,
            "state": escalation.state.rawValue,
            "findings": (try? JSONSerialization.jsonObject(with: Data(escalation.findings.utf8))) ?? [],
            "notice_at": time(escalation.noticeAt), "due_at": time(escalation.dueAt),
            "replied_at": time(escalation.repliedAt), "referred_at": time(escalation.referredAt),
            "decision": escalation.decision ?? NSNull(), "decided_at": time(escalation.decidedAt),
            "overdue": escalation.isOverdue(at: Int64(Date().timeIntervalSince1970)),
        ]
    }

    /// Prints a JSON value, pretty and with sorted keys.
    public static func print(_ object: Any) throws {
        Swift.print(String(decoding: try data(object, pretty: true), as: UTF8.self))
    }

    /// A JSON value's bytes, keys sorted.
    public static func data(_ object: Any, pretty: Bool = false) throws -> Data {
        try JSONSerialization.data(
            withJSONObject: object,
            options: pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes])
    }
}
