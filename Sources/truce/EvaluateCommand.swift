import ArgumentParser
import Foundation
import TruceCore
import TruceNews
import TruceServer
import TruceStore

/// `truce evaluate PATH… [--dictionary FILE …] [--format table|json] [--details]`: codes hand-coded articles and
/// scores the coder against them, as docs/event-coding.md scores event coders (date, source country, CAMEO root,
/// target country; symmetric acts may swap source and target). A user who extends the dictionaries for a new
/// conflict measures the change on articles of that conflict.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract:
            "Score the news coder against hand-coded articles (NAME.gold.json beside NAME.txt or NAME.html): precision, recall and F1."
    )

    @Argument(help: "Gold files (NAME.gold.json), articles with one beside them, or directories of them.")
    var paths: [String]
    @Option(name: .customLong("dictionary"), help: "An extra dictionary file (repeatable; docs/news-dictionaries.md).")
    var dictionaries: [String] = []
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table
    @Flag(help: "In the table, list each article's unmatched and missed events.") var details = false

    func run() async throws {
        try await reportingFailures {
            guard format == .json || format == .table else {
                throw commandLineError(field: "--format", message: "'\(format.rawValue)' is not table or json")
            }
            let pairs = try GoldFiles.pairs(paths)
            guard !pairs.isEmpty else {
                throw FileAccessError(path: paths.joined(separator: " "), reason: "no hand-coded articles (NAME.gold.json)")
            }
            let extractor = try NewsCoding.extractor(dictionaries: dictionaries)
            let progress = ProgressPrinter(label: "evaluate")
            var evaluations: [ArticleEvaluation] = []
            for (done, pair) in pairs.enumerated() {
                progress.update("coded", done: done, total: pairs.count, unit: "articles")
                let (bytes, size) = try BoundedFile.read(pair.gold, limit: GoldArticle.byteLimit)
                if bytes.count > GoldArticle.byteLimit {
                    throw InputError(
                        file: pair.gold, message: "\(size) bytes is more than the \(GoldArticle.byteLimit)-byte gold-file limit")
                }
                let gold = try GoldArticle(json: bytes, file: pair.gold)
                let (_, extraction) = try NewsCoding.extract(pair.article, with: extractor, published: gold.published)
                evaluations.append(ArticleEvaluation(article: pair.article, extraction: extraction, gold: gold))
            }
            progress.update("coded", done: pairs.count, total: pairs.count, unit: "articles")
            progress.finish()
            let total = evaluations.reduce(ExtractionScore(extracted: [], gold: [])) { $0 + $1.score }
            if format == .json {
                try IncidentDetailJSON.print(EvaluationOutput.json(evaluations, total: total))
            } else {
                EvaluationOutput.printTable(evaluations, total: total, details: details)
            }
        }
    }
}
