import ArgumentParser
import Foundation
import TruceNews
import TruceScenario
import TruceStore

/// `truce bench extract`: news coding speed on one core, and memory with the dictionaries and gazetteer loaded.
struct BenchExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Time news coding (sentences per second on one core) and its peak memory, beside sentence splitting alone.",
        discussion: """
            Loads the shipped dictionaries and the Syria gazetteer, then codes articles of 20 sentences on one \
            thread: the built-in sample sentences, or the lines of --sentences FILE (one sentence a line), or the \
            articles given with --article. Beside it, in the same run, it times sentence splitting alone over the \
            same text (the floor any coder pays). The baseline is TABARI's published speed (the upper end of \
            1,000-2,000 sentences/s; it cannot run here), and the ratio is ours to it. Peak memory is the process's \
            maximum resident size, dictionaries and gazetteer included.
            """)

    @Option(help: "Sentences to code.") var count: Int = 200_000
    @Option(help: "A file of sentences, one a line, to build the articles from.") var sentences: String?
    @Option(name: .customLong("article"), help: "Real articles to code instead, repeated to reach --count.")
    var articles: [String] = []
    @Option(help: "Timed runs.") var runs: Int = 5

    func validate() throws {
        guard count >= 1_000 && count <= 50_000_000 else { throw ValidationError("--count must be 1000 to 50000000") }
        guard runs >= 1 && runs <= 100 else { throw ValidationError("--runs must be 1 to 100") }
    }

    func run() async throws {
        try await reportingFailures {
            let loadStart = DispatchTime.now().uptimeNanoseconds
            let extractor = try NewsCoding.extractor()
            let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
            let published = NewsDay("2017-02-27")!
            var corpus: [String]
            if !articles.isEmpty {
                corpus = try articles.map { path in
                    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                        throw FileAccessError(path: path, reason: "cannot be read as UTF-8 text")
                    }
                    return text
                }
            } else {
                var lines = ExtractionBenchmark.sampleSentences
                if let sentences {
                    guard let text = try? String(contentsOfFile: sentences, encoding: .utf8) else {
                        throw FileAccessError(path: sentences, reason: "cannot be read as UTF-8 text")
                    }
                    lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
                }
                corpus = stride(from: 0, to: lines.count, by: 20).map { start in
                    lines[start..<min(start + 20, lines.count)].joined(separator: "\n\n")
                }
            }
            // The sentences one pass over the corpus holds, as the splitter counts them.
            var perPass = 0
            for article in corpus {
                let text = ArticleText(article, filter: extractor.filter)
                for block in text.blocks { perPass += extractor.splitter.split(text.scalars, in: block.range).count }
            }
            guard perPass > 0 else { throw ValidationError("the corpus holds no sentences") }
            let passes = max(1, (count + perPass - 1) / perPass)
            var coding: [Double] = []
            var splitting: [Double] = []
            var events = 0
            for run in 0..<runs {
                Terminal.progress("bench extract: run \(run + 1) of \(runs)")
                var start = DispatchTime.now().uptimeNanoseconds
                events = 0
                for _ in 0..<passes {
                    for article in corpus { events += extractor.extract(text: article, published: published).events.count }
                }
                coding.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                start = DispatchTime.now().uptimeNanoseconds
                var split = 0
                for _ in 0..<passes {
                    for article in corpus {
                        let text = ArticleText(article, filter: extractor.filter)
                        for block in text.blocks { split += extractor.splitter.split(text.scalars, in: block.range).count }
                    }
                }
                splitting.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                precondition(split == perPass * passes)
            }
            Terminal.endProgress()
            let sentencesCoded = perPass * passes
            let median = coding.sorted()[coding.count / 2]
            let splitMedian = splitting.sorted()[splitting.count / 2]
            let rate = Double(sentencesCoded) / median
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            try BenchReport.print([
                "bench": "extract", "sentences": sentencesCoded, "events": events, "runs": runs,
                "corpus": !articles.isEmpty ? "articles" : (sentences == nil ? "built-in sample" : "sentences file"),
                "load_seconds": BenchReport.round3(loadSeconds), "median_seconds": BenchReport.round3(median),
                "sentences_per_second": Int(rate.rounded()), "threads": 1,
                "splitting_only": [
                    "median_seconds": BenchReport.round3(splitMedian),
                    "sentences_per_second": Int((Double(sentencesCoded) / splitMedian).rounded()),
                ],
                "baseline": [
                    "what": "TABARI, published speed (upper end of 1,000-2,000 sentences/s; not runnable here)",
                    "sentences_per_second": 2_000,
                ],
                "ratio": BenchReport.round3(rate / 2_000),
                "peak_rss_mb": BenchReport.round3(Double(usage.ru_maxrss) / 1024),
            ])
        }
    }
}
