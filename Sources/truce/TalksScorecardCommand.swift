import ArgumentParser
import Foundation
import TruceCore
import TruceServer
import TruceStore

/// `truce talks scorecard [--party P] [--from DAY] [--to DAY]`: commitments by status and verified violations.
struct TalksScorecardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorecard",
        abstract:
            "Each party's commitments by status at the end of a period and its verified violations in it, month by month.")

    @Option(help: "Only this party or platform.") var party: String?
    @OptionGroup var period: PeriodOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            try period.check()
            let (from, to) = (period.from, period.to)
            let register = try store.open()
            let agreement = try await store.loadAgreement(from: register)
            let cards = try await register.scorecards(agreement: agreement.id, party: party, from: from, to: to)
            if format == .json {
                try IncidentDetailJSON.print(cards.map(TalksJSON.scorecard))
                return
            }
            let statuses = CommitmentStatus.allCases.map(\.rawValue)
            print(
                "party".padding(toLength: 28, withPad: " ", startingAt: 0) + statuses.map { "  \($0)" }.joined() + "  violations")
            for card in cards {
                let counts = statuses.map { status in pad(String(card.commitments[status] ?? 0), status.count + 2) }
                print(
                    card.party.padding(toLength: 28, withPad: " ", startingAt: 0) + counts.joined()
                        + pad(String(card.violations), 12))
            }
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
