import Testing
import TruceNews

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter().split(scalars, in: 0..<scalars.count).map {
            String(String.UnicodeScalarView(scalars[$0]))
        }
    }

    @Test("abbreviations and month abbreviations do not end a sentence")
    func abbreviations() {
        #expect(
            split("The U.S. envoy met Dr. Smith on Jan. 5 in Geneva. He left on Feb. 6.") == [
                "The U.S. envoy met Dr. Smith on Jan. 5 in Geneva.", "He left on Feb. 6.",
            ])
        #expect(split("US Rep. Ilhan Omar spoke. Gen. Gerasimov replied.").count == 2)
    }

    @Test("initials do not end a sentence")
    func initials() {
        #expect(split("J. R. Smith arrived in Damascus. Then he left.") == ["J. R. Smith arrived in Damascus.", "Then he left."])
    }

    @Test("quotations: a period inside closing quotes ends the sentence; a comma inside does not")
    func quotes() {
        #expect(split("He said “we will go.” Then he left.") == ["He said “we will go.”", "Then he left."])
        #expect(split("\"We will go,\" he said. She agreed.") == ["\"We will go,\" he said.", "She agreed."])
        #expect(split("“This is the foundation,” he added.").count == 1)
    }

    @Test("question and exclamation marks, and lower-case continuations")
    func marks() {
        #expect(split("Will they meet? Nobody knows! The talks go on.").count == 3)
        #expect(split("It rose 3.5 per cent. e.g. this stays.").count == 1)
    }
}
