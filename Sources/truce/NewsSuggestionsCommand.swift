import ArgumentParser
import Foundation
import TruceCore
import TruceServer
import TruceStore

/// `truce news suggestions [--state S] [--kind K]`.
struct NewsSuggestionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggestions", abstract: "List news suggestions, newest first.")

    @Option(help: "pending, accepted or rejected.") var state: String?
    @Option(help: "report or talks.") var kind: String?
    @Option(help: "At most this many (1 to 10000).") var limit: Int = 100
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            let chosenState = try state.map { text in
                guard let value = NewsSuggestionState(rawValue: text) else {
                    throw commandLineError(field: "--state", message: "'\(text)' is not pending, accepted or rejected")
                }
                return value
            }
            let chosenKind = try kind.map { text in
                guard let value = NewsSuggestionKind(rawValue: text) else {
                    throw commandLineError(field: "--kind", message: "'\(text)' is not report or talks")
                }
                return value
            }
            let register = try store.open()
            let suggestions = try await register.newsSuggestions(
                state: chosenState, kind: chosenKind, from: nil, to: nil, limit: limit)
            if format == .json {
                try IncidentDetailJSON.print(suggestions.map(NewsJSON.suggestion))
                return
            }
            if suggestions.isEmpty { print("No suggestions.") }
            for item in suggestions {
                print(
                    "\(item.id) [\(item.state.rawValue)] \(item.draft.kind.rawValue) \(item.draft.date ?? "----------") CAMEO \(item.draft.cameo) \(item.draft.source ?? "-") -> \(item.draft.target ?? "-")\(item.draft.place.map { " @ \($0)" } ?? "") (\(item.article.outlet ?? item.article.file)\(item.alsoIn.isEmpty ? "" : " and \(item.alsoIn.count) more"))"
                )
                print("    \(item.draft.sentence.prefix(120))")
                if let by = item.decidedBy { print("    \(item.state.rawValue) by \(by): \(item.reason ?? "")") }
            }
        }
    }
}
