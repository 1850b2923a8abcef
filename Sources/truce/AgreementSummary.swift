import Foundation
import TruceCore

/// Prints an agreement version for people (text) or machines (JSON).
enum AgreementSummary {
    static func text(_ agreement: Agreement, _ version: AgreementVersion, label: String) -> String {
        let tz = agreement.timeZone
        func when(_ date: Date) -> String { CivilTime.iso8601(Int64(date.timeIntervalSince1970), in: tz) }
        var lines: [String] = []
        lines.append("Agreement \(agreement.id): \(agreement.title)")
        lines.append("Valid. Time zone \(tz.identifier); entry into force \(when(agreement.entryIntoForce)).")
        lines.append(
            "Amendments: "
                + (agreement.amendments.isEmpty
                    ? "none"
                    : agreement.amendments.map { "\($0.id) (in force \(when($0.entryIntoForce)))" }.joined(separator: "; ")))
        lines.append("")
        lines.append("In force on \(label):" + (version.inForce ? "" : " NOT YET IN FORCE"))
        lines.append(
            "  amendments applied: " + (version.amendmentIDs.isEmpty ? "none" : version.amendmentIDs.joined(separator: ", ")))
        lines.append("  guarantors (\(version.guarantors.count)): " + version.guarantors.map(\.id).joined(separator: ", "))
        lines.append(
            "  parties (\(version.parties.count)): " + version.parties.map { "\($0.id) [\($0.side)]" }.joined(separator: ", "))
        lines.append(
            "  excluded groups (\(version.excludedGroups.count)): " + version.excludedGroups.map(\.id).joined(separator: ", "))
        lines.append("  clauses (\(version.clauses.count)):")
        for clause in version.clauses {
            lines.append("    \(clause.id): prohibits \(clause.prohibits.map(\.rawValue).joined(separator: ", "))")
        }
        lines.append("  zones (\(version.zones.count)):" + (version.zones.isEmpty ? " none" : ""))
        for zone in version.zones {
            let from = zone.inForceFrom.map { " from \(when($0))" } ?? ""
            lines.append("    \(zone.id): \(zone.name)\(from)\(zone.approximate ? " — APPROXIMATE outline" : "")")
            for clause in zone.clauses {
                lines.append("      \(clause.id): prohibits \(clause.prohibits.map(\.rawValue).joined(separator: ", "))")
            }
        }
        for note in agreement.notes { lines.append("Note: \(note)") }
        return lines.joined(separator: "\n")
    }

    static func json(_ agreement: Agreement, _ version: AgreementVersion, label: String) throws -> String {
        let tz = agreement.timeZone
        func when(_ date: Date?) -> Any { date.map { CivilTime.iso8601(Int64($0.timeIntervalSince1970), in: tz) } ?? NSNull() }
        func clause(_ c: Clause) -> [String: Any] {
            ["id": c.id, "text": c.text, "prohibits": c.prohibits.map(\.rawValue), "applies_to": c.appliesTo]
        }
        let object: [String: Any] = [
            "id": agreement.id, "title": agreement.title, "time_zone": tz.identifier,
            "entry_into_force": when(agreement.entryIntoForce), "on": label, "in_force": version.inForce,
            "amendments_applied": version.amendmentIDs,
            "guarantors": version.guarantors.map(\.id),
            "parties": version.parties.map { ["id": $0.id, "name": $0.name, "side": $0.side] },
            "excluded_groups": version.excludedGroups.map(\.id),
            "clauses": version.clauses.map(clause),
            "zones": version.zones.map {
                [
                    "id": $0.id, "name": $0.name, "approximate": $0.approximate, "in_force_from": when($0.inForceFrom),
                    "in_force_until": when($0.inForceUntil), "clauses": $0.clauses.map(clause),
                ] as [String: Any]
            },
            "notes": agreement.notes,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
