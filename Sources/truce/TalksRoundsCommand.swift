import ArgumentParser
import Foundation
import TruceCore
import TruceScenario
import TruceServer
import TruceStore

/// `truce talks rounds [--file FILE] --format json|table`.
struct TalksRoundsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: "List every round with its delegations and meetings (docs/talks-format.md), checked against the agreement.")

    @Option(help: "A talks file (default: the shipped Syria 2017 talks).") var file: String?
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let path = try file ?? SyriaScenario.talksURL().path
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw FileAccessError(path: path, reason: "cannot be read as UTF-8 text")
            }
            let talks = try TalksDecoder().decode(text, file: (path as NSString).lastPathComponent, agreement: agreement)
            if format == .json {
                try IncidentDetailJSON.print(
                    talks.rounds.map { process, round -> [String: Any] in
                        [
                            "process": process.id, "id": round.id, "name": round.name, "from": round.from, "to": round.to,
                            "venue": round.venue, "outcome": round.outcome ?? NSNull(), "produced": round.produced ?? NSNull(),
                            "delegations": round.delegations.map { delegation -> [String: Any] in
                                [
                                    "id": delegation.id, "party": delegation.party ?? NSNull(),
                                    "platform": delegation.platform ?? NSNull(), "head": delegation.head ?? NSNull(),
                                    "members": delegation.members, "attended": delegation.attended,
                                ]
                            },
                            "meetings": round.meetings.map { meeting -> [String: Any] in
                                [
                                    "id": meeting.id, "kind": meeting.kind.rawValue, "date": meeting.date,
                                    "participants": meeting.participants, "agenda": meeting.agenda,
                                    "illustrative": meeting.illustrative,
                                ]
                            },
                            "sources": round.sources,
                        ]
                    })
                return
            }
            for (process, round) in talks.rounds {
                print("\(round.name) (\(process.name)), \(round.from) to \(round.to), \(round.venue)")
                if let outcome = round.outcome { print("  outcome: \(outcome)") }
                for delegation in round.delegations {
                    let who = delegation.party ?? delegation.platform ?? "?"
                    print(
                        "  delegation \(who)\(delegation.head.map { ", head \($0)" } ?? "")\(delegation.attended ? "" : " (did not attend)")"
                    )
                }
                for meeting in round.meetings {
                    print(
                        "  \(meeting.date) \(meeting.kind.rawValue): \(meeting.participants.joined(separator: ", "))\(meeting.illustrative ? " (illustrative)" : "")"
                    )
                }
            }
        }
    }
}
