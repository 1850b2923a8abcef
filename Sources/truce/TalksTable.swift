import TruceCore
import TruceStore

/// The talks as text for people.
enum TalksTable {
    /// Prints a round: its line, outcome, delegations and meetings; `detailed` adds members, changes, statements
    /// and documents.
    static func printRound(_ process: TalksProcess, _ round: TalksRound, in talks: TalksRecord, detailed: Bool) {
        print("\(round.name) (\(process.name)), \(round.from) to \(round.to), \(round.venue)")
        if let outcome = round.outcome { print("  outcome: \(outcome)") }
        if let produced = round.produced { print("  produced: \(produced) (agreement register)") }
        for delegation in round.delegations {
            let who = delegation.party ?? delegation.platform ?? "?"
            print(
                "  delegation \(who)\(delegation.head.map { ", head \($0)" } ?? "")\(delegation.attended ? "" : " (did not attend)")"
            )
            guard detailed else { continue }
            if !delegation.members.isEmpty { print("    members: \(delegation.members.joined(separator: "; "))") }
            for change in delegation.changes { print("    \(change.at): \(change.text)") }
        }
        for meeting in round.meetings.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            print(
                "  \(meeting.date) \(meeting.kind.rawValue): \(meeting.participants.joined(separator: ", "))\(meeting.illustrative ? " (illustrative)" : "")"
            )
            if detailed, !meeting.agenda.isEmpty { print("    agenda: \(meeting.agenda.joined(separator: ", "))") }
        }
        guard detailed else { return }
        let inRound = Set([round.id] + round.meetings.map(\.id))
        for statement in talks.statements where statement.madeIn.map(inRound.contains) ?? false {
            print("  \(statement.date) statement, \(statement.speaker): \"\(statement.quote)\"")
        }
        for document in talks.documents where document.madeIn.map(inRound.contains) ?? false {
            print("  \(document.date) \(document.kind): \(document.title)\(document.agreementLink.map { " → \($0)" } ?? "")")
        }
    }

    /// Prints a commitment and every step.
    static func printCommitment(_ commitment: TalksCommitment) {
        let status = commitment.steps.last?.status.rawValue ?? "none"
        print("\(commitment.id) [\(status)] \(commitment.by.joined(separator: ", ")) → \(commitment.to.joined(separator: ", "))")
        print("  \(commitment.text)")
        print(
            "  made \(commitment.made) in \(commitment.madeIn)\(commitment.due.map { ", due \($0)" } ?? ""); kept when: \(commitment.indicator)"
        )
        for step in commitment.steps {
            var line = "  \(step.at) \(step.status.rawValue) by \(step.by)"
            if let reason = step.reason { line += ": \(reason)" }
            if !step.evidence.isEmpty { line += " [\(step.evidence.joined(separator: ", "))]" }
            if let index = step.logIndex { line += " (log entry \(index))" }
            print(line)
        }
    }
}
