import ArgumentParser
import Foundation
import TruceCore
import TruceNews
import TruceScenario
import TruceStore

/// `truce extract FILE [--published YYYY-MM-DD] [--format json|table] [--dictionary FILE ...]`: codes a news
/// article (plain text or HTML) into CAMEO events with PLOVER types (docs/news-dictionaries.md).
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Code a news article into CAMEO/PLOVER events: who did what to whom, where and when.")

    @Argument(help: "The article, plain text or HTML (at most 4 MiB).") var file: String
    @Option(help: "Publication date (YYYY-MM-DD) that 'on Monday' and 'yesterday' resolve against; default today (UTC).")
    var published: String?
    @Option(help: "Output format: json or table.") var format: OutputFormat = .json
    @Option(name: .customLong("dictionary"), help: "An extra dictionary file (repeatable; docs/news-dictionaries.md).")
    var dictionaries: [String] = []

    func run() async throws {
        try await reportingFailures {
            try DayOption.check(published, "published")
            guard format == .json || format == .table else {
                throw commandLineError(field: "--format", message: "'\(format.rawValue)' is not json or table")
            }
            let extractor = try NewsCoding.extractor(dictionaries: dictionaries)
            let (_, extraction) = try NewsCoding.extract(file, with: extractor, published: NewsCoding.day(published))
            if format == .json {
                print(extraction.json())
                return
            }
            print(
                "published \(extraction.published): \(extraction.events.count) events, \(extraction.skipped.count) blocks skipped"
            )
            for event in extraction.events {
                let source =
                    event.source.map { "\($0.country ?? "?") \($0.role ?? "")".trimmingCharacters(in: .whitespaces) } ?? "-"
                let target =
                    event.target.map { "\($0.country ?? "?") \($0.role ?? "")".trimmingCharacters(in: .whitespaces) } ?? "-"
                let place = event.location.map { " @ \($0.name)" } ?? ""
                print(
                    "\(event.date ?? "----------")  \(event.cameo.padding(toLength: 4, withPad: " ", startingAt: 0))  \(event.plover?.type ?? "-")  \(source) -> \(target)\(place)"
                )
                print("    \(event.sentence.prefix(110))")
            }
            for block in extraction.skipped {
                print("skipped (\(block.reason)): \(block.text.prefix(90))")
            }
        }
    }
}
