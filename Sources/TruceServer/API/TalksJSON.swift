import Foundation
import TruceCore
import TruceStore

/// The talks as JSON objects, one shape for the CLI's `--format json` and the API (docs/api.md).
public enum TalksJSON {
    /// A round with its process, delegations, meetings (in date order), and the statements and documents made in it.
    public static func round(_ process: TalksProcess, _ round: TalksRound, in talks: TalksRecord) -> [String: Any] {
        let inRound = Set([round.id] + round.meetings.map(\.id))
        return [
            "process": process.id, "process_name": process.name, "id": round.id, "name": round.name,
            "from": round.from, "to": round.to, "venue": round.venue, "outcome": round.outcome ?? NSNull(),
            "produced": round.produced ?? NSNull(),
            "delegations": round.delegations.map { delegation(delegation: $0, in: talks) },
            "meetings": round.meetings.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map(meeting),
            "statements": talks.statements.filter { $0.madeIn.map(inRound.contains) ?? false }.map(statement),
            "documents": talks.documents.filter { $0.madeIn.map(inRound.contains) ?? false }.map(document),
            "sources": round.sources,
        ]
    }

    /// A delegation, naming its party or platform.
    public static func delegation(delegation: Delegation, in talks: TalksRecord) -> [String: Any] {
        [
            "id": delegation.id, "party": delegation.party ?? NSNull(), "platform": delegation.platform ?? NSNull(),
            "platform_name": delegation.platform.flatMap { id in talks.platforms.first { $0.id == id }?.name } ?? NSNull(),
            "head": delegation.head ?? NSNull(), "members": delegation.members, "attended": delegation.attended,
            "changes": delegation.changes.map { ["at": $0.at, "text": $0.text] },
        ]
    }

    /// A meeting.
    public static func meeting(_ meeting: Meeting) -> [String: Any] {
        [
            "id": meeting.id, "kind": meeting.kind.rawValue, "date": meeting.date, "place": meeting.place ?? NSNull(),
            "participants": meeting.participants, "agenda": meeting.agenda, "illustrative": meeting.illustrative,
        ]
    }

    /// A statement.
    public static func statement(_ statement: TalksStatement) -> [String: Any] {
        [
            "id": statement.id, "speaker": statement.speaker, "for": statement.speaksFor ?? NSNull(),
            "date": statement.date, "quote": statement.quote, "made_in": statement.madeIn ?? NSNull(),
            "source": statement.source, "illustrative": statement.illustrative,
        ]
    }

    /// A document, with its link into the agreement register.
    public static func document(_ document: TalksDocument) -> [String: Any] {
        [
            "id": document.id, "title": document.title, "kind": document.kind, "date": document.date,
            "made_in": document.madeIn ?? NSNull(), "agreement": document.agreementLink ?? NSNull(),
            "source": document.source, "illustrative": document.illustrative,
        ]
    }

    /// A commitment with its status on a day (default: its latest) and every step.
    public static func commitment(_ commitment: TalksCommitment, on day: String? = nil) -> [String: Any] {
        let status = day.map { commitment.status(on: $0) } ?? commitment.steps.last?.status
        return [
            "id": commitment.id, "by": commitment.by, "to": commitment.to, "made_in": commitment.madeIn,
            "made": commitment.made, "due": commitment.due ?? NSNull(), "text": commitment.text,
            "indicator": commitment.indicator, "source": commitment.source, "illustrative": commitment.illustrative,
            "status": status?.rawValue ?? NSNull(),
            "steps": commitment.steps.map { step -> [String: Any] in
                [
                    "status": step.status.rawValue, "at": step.at, "by": step.by, "reason": step.reason ?? NSNull(),
                    "evidence": step.evidence,
                    "recorded_at": step.recordedAt.map { CivilTime.iso8601UTC($0) } ?? NSNull(),
                    "log_index": step.logIndex ?? NSNull(),
                ]
            },
        ]
    }

    /// A scorecard.
    public static func scorecard(_ card: PartyScorecard) -> [String: Any] {
        [
            "party": card.party, "name": card.name, "platform": card.isPlatform, "from": card.from ?? NSNull(),
            "to": card.to ?? NSNull(), "commitments": card.commitments, "commitment_ids": card.commitmentIDs,
            "violations": card.violations,
            "months": card.months.map { ["month": $0.month, "commitments": $0.commitments, "violations": $0.violations] },
        ]
    }
}
