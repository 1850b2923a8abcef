import Foundation
import Testing
import TruceNews

@Suite("Hostile input")
struct HostileInputTests {
    let day = NewsDay("2017-02-27")!

    @Test("an empty file has no events and nothing skipped")
    func empty() throws {
        let extraction = try Fixtures.extractor.extract(bytes: [], file: "empty.txt", published: day)
        #expect(extraction.events.isEmpty)
        #expect(extraction.skipped.isEmpty)
        #expect(extraction.published == "2017-02-27")
    }

    @Test("binary input is refused as not text")
    func binary() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: NewsError.notText(file: "image.png", reason: "it contains NUL bytes")) {
            try Fixtures.extractor.extract(bytes: png, file: "image.png", published: day)
        }
        let latin1: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0xFF, 0xFE]
        #expect(throws: NewsError.notText(file: "latin1.txt", reason: "it is not valid UTF-8")) {
            try Fixtures.extractor.extract(bytes: latin1, file: "latin1.txt", published: day)
        }
    }

    @Test("50 MB of text is refused at once with the size limit")
    func huge() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        let start = Date()
        #expect(throws: NewsError.tooLarge(file: "big.txt", bytes: 50 << 20, limit: ArticleText.maximumBytes)) {
            try Fixtures.extractor.extract(bytes: bytes, file: "big.txt", published: day)
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test("a long line without sentence ends is skipped as too long, in bounded time")
    func longLine() throws {
        let text = String(repeating: "word ", count: 400_000)  // 2 MB, one line, no full stop
        let start = Date()
        let extraction = Fixtures.extractor.extract(text: text, published: day)
        #expect(extraction.events.isEmpty)
        #expect(extraction.skipped.contains { $0.reason == "too-long" })
        #expect(Date().timeIntervalSince(start) < 30)
    }

    @Test("HTML with script and style codes only the article text")
    func html() {
        let html = """
            <html><head><style>.a{}</style><script>document.write("Turkey shelled Damascus on Monday.")</script></head>
            <body><p>Turkish forces shelled Kurdish YPG positions near Afrin on Sunday.</p>
            <script type="text/javascript">if (a < b) { alert("Russia bombed Idlib"); }</script></body></html>
            """
        let extraction = Fixtures.extractor.extract(text: html, published: day)
        #expect(extraction.skipped.contains { $0.reason == "script" })
        #expect(extraction.skipped.contains { $0.reason == "style" })
        #expect(extraction.events.count == 1)
        #expect(extraction.events.first?.source?.country == "TUR")
        #expect(extraction.events.first?.cameo == "194")
        #expect(extraction.events.first?.date == "2017-02-26")
    }

    @Test("deeply nested and unclosed HTML is handled in bounded time")
    func nestedHTML() {
        let nested =
            "<html><body>" + String(repeating: "<aside>", count: 20_000) + "x" + String(repeating: "</aside>", count: 20_000)
            + "<p>Turkish forces shelled YPG positions near Afrin on Sunday.</p>" + String(repeating: "<", count: 50_000)
        let start = Date()
        let extraction = Fixtures.extractor.extract(text: nested, published: day)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(extraction.events.count == 1)
        #expect(extraction.skipped.contains { $0.reason == "read-more" })
    }

    @Test("Arabic and Russian text: no crash and an honest no-events")
    func otherScripts() throws {
        let arabic = "قال الرئيس الروسي فلاديمير بوتين يوم الاثنين إن آلية لمراقبة وقف إطلاق النار قد أنشئت."
        let russian = "Президент России Владимир Путин заявил в понедельник, что создан механизм контроля за перемирием."
        for text in [arabic, russian] {
            let extraction = try Fixtures.extractor.extract(bytes: Array(text.utf8), file: "foreign.txt", published: day)
            #expect(extraction.events.isEmpty)
        }
        // Names the dictionaries know still code inside other text.
        let mixed = "Москва. Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow on Friday."
        let events = Fixtures.extractor.extract(text: mixed, published: day).events
        #expect(events.first?.source?.country == "RUS")
        #expect(events.first?.target?.country == "TUR")
    }
}
