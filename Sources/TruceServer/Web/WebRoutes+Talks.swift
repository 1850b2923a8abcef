import Foundation
import HTTPTypes
import Hummingbird
import TruceCore
import TruceLog
import TruceStore

extension WebRoutes {
    /// The talks pages under `/talks`: the timeline, a round, the commitments tracker with scorecards, a commitment
    /// with its steps and (for admins, mediators and guarantors) the form to record a new one.
    func addTalks(to router: Router<TruceRequestContext>) {
        router.get("talks") { _, context in try await html(context) { try await talksTimeline(context) } }
        router.get("talks/rounds/{id}") { _, context in try await html(context) { try await roundPage(context) } }
        router.get("talks/commitments") { request, context in
            try await html(context) { try await commitmentsTracker(request, context) }
        }
        router.get("talks/commitments/{id}") { _, context in
            try await html(context) { try await commitmentPage(context, error: nil, status: .ok) }
        }
        router.post("talks/commitments/{id}/steps") { request, context in
            try await html(context) { try await assessCommitment(request, context) }
        }
    }

    func storedTalks() async throws -> TalksRecord { try await register.servedTalks(agreement: agreementID) }

    func talksID(_ context: TruceRequestContext) throws -> String { try APIRoutes.slug(context) }

    /// Display names of parties, platforms and delegations (`mediator` included).
    func talksNames(_ talks: TalksRecord, agreement: Agreement) -> [String: String] {
        var names: [String: String] = ["mediator": "the mediator"]
        for actor in agreement.allActors { names[actor.id] = actor.name }
        for platform in talks.platforms { names[platform.id] = platform.name }
        for (_, round) in talks.rounds {
            for delegation in round.delegations {
                names[delegation.id] = names[delegation.party ?? delegation.platform ?? ""] ?? delegation.id
            }
        }
        return names
    }

    func talksTimeline(_ context: TruceRequestContext) async throws -> Response {
        let talks = try await storedTalks()
        let agreement = try await agreement()
        let names = talksNames(talks, agreement: agreement)
        return page(
            "talks", title: "Talks", context: context,
            [
                "timeline": TalksTimelineSVG.processes(talks, title: "Rounds and meetings of the talks"),
                "processes": talks.processes.map { process -> [String: Any] in
                    [
                        "id": process.id, "name": process.name, "host": process.host,
                        "mediators": process.mediators.joined(separator: ", "),
                        "guarantors": shown(process.guarantors.map { names[$0] ?? $0 }.joined(separator: ", ")),
                        "rounds": process.rounds.map { round -> [String: Any] in
                            [
                                "id": round.id, "name": round.name, "from": round.from, "to": round.to, "venue": round.venue,
                                "outcome": round.outcome ?? "", "meetings": round.meetings.count,
                                "delegations": round.delegations.filter(\.attended).map { names[$0.id] ?? $0.id }
                                    .joined(separator: ", "),
                                "absent": shown(
                                    round.delegations.filter { !$0.attended }.map { names[$0.id] ?? $0.id }
                                        .joined(separator: ", ")),
                            ]
                        },
                    ]
                },
                "statements": talks.statements.sorted { $0.date < $1.date }.map { statementValues($0, names) },
                "documents": talks.documents.sorted { $0.date < $1.date }.map(documentValues),
            ])
    }

    func statementValues(_ statement: TalksStatement, _ names: [String: String]) -> [String: Any] {
        [
            "date": statement.date, "speaker": statement.speaker, "for": shown(statement.speaksFor.map { names[$0] ?? $0 }),
            "quote": statement.quote, "source": statement.source, "illustrative": statement.illustrative,
        ]
    }

    func documentValues(_ document: TalksDocument) -> [String: Any] {
        [
            "id": document.id, "date": document.date, "title": document.title, "kind": document.kind,
            "agreement": shown(document.agreementLink), "source": document.source,
        ]
    }

