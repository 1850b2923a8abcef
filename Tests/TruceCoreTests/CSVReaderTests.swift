import Foundation
import Testing

@testable import TruceCore

@Suite("CSV and line readers")
struct CSVReaderTests {
    func records(_ text: String, limit: Int = 1 << 20, chunkSize: Int = .max) throws -> [CSVRecord] {
        var reader = CSVReader(source: InMemoryChunkSource(text, chunkSize: chunkSize), file: "t.csv", maximumRecordBytes: limit)
        var out: [CSVRecord] = []
        while let record = try reader.next() { out.append(record) }
        return out
    }

    @Test("quoted fields hold commas, quotes and line breaks; lines are counted")
    func quoting() throws {
        let rows = try records("a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\n\n3,,\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "x, \"y\"", "two\nlines"], ["3", "", ""]])
        #expect(rows.map(\.line) == [1, 2, 5])
    }

    @Test("records read the same whatever the chunk boundaries")
    func chunkBoundaries() throws {
        let text = "id,name,note\r\n1,\"Dar'a, \"\"south\"\"\",\"two\nlines\"\n\n2,Douma,\r\n3,\"\",x"
        let whole = try records(text)
        #expect(whole.count == 4)
        #expect(whole[1].fields == ["1", "Dar'a, \"south\"", "two\nlines"])
        for size in 1...9 {
            #expect(try records(text, chunkSize: size) == whole, "chunk size \(size)")
        }
    }

    @Test("an over-long record is refused with its line, a stray quote and an open quote too")
    func faults() {
        #expect(throws: InputError.self) { try records("a\n" + String(repeating: "x", count: 5_000) + "\n", limit: 1_000) }
        do {
            _ = try records("a\nok\n" + String(repeating: "x", count: 5_000) + "\n", limit: 1_000)
        } catch {
            #expect(
                error as? InputError
                    == InputError(file: "t.csv", line: 3, message: "record is longer than the limit of 1000 bytes"))
        }
        #expect(throws: InputError.self) { try records("a,b\n1,x\"y\n") }
        #expect(throws: InputError.self) { try records("a,b\n1,\"open\n") }
    }

    @Test("a row with the wrong column count names its line")
    func columnCount() throws {
        var reader = CSVReader(source: InMemoryChunkSource("a,b,c\n1,2,3\n1,2\n"), file: "t.csv")
        let columns = try CSVColumns(header: try reader.next()!, file: "t.csv", required: ["a"])
        _ = try columns.row(try reader.next()!)
        #expect(throws: InputError(file: "t.csv", line: 3, message: "expected 3 columns as in the header, found 2")) {
            try columns.row(try reader.next()!)
        }
    }

    @Test("timestamps: dates in the zone, offsets, Z; impossible dates refused")
    func timestamps() {
        let parser = TimestampParser(timeZone: TimeZone(identifier: "Asia/Damascus")!)
        #expect(parser.parse("2017-05-06")?.epochSeconds == 1_494_018_000)  // 2017-05-05T21:00:00Z (UTC+3)
        #expect(parser.parse("2017-05-06")?.dateOnly == true)
        #expect(parser.parse("2017-01-15T10:00:00Z")?.epochSeconds == 1_484_474_400)
        #expect(parser.parse("2017-01-15T12:00:00+02:00")?.epochSeconds == 1_484_474_400)
        #expect(parser.parse("2017-01-15T12:00")?.epochSeconds == 1_484_474_400)
        for bad in ["2017-02-29", "2017-13-01", "yesterday", "2017-01-15T25:00:00Z", "2017-1-5", ""] {
            #expect(parser.parse(bad) == nil, "\(bad)")
        }
        #expect(CivilTime.iso8601(1_494_018_000, in: TimeZone(identifier: "Asia/Damascus")!) == "2017-05-06T00:00:00+03:00")
    }
}
