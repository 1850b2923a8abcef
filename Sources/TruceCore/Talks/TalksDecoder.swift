import Foundation
import Yams

/// Reads a talks file (`format: truce-talks/1`, docs/talks-format.md) against the agreement it is about, refusing
/// what cannot be true with an error naming the file, line and field: an unknown party or platform, a meeting
/// outside its round's days, a participant that is not at the round, a commitment due before it was made, a status
/// step before the commitment or out of order, a status change without a reason.
public struct TalksDecoder: Sendable {
    /// The largest file accepted.
    public static let maximumBytes = 4 << 20

    /// A decoder.
    public init() {}

    /// The agreement a talks file says it is about, read before the agreement is at hand.
    public static func agreementID(of yaml: String, file: String) throws(InputError) -> String {
        try YAMLObject.document(yaml, file: file, maximumBytes: maximumBytes).string("agreement")
    }

    /// Decodes a talks file for an agreement.
    public func decode(_ yaml: String, file: String, agreement: Agreement) throws(InputError) -> TalksRecord {
        let top = try YAMLObject.document(yaml, file: file, maximumBytes: Self.maximumBytes)
        try top.checkKeys([
            "format", "agreement", "platforms", "processes", "documents", "commitments", "statements", "sources",
        ])
        let format = try top.string("format")
        guard format == "truce-talks/1" else {
            throw top.error("format", top.optional("format"), "expected truce-talks/1, found '\(format)'")
        }
        let agreementID = try top.string("agreement")
        guard agreementID == agreement.id else {
            throw top.error(
                "agreement", top.optional("agreement"), "the file is about '\(agreementID)', not '\(agreement.id)'")
        }
        let actors = Set(agreement.allActors.map(\.id))
        let registered = Set([agreement.id] + agreement.amendments.map(\.id))
        var platforms: [TalksPlatform] = []
        for object in try top.objects("platforms") {
            try object.checkKeys(["id", "name", "party"])
            let party = try object.optionalString("party")
            if let party, !actors.contains(party) {
                throw object.error("party", object.optional("party"), "unknown party '\(party)'")
            }
            platforms.append(TalksPlatform(id: try object.string("id"), name: try object.string("name"), party: party))
        }
        let known = actors.union(platforms.map(\.id))
        var ids = Set<String>()
        func unique(_ object: YAMLObject) throws(InputError) -> String {
            let id = try object.string("id")
            guard ids.insert(id).inserted else { throw object.error("id", object.optional("id"), "'\(id)' is used twice") }
            return id
        }
        func day(_ object: YAMLObject, _ key: String) throws(InputError) -> String {
            let text = try object.string(key)
            guard CivilTime.isDay(text) else {
                throw object.error(key, object.optional(key), "'\(text)' is not a date (YYYY-MM-DD)")
            }
            return text
        }
        func actorList(_ object: YAMLObject, _ key: String) throws(InputError) -> [String] {
            let values = try object.strings(key)
            if let unknown = values.first(where: { !known.contains($0) }) {
                throw object.error(
                    key, object.optional(key),
                    "unknown party or platform '\(unknown)'; known: \(known.sorted().joined(separator: ", "))")
            }
            return values
        }

        var processes: [TalksProcess] = []
        var meetingsAndRounds = Set<String>()
        for object in try top.objects("processes") {
            try object.checkKeys(["id", "name", "host", "mediators", "guarantors", "rounds"])
            let processID = try unique(object)
            var rounds: [TalksRound] = []
            for roundObject in try object.objects("rounds") {
                try roundObject.checkKeys([
                    "id", "name", "from", "to", "venue", "outcome", "produced", "delegations", "meetings", "sources",
                ])
                let roundID = try unique(roundObject)
                let from = try day(roundObject, "from")
                let to = try day(roundObject, "to")
                guard from <= to else {
                    throw roundObject.error("to", roundObject.optional("to"), "the round ends (\(to)) before it starts (\(from))")
                }
                var delegations: [Delegation] = []
                for delegationObject in try roundObject.objects("delegations") {
                    try delegationObject.checkKeys(["id", "party", "platform", "head", "members", "attended", "changes"])
                    let party = try delegationObject.optionalString("party")
                    let platform = try delegationObject.optionalString("platform")
                    guard (party == nil) != (platform == nil) else {
                        throw delegationObject.error(nil, nil, "a delegation names a party or a platform (one of them)")
                    }
                    if let party, !actors.contains(party) {
                        throw delegationObject.error("party", delegationObject.optional("party"), "unknown party '\(party)'")
                    }
                    if let platform, !platforms.contains(where: { $0.id == platform }) {
                        throw delegationObject.error(
                            "platform", delegationObject.optional("platform"), "unknown platform '\(platform)'")
                    }
                    var changes: [DelegationChange] = []
                    for changeObject in try delegationObject.objects("changes") {
                        try changeObject.checkKeys(["at", "text"])
                        let at = try day(changeObject, "at")
                        guard at >= from && at <= to else {
                            throw changeObject.error(
                                "at", changeObject.optional("at"), "\(at) is outside the round's days (\(from) to \(to))")
                        }
                        if let previous = changes.last, at < previous.at {
                            throw changeObject.error(
                                "at", changeObject.optional("at"), "\(at) is before the previous change (\(previous.at))")
                        }
                        changes.append(DelegationChange(at: at, text: try changeObject.string("text")))
                    }
                    delegations.append(
                        Delegation(
                            id: try unique(delegationObject), party: party, platform: platform,
                            head: try delegationObject.optionalString("head"), members: try delegationObject.strings("members"),
                            attended: try delegationObject.bool("attended", default: true), changes: changes))
                }
                var meetings: [Meeting] = []
                for meetingObject in try roundObject.objects("meetings") {
                    try meetingObject.checkKeys(["id", "kind", "date", "place", "participants", "agenda", "illustrative"])
                    let meetingID = try unique(meetingObject)
                    let kindText = try meetingObject.string("kind")
                    guard let kind = MeetingKind(rawValue: kindText) else {
                        throw meetingObject.error(
                            "kind", meetingObject.optional("kind"),
                            "expected one of: \(MeetingKind.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    let date = try day(meetingObject, "date")
                    guard date >= from && date <= to else {
                        throw meetingObject.error(
                            "date", meetingObject.optional("date"), "\(date) is outside the round's days (\(from) to \(to))")
                    }
                    let participants = try meetingObject.strings("participants")
                    let present = Set(delegations.filter(\.attended).map(\.id)).union(["mediator"])
                    if let stranger = participants.first(where: { !present.contains($0) }) {
                        throw meetingObject.error(
                            "participants", meetingObject.optional("participants"),
                            "'\(stranger)' is not a delegation attending \(roundID) (nor `mediator`)")
                    }
                    meetings.append(
                        Meeting(
                            id: meetingID, kind: kind, date: date, place: try meetingObject.optionalString("place"),
                            participants: participants, agenda: try meetingObject.strings("agenda"),
                            illustrative: try meetingObject.bool("illustrative", default: false)))
                    meetingsAndRounds.insert(meetingID)
                }
                meetingsAndRounds.insert(roundID)
                let produced = try roundObject.optionalString("produced")
                if let produced, !registered.contains(produced) {
                    throw roundObject.error(
                        "produced", roundObject.optional("produced"),
                        "'\(produced)' is not the agreement or one of its amendments in the register; known: \(registered.sorted().joined(separator: ", "))"
                    )
                }
                rounds.append(
                    TalksRound(
                        id: roundID, name: try roundObject.string("name"), from: from, to: to,
                        venue: try roundObject.string("venue"), outcome: try roundObject.optionalString("outcome"),
                        produced: produced, delegations: delegations, meetings: meetings,
                        sources: try roundObject.strings("sources")))
            }
            let guarantors = try object.strings("guarantors")
            if let unknown = guarantors.first(where: { !actors.contains($0) }) {
                throw object.error("guarantors", object.optional("guarantors"), "unknown guarantor '\(unknown)'")
            }
            processes.append(
                TalksProcess(
                    id: processID, name: try object.string("name"), host: try object.string("host"),
                    mediators: try object.strings("mediators"), guarantors: guarantors, rounds: rounds))
        }

        var documents: [TalksDocument] = []
        for object in try top.objects("documents") {
            try object.checkKeys(["id", "title", "kind", "date", "made_in", "agreement", "source", "illustrative"])
            let id = try unique(object)
            let madeIn = try object.optionalString("made_in")
            if let madeIn, !meetingsAndRounds.contains(madeIn) {
                throw object.error("made_in", object.optional("made_in"), "unknown round or meeting '\(madeIn)'")
            }
            let link = try object.optionalString("agreement")
            if let link, !registered.contains(link) {
                throw object.error(
                    "agreement", object.optional("agreement"),
                    "'\(link)' is not the agreement or one of its amendments in the register; known: \(registered.sorted().joined(separator: ", "))"
                )
            }
            documents.append(
                TalksDocument(
                    id: id, title: try object.string("title"), kind: try object.string("kind"), date: try day(object, "date"),
                    madeIn: madeIn, agreementLink: link, source: try object.string("source"),
                    illustrative: try object.bool("illustrative", default: false)))
        }
        let places = meetingsAndRounds.union(documents.map(\.id))

        var commitments: [TalksCommitment] = []
        for object in try top.objects("commitments") {
            try object.checkKeys([
                "id", "by", "to", "made_in", "made", "due", "text", "indicator", "source", "illustrative", "status",
            ])
            let id = try unique(object)
            let madeIn = try object.string("made_in")
            guard places.contains(madeIn) else {
                throw object.error("made_in", object.optional("made_in"), "unknown round, meeting or document '\(madeIn)'")
            }
            let made = try day(object, "made")
            var due: String?
            if try object.optionalString("due") != nil {
                let value = try day(object, "due")
                guard value >= made else {
                    throw object.error("due", object.optional("due"), "due \(value), before it was made (\(made))")
                }
                due = value
            }
            var steps: [CommitmentStep] = []
            for stepObject in try object.objects("status") {
                try stepObject.checkKeys(["level", "at", "by", "reason", "evidence"])
                let levelText = try stepObject.string("level")
                guard let status = CommitmentStatus(rawValue: levelText) else {
                    throw stepObject.error("level", stepObject.optional("level"), "expected 0, 1, 2, 3 or broken")
                }
                let at = try day(stepObject, "at")
                if at < made {
                    throw stepObject.error("at", stepObject.optional("at"), "\(at) is before the commitment was made (\(made))")
                }
                if let previous = steps.last, at < previous.at {
                    throw stepObject.error("at", stepObject.optional("at"), "\(at) is before the previous step (\(previous.at))")
                }
                let reason = try stepObject.optionalString("reason")
                if let previous = steps.last, previous.status != status,
                    reason?.trimmingCharacters(in: .whitespaces).isEmpty ?? true
                {
                    throw stepObject.error(
                        "reason", stepObject.optional("reason"),
                        "a change from \(previous.status.rawValue) to \(status.rawValue) needs a reason")
                }
                steps.append(
                    CommitmentStep(
                        status: status, at: at, by: try stepObject.string("by"), reason: reason,
                        evidence: try stepObject.strings("evidence")))
            }
            commitments.append(
                TalksCommitment(
                    id: id, by: try actorList(object, "by"), to: try actorList(object, "to"), madeIn: madeIn, made: made,
                    due: due, text: try object.string("text"), indicator: try object.string("indicator"),
                    source: try object.string("source"), illustrative: try object.bool("illustrative", default: false),
                    steps: steps))
        }
        var statements: [TalksStatement] = []
        for object in try top.objects("statements") {
            try object.checkKeys(["id", "speaker", "for", "date", "quote", "made_in", "source", "illustrative"])
            let id = try unique(object)
            let speaksFor = try object.optionalString("for")
            if let speaksFor, !known.contains(speaksFor) {
                throw object.error(
                    "for", object.optional("for"),
                    "unknown party or platform '\(speaksFor)'; known: \(known.sorted().joined(separator: ", "))")
            }
            let madeIn = try object.optionalString("made_in")
            if let madeIn, !places.contains(madeIn) {
                throw object.error("made_in", object.optional("made_in"), "unknown round, meeting or document '\(madeIn)'")
            }
            statements.append(
                TalksStatement(
                    id: id, speaker: try object.string("speaker"), speaksFor: speaksFor, date: try day(object, "date"),
                    quote: try object.string("quote"), madeIn: madeIn, source: try object.string("source"),
                    illustrative: try object.bool("illustrative", default: false)))
        }
        return TalksRecord(
            agreementID: agreementID, platforms: platforms, processes: processes, commitments: commitments,
            statements: statements, documents: documents)
    }
}