    func roundPage(_ context: TruceRequestContext) async throws -> Response {
        let talks = try await storedTalks()
        let id = try talksID(context)
        guard let (process, round) = talks.rounds.first(where: { $0.round.id == id }) else {
            throw WorkflowError.notFound(what: "round '\(id)'")
        }
        let names = talksNames(talks, agreement: try await agreement())
        let inRound = Set([round.id] + round.meetings.map(\.id))
        let made = talks.commitments.filter { commitment in
            inRound.contains(commitment.madeIn)
                || talks.documents.contains { $0.id == commitment.madeIn && $0.madeIn.map(inRound.contains) == true }
        }
        let news = try await register.newsSuggestions(
            state: .accepted, kind: .talks, from: round.from, to: round.to, limit: 1_000
        ).sorted { ($0.draft.date ?? "", $0.id) < ($1.draft.date ?? "", $1.id) }
        return page(
            "talks_round", title: round.name, context: context,
            [
                "process": process.name, "from": round.from, "to": round.to, "venue": round.venue,
                "outcome": shown(round.outcome), "produced": shown(round.produced),
                "timeline": TalksTimelineSVG.round(round, names: names),
                "delegations": round.delegations.map { delegation -> [String: Any] in
                    [
                        "id": delegation.id, "name": names[delegation.id] ?? delegation.id,
                        "kind": delegation.party != nil ? "party" : "platform", "head": delegation.head ?? "",
                        "members": delegation.members.joined(separator: "; "), "attended": delegation.attended,
                        "changes": delegation.changes.map { ["at": $0.at, "text": $0.text] },
                    ]
                },
                "meetings": round.meetings.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map { meeting -> [String: Any] in
                    [
                        "id": meeting.id, "date": meeting.date, "kind": meeting.kind.rawValue, "place": shown(meeting.place),
                        "participants": meeting.participants.map { names[$0] ?? $0 }.joined(separator: ", "),
                        "agenda": shown(meeting.agenda.joined(separator: ", ")), "illustrative": meeting.illustrative,
                    ]
                },
                "statements": talks.statements.filter { $0.madeIn.map(inRound.contains) ?? false }.map {
                    statementValues($0, names)
                },
                "documents": talks.documents.filter { $0.madeIn.map(inRound.contains) ?? false }.map(documentValues),
                "commitments": made.map { ["id": $0.id, "text": $0.text, "status": $0.steps.last?.status.rawValue ?? ""] },
                "hasStatements": talks.statements.contains { $0.madeIn.map(inRound.contains) ?? false },
                "hasDocuments": talks.documents.contains { $0.madeIn.map(inRound.contains) ?? false },
                "hasCommitments": !made.isEmpty,
                "news": news.map { item -> [String: Any] in
                    [
                        "date": item.draft.date ?? "", "cameo": item.draft.cameo, "sentence": item.draft.sentence,
                        "outlet": item.article.outlet ?? item.article.file, "url": linkable(item.article.url),
                        "alsoIn": item.alsoIn.isEmpty ? false : item.alsoIn.count,
                    ]
                },
                "hasNews": !news.isEmpty,
                "sources": round.sources,
            ])
    }

    func commitmentsTracker(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        let talks = try await storedTalks()
        let agreement = try await agreement()
        let names = talksNames(talks, agreement: agreement)
        let parameters = request.uri.queryParameters
        func value(_ name: String) -> String? { parameters.get(name).flatMap { $0.isEmpty ? nil : $0 } }
        let filter = TalksFilter(party: value("party"), status: value("status"), process: value("process"), on: value("on"))
        let from = value("from")
        let to = value("to")
        for (name, day) in [("on", filter.on), ("from", from), ("to", to)] {
            if let day, !CivilTime.isDay(day) {
                throw ProblemDetails(status: .badRequest, detail: "parameter '\(name)': '\(day)' is not a date (YYYY-MM-DD)")
            }
        }
        let chosen = try APIRoutes.commitments(talks, filter)
        let cards = try await register.scorecards(agreement: agreementID, party: nil, from: from, to: to ?? filter.on)
        let statuses = CommitmentStatus.allCases.map(\.rawValue)
        let parties = Set(talks.commitments.flatMap(\.by)).sorted()
        return page(
            "talks_commitments", title: "Commitments", context: context,
            [
                "partyOptions": options(parties, selected: filter.party),
                "statusOptions": options(statuses, selected: filter.status),
                "processOptions": options(talks.processes.map(\.id), selected: filter.process),
                "on": filter.on ?? "", "from": from ?? "", "to": to ?? "", "fromShown": shown(from), "toShown": shown(to),
                "count": chosen.count,
                "commitments": chosen.map { commitment -> [String: Any] in
                    let status = filter.on.map { commitment.status(on: $0) } ?? commitment.steps.last?.status
                    let last = commitment.steps.last
                    return [
                        "id": commitment.id, "text": commitment.text,
                        "by": commitment.by.map { names[$0] ?? $0 }.joined(separator: ", "),
                        "to": commitment.to.map { names[$0] ?? $0 }.joined(separator: ", "),
                        "made": commitment.made, "madeIn": commitment.madeIn, "due": commitment.due ?? "",
                        "status": status?.rawValue ?? "", "statusLabel": status.map(Self.label) ?? "not yet made",
                        "lastAt": last?.at ?? "", "lastReason": last?.reason ?? "", "illustrative": commitment.illustrative,
                    ]
                },
                "statuses": statuses.map { ["status": $0] },
                "scorecards": cards.map { card -> [String: Any] in
                    [
                        "party": card.party, "name": card.name, "platform": card.isPlatform,
                        "counts": statuses.map { ["count": card.commitments[$0] ?? 0] }, "violations": card.violations,
                    ]
                },
                "scoreChart": cards.contains { $0.violations > 0 }
                    ? TrendSVG.render(
                        weeks: cards.first?.months.map(\.month) ?? [],
                        series: cards.filter { !$0.isPlatform && $0.violations > 0 }.map {
                            ($0.party, $0.months.map(\.violations))
                        }, title: "Verified violations per month by party")
                    : "<p>No verified violations in the period.</p>",
            ])
    }

