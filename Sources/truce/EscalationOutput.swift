import Foundation
import TruceCore
import TruceServer
import TruceStore

/// Prints escalations.
enum EscalationOutput {
    static func print(_ list: [Escalation], timeZone: TimeZone, format: OutputFormat) throws {
        if format == .json {
            try IncidentDetailJSON.print(list.map { IncidentDetailJSON.escalation($0, timeZone: timeZone) })
            return
        }
        let now = Int64(Date().timeIntervalSince1970)
        for escalation in list {
            Swift.print(
                "\(escalation.id)  incident \(escalation.incidentID)  \(escalation.partyID)  \(escalation.state.rawValue)  due \(CivilTime.iso8601(escalation.dueAt, in: timeZone))\(escalation.isOverdue(at: now) ? "  OVERDUE" : "")\(escalation.decision.map { "  decision: \($0)" } ?? "")"
            )
        }
    }
}
