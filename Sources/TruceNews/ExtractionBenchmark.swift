import Foundation

/// Measures extraction speed on generated articles, for a CLI bench (`truce bench extract`).
public enum ExtractionBenchmark {
    /// What a run measured.
    public struct Figures: Sendable, Hashable {
        /// Sentences coded.
        public var sentences: Int
        /// Events found.
        public var events: Int
        /// Wall-clock seconds.
        public var seconds: Double
        /// Sentences per second.
        public var sentencesPerSecond: Double { seconds > 0 ? Double(sentences) / seconds : 0 }
    }

    /// Sentences to draw articles from: varied actors, verbs, dates and places.
    public static let sampleSentences = [
        "Russian President Vladimir Putin said on Monday that a mechanism to control the ceasefire had been created.",
        "UN Special Envoy for Syria Staffan de Mistura held talks with the opposition delegation in Geneva on Sunday.",
        "Syrian government forces shelled rebel positions near Daraa on Tuesday, the Syrian Observatory for Human Rights said.",
        "Turkey accused Damascus of violating the truce in Idlib province.",
        "The High Negotiations Committee rejected the proposal, saying the regime had not kept its promises.",
        "Russian warplanes carried out air strikes on Hayat Tahrir al-Sham positions in Idlib yesterday.",
        "Iran, Russia and Turkey agreed on Thursday to set up a joint group to monitor the ceasefire.",
        "The Kremlin welcomed the results of the talks in Astana.",
        "Kurdish YPG fighters clashed with Turkish-backed rebels near Afrin on February 20.",
        "He said representatives of the Moscow platform should also take part in the negotiations.",
    ]

    /// Codes `sentences` sentences (in articles of 20) and times it.
    public static func run(extractor: EventExtractor, sentences: Int, published: NewsDay = NewsDay("2017-02-27")!) -> Figures {
        let perArticle = 20
        var articles: [String] = []
        var made = 0
        while made < sentences {
            let count = min(perArticle, sentences - made)
            var lines: [String] = []
            for k in 0..<count { lines.append(sampleSentences[(made + k * 7) % sampleSentences.count]) }
            articles.append(lines.joined(separator: "\n\n"))
            made += count
        }
        var events = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for article in articles { events += extractor.extract(text: article, published: published).events.count }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Figures(sentences: made, events: events, seconds: seconds)
    }

    /// Codes real articles `rounds` times and times it (sentences counted by the splitter, boilerplate excluded).
    public static func run(extractor: EventExtractor, articles: [String], rounds: Int, published: NewsDay) -> Figures {
        var perRound = 0
        for article in articles {
            let text = ArticleText(article, filter: extractor.filter)
            for block in text.blocks { perRound += extractor.splitter.split(text.scalars, in: block.range).count }
        }
        var events = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<max(rounds, 0) {
            for article in articles { events += extractor.extract(text: article, published: published).events.count }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Figures(sentences: perRound * max(rounds, 0), events: events, seconds: seconds)
    }
}