    static func label(_ status: CommitmentStatus) -> String {
        switch status {
        case .notInitiated: "0 not initiated"
        case .minimal: "1 minimal"
        case .intermediate: "2 intermediate"
        case .full: "3 full"
        case .broken: "broken"
        }
    }

    func commitmentPage(_ context: TruceRequestContext, error: String?, status: HTTPResponse.Status) async throws
        -> Response
    {
        let talks = try await storedTalks()
        let id = try talksID(context)
        guard let commitment = talks.commitment(id) else { throw WorkflowError.notFound(what: "commitment '\(id)'") }
        let names = talksNames(talks, agreement: try await agreement())
        let checkpointSize = try await register.log.latestCheckpoint()?.checkpoint.size ?? 0
        let round =
            talks.round(containing: commitment.madeIn)?.round.id
            ?? talks.documents.first { $0.id == commitment.madeIn }?.madeIn.flatMap { talks.round(containing: $0)?.round.id }
        var values: [String: Any] = [
            "id": commitment.id, "text": commitment.text,
            "by": commitment.by.map { names[$0] ?? $0 }.joined(separator: ", "),
            "to": commitment.to.map { names[$0] ?? $0 }.joined(separator: ", "), "made": commitment.made,
            "madeIn": commitment.madeIn, "round": shown(round), "due": shown(commitment.due),
            "indicator": commitment.indicator, "source": commitment.source, "illustrative": commitment.illustrative,
            "status": commitment.steps.last.map { Self.label($0.status) } ?? "none",
            "steps": commitment.steps.map { step -> [String: Any] in
                [
                    "status": Self.label(step.status), "at": step.at, "by": step.by, "reason": step.reason ?? "",
                    "evidence": step.evidence.map { item -> [String: Any] in
                        let link = Self.evidenceLink(item)
                        return ["text": item, "link": link ?? "", "linked": link != nil]
                    },
                    "recordedAt": step.recordedAt.map { CivilTime.iso8601UTC($0) } ?? "",
                    "logIndex": step.logIndex.map(String.init) ?? "", "hasLog": step.logIndex != nil,
                    "proof": step.logIndex.map { UInt64($0) < checkpointSize } ?? false, "logSize": String(checkpointSize),
                ]
            },
            "canAssess": context.viaSession && AccessPolicy.allows(context.principal, .assessCommitments),
            "statusOptions": options(CommitmentStatus.allCases.map(\.rawValue), selected: nil),
        ]
        if let error { values["error"] = error }
        return page("talks_commitment", title: "Commitment \(commitment.id)", context: context, values, status: status)
    }

    func assessCommitment(_ request: Request, _ context: TruceRequestContext) async throws -> Response {
        let id = try talksID(context)
        let form = try await checkCSRF(request, context)
        do {
            try AccessPolicy.require(.assessCommitments, context.principal)
            guard let status = form["status"].flatMap(CommitmentStatus.init(rawValue:)) else {
                throw WorkflowError.invalid(field: "status", message: "choose a status")
            }
            let at = form["at"] ?? CivilTime.day(Int64(Date().timeIntervalSince1970), in: .gmt)
            _ = try await register.assess(
                commitment: id, agreement: agreementID,
                step: CommitmentStep(
                    status: status, at: at, by: context.principal.recorded, reason: form["reason"],
                    evidence: form["evidence"].map { [$0] } ?? []),
                by: context.principal)
        } catch {
            guard let refused = refusal(error) else { throw error }
            return try await commitmentPage(context, error: refused.message, status: refused.status)
        }
        return redirect("/talks/commitments/\(id)")
    }

    /// A text for a template section: Mustache treats an empty string as present, so an absent or empty text is
    /// `false`.
    func shown(_ text: String?) -> Any {
        guard let text, !text.isEmpty else { return false }
        return text
    }

    /// Where an evidence reference points in Truce: `incident:N` and `finding:N` to the incident page, `log:N` to
    /// the entry; an `http(s)` URL to itself.
    static func evidenceLink(_ item: String) -> String? {
        let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "incident", "finding": return Int64(parts[1]).map { "/incidents/\($0)" }
        case "log": return Int64(parts[1]).map { "/log/entries?start=\($0)&end=\($0 + 1)" }
        case "http", "https": return parts[1].hasPrefix("//") && !item.contains("\"") ? item : nil
        default: return nil
        }
    }

    /// An address safe to put in a link: http or https only; anything else is shown as text, not linked.
    func linkable(_ url: String?) -> Any {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return false }
        return url
    }
}
