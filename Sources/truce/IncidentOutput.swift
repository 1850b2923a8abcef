import Foundation
import TruceCore
import TruceServer
import TruceStore

/// Prints an incident's detail after a command showed or changed it.
enum IncidentOutput {
    static func show(_ detail: IncidentDetail, agreement: Agreement, register: SQLiteRegister, format: OutputFormat)
        throws
    {
        let zones = IncidentSearch(register: register, agreement: agreement).zoneIDs(of: detail.incident)
        if format == .json {
            try IncidentDetailJSON.print(IncidentDetailJSON.object(detail, zones: zones, timeZone: agreement.timeZone))
            return
        }
        let incident = detail.incident
        let zone = agreement.timeZone
        print(
            "Incident \(incident.id): \(incident.category.rawValue) at \(incident.location.placeName ?? "\(incident.location.point.latitude), \(incident.location.point.longitude)"), \(CivilTime.iso8601(incident.observed.epochSeconds, in: zone))"
        )
        if let merged = detail.mergedInto { print("Merged into incident \(merged).") }
        print(
            "State: \(incident.state.rawValue). Attribution: \(incident.attribution.actorID.map { "\($0) (\(confidence(incident.attribution)))" } ?? "unattributed"). Zones: \(zones.isEmpty ? "none" : zones.joined(separator: ", "))."
        )
        print("Findings:")
        for finding in detail.findings {
            let head =
                finding.violation
                ? "  VIOLATION of \(finding.clauseID ?? "?")\(finding.zoneID.map { " (zone \($0))" } ?? "") by \(finding.partyID ?? "?")"
                : "  no violation: \(finding.reason.rawValue)"
            print(head)
            for step in finding.explanation { print("    - \(step)") }
        }
        print("Reports (\(detail.reports.filter(\.counted).count) counted of \(detail.reports.count)):")
        for report in detail.reports {
            let who = report.reporter.map { "\(report.sourceKind):\($0)" } ?? "\(report.sourceKind) (confidential)"
            print(
                "  \(report.id)  \(CivilTime.iso8601(report.observedAt, in: zone))  \(who)  \(report.category)\(report.counted ? "" : "  re-sent (of \(report.duplicateOf.map(String.init) ?? "?"), not counted)")"
            )
        }
        if !detail.history.isEmpty { print("History:") }
        for event in detail.history {
            var line = "  \(CivilTime.iso8601(event.at, in: zone))  \(event.kind)  \(event.actor)"
            if let from = event.fromState, let to = event.toState { line += "  \(from) -> \(to)" }
            if let reason = event.reason { line += "  \"\(reason)\"" }
            if !event.evidence.isEmpty { line += "  evidence: \(event.evidence.joined(separator: ", "))" }
            if event.kind == "replied" || event.kind.hasPrefix("report-") || event.kind == "attributed" {
                line += "  \(event.detail)"
            }
            print(line)
        }
        for escalation in detail.escalations {
            print(
                "Escalation \(escalation.id): \(escalation.partyID), \(escalation.state.rawValue), reply due \(CivilTime.iso8601(escalation.dueAt, in: zone))\(escalation.decision.map { ", decision: \($0)" } ?? "")"
            )
        }
    }

    private static func confidence(_ attribution: Attribution) -> String {
        if case .attributed(_, let confidence) = attribution { return confidence.rawValue + " confidence" }
        return ""
    }
}
