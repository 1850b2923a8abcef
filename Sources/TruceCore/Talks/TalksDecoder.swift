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

    /// Decodes a talks file for an agreement.
    public func decode(_ yaml: String, file: String, agreement: Agreement) throws(InputError) -> TalksRecord {
        let top = try YAMLObject.document(yaml, file: file, maximumBytes: Self.maximumBytes)
        try top.checkKeys(["format", "agreement", "platforms", "processes", "commitments", "sources"])
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
                    try delegationObject.checkKeys(["id", "party", "platform", "head", "members", "attended"])
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
                    delegations.append(
                        Delegation(
                            id: try unique(delegationObject), party: party, platform: platform,
                            head: try delegationObject.optionalString("head"), members: try delegationObject.strings("members"),
                            attended: try delegationObject.bool("attended", default: true)))
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
                rounds.append(
                    TalksRound(
                        id: roundID, name: try roundObject.string("name"), from: from, to: to,
                        venue: try roundObject.string("venue"), outcome: try roundObject.optionalString("outcome"),
                        produced: try roundObject.optionalString("produced"), delegations: delegations, meetings: meetings,
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

        var commitments: [TalksCommitment] = []
        for object in try top.objects("commitments") {
            try object.checkKeys([
                "id", "by", "to", "made_in", "made", "due", "text", "indicator", "source", "illustrative", "status",
            ])
            let id = try unique(object)
            let madeIn = try object.string("made_in")
            guard meetingsAndRounds.contains(madeIn) else {
                throw object.error("made_in", object.optional("made_in"), "unknown round or meeting '\(madeIn)'")
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
        return TalksRecord(agreementID: agreementID, platforms: platforms, processes: processes, commitments: commitments)
    }
}
