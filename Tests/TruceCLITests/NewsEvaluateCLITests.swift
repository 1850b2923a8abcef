import Foundation
import Testing

/// `truce evaluate` through the real binary: hand-coded articles found in a directory, scored and pooled; a bad gold
/// file refused naming the file and field.
@Suite("news coder evaluation")
struct NewsEvaluateCLITests {
    static let news = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/data/news")

    /// A short article, the event a person coded from it, and one the coder cannot find (a wrong day).
    static let article =
        "Syrian government forces shelled the town of Douma on Sunday, killing five civilians, a monitoring group said.\n"
    static let articleGold = """
        {"published": "2017-02-27", "events": [
          {"date": "2017-02-26", "source": {"country": "SYR"}, "cameo": "194", "target": {"country": "SYR"}},
          {"date": "2017-02-20", "source": {"country": "SYR"}, "cameo": "194", "target": {"country": "SYR"}}]}
        """

    static func figures(_ object: Any?) -> [Int] {
        let score = object as? [String: Any] ?? [:]
        return ["matched", "extracted", "gold"].map { score[$0] as? Int ?? -1 }
    }

    @Test("a directory's articles are scored one by one and pooled; the seed scores at least 0.9")
    func directory() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["presstv-2017-02-27.txt", "presstv-2017-02-27.gold.json"] {
            try FileManager.default.copyItem(at: Self.news.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        try Self.article.write(to: dir.appendingPathComponent("shelling.txt"), atomically: true, encoding: .utf8)
        try Self.articleGold.write(to: dir.appendingPathComponent("shelling.gold.json"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["evaluate", dir.path, "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(
            articles.map { ($0["article"] as? String).map { ($0 as NSString).lastPathComponent } } == [
                "presstv-2017-02-27.txt", "shelling.txt",
            ])
        let seed = try #require(articles[0]["score"] as? [String: Any])
        #expect((seed["f1"] as? Double ?? 0) >= 0.9)
        let shelling = Self.figures(articles[1]["score"])
        #expect(shelling == [1, 1, 2])
        let missed = try #require(articles[1]["missed"] as? [[String: Any]])
        #expect(missed.map { $0["date"] as? String } == ["2017-02-20"])
        #expect((articles[1]["unmatched"] as? [Any])?.isEmpty == true)
        let total = Self.figures(object["total"])
        let sum = zip(Self.figures(articles[0]["score"]), shelling).map(+)
        #expect(total == sum)
        let table = try CLI.run(["evaluate", dir.appendingPathComponent("shelling.txt").path, "--details"], in: dir)
        #expect(table.status == 0 && table.stdout.contains("missed    2017-02-20 SYR 194 SYR"), "\(table.stdout)")
        #expect(table.stdout.contains("total (1 article): P 1.000 R 0.500"), "\(table.stdout)")
        let twice = try CLI.run(["evaluate", dir.path, dir.path + "/.", "shelling.gold.json"], in: dir)
        #expect(twice.status == 0 && twice.stdout.contains("total (2 articles)"), "\(twice.stdout)\(twice.stderr)")
    }

    @Test("a bad gold file, or one with no article, is refused naming the file (and the field)")
    func badInput() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.article.write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Self.articleGold.replacingOccurrences(of: "\"194\"", with: "\"shelling\"").write(
            to: dir.appendingPathComponent("a.gold.json"), atomically: true, encoding: .utf8)
        let bad = try CLI.run(["evaluate", dir.path], in: dir)
        #expect(bad.status == 65 && bad.stderr.contains("a.gold.json") && bad.stderr.contains("events[0].cameo"), "\(bad.stderr)")
        try Self.articleGold.write(to: dir.appendingPathComponent("b.gold.json"), atomically: true, encoding: .utf8)
        let lonely = try CLI.run(["evaluate", dir.appendingPathComponent("b.gold.json").path], in: dir)
        #expect(
            lonely.status == 66 && lonely.stderr.contains("b.gold.json") && lonely.stderr.contains("no article"),
            "\(lonely.stderr)")
        try Self.articleGold.replacingOccurrences(of: "\"2017-02-27\"", with: "\"+017-02-27\"").write(
            to: dir.appendingPathComponent("a.gold.json"), atomically: true, encoding: .utf8)
        let signed = try CLI.run(["evaluate", dir.appendingPathComponent("a.txt").path], in: dir)
        #expect(signed.status == 65 && signed.stderr.contains("'published'"), "\(signed.stderr)")
        let fifo = dir.appendingPathComponent("f.gold.json")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        try Self.article.write(to: dir.appendingPathComponent("f.txt"), atomically: true, encoding: .utf8)
        let pipe = try CLI.run(["evaluate", fifo.path], in: dir)
        #expect(pipe.status == 66 && pipe.stderr.contains("not a regular file"), "\(pipe.stderr)")
        let empty = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: empty) }
        let none = try CLI.run(["evaluate", empty.path], in: empty)
        #expect(none.status == 66 && none.stderr.contains("no hand-coded articles"), "\(none.stderr)")
    }
}
