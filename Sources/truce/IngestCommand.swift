import ArgumentParser
import Foundation
import TruceCore
import TruceNews
import TruceScenario
import TruceServer
import TruceStore

/// `truce ingest FILE… [--published DAY] [--outlet NAME] [--url URL] --as ROLE`: codes each article and enters its
/// violent events as report suggestions and its diplomatic events as talks suggestions, for a monitor to accept.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract:
            "Take news articles in: each coded event worth a look becomes a suggestion (report or talks) that a monitor accepts or rejects (`truce news`)."
    )

    @Argument(help: "Articles, plain text or HTML (at most 4 MiB each).") var files: [String]
    @Option(help: "Publication date (YYYY-MM-DD) of the articles; default today (UTC).") var published: String?
    @Option(help: "The outlet (e.g. \"Press TV\").") var outlet: String?
    @Option(help: "The article's address (one file only).") var url: String?
    @Option(name: .customLong("dictionary"), help: "An extra dictionary file (repeatable).") var dictionaries: [String] = []
    @OptionGroup var acting: ActingOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        try await reportingFailures {
            try DayOption.check(published, "published")
            if url != nil, files.count != 1 { throw commandLineError(field: "--url", message: "--url names one article") }
            let principal = try acting.principal()
            let register = try store.open()
            let day = NewsCoding.day(published)
            let extractor = try NewsCoding.extractor(dictionaries: dictionaries)
            var answers: [[String: Any]] = []
            for path in files {
                let (bytes, extraction) = try NewsCoding.extract(path, with: extractor, published: day)
                let name = (path as NSString).lastPathComponent
                let outcome = try await register.ingest(
                    article: NewsIntakeMapping.article(
                        bytes: bytes, file: name, outlet: outlet, url: url, extraction: extraction),
                    suggestions: NewsIntakeMapping.suggestions(extraction), by: principal)
                var answer = NewsJSON.outcome(outcome, events: extraction.events.count, skipped: extraction.skipped.count)
                answer["file"] = name
                answers.append(answer)
                if format != .json {
                    if outcome.newArticle {
                        print(
                            "\(name): article \(outcome.articleID), \(extraction.events.count) events, \(outcome.suggested.count) suggested, \(outcome.alreadySuggested.count) already suggested from another article (log entry \(outcome.logIndex ?? -1))"
                        )
                    } else {
                        print("\(name): already taken in as article \(outcome.articleID); nothing entered")
                    }
                }
            }
            if format == .json { try IncidentDetailJSON.print(answers) }
            try await store.signCheckpointIfKeyed(register, quiet: true)
        }
    }
}
