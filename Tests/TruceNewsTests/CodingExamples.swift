import TruceNews

/// A suite of coding rules written as example sentences and articles, coded by the shipped extractor.
protocol CodingExamples {
    /// The publication day single sentences are coded against.
    var day: NewsDay { get }
}

extension CodingExamples {
    /// The events of one sentence on its own.
    func events(_ sentence: String) -> [CodedEvent] {
        Fixtures.extractor.extract(sentence: sentence, published: day)
    }

    /// The events of an article published on `published` (YYYY-MM-DD).
    func article(_ text: String, published: String = "2017-02-27") -> [CodedEvent] {
        Fixtures.extractor.extract(text: text, published: NewsDay(published)!).events
    }
}
