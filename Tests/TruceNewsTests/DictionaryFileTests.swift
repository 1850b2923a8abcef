import Foundation
import Testing
import TruceNews

@Suite("Dictionary files")
struct DictionaryFileTests {
    func error(_ text: String) -> NewsError? {
        do {
            _ = try NewsDictionary(files: [("extra.tsv", text)])
            return nil
        } catch {
            return error
        }
    }

    @Test("malformed lines are reported with file and line")
    func malformed() {
        #expect(
            error("# comment\n\ncountry\tRUS\tRU\tRussia\n")
                == .malformedDictionary(
                    file: "extra.tsv", line: 3,
                    message: "country needs 5 fields (ISO3, ISO2, names, adjectives, metonyms), found 3"))
        #expect(
            error("role\tGOV\tpresident\nfrob\tx\n")
                == .malformedDictionary(
                    file: "extra.tsv", line: 2,
                    message: "unknown line type 'frob' (country, person, org, role, verb, speech, noun, irregular, instrument)"))
        #expect(
            error("verb\t19x\tshell\n")
                == .malformedDictionary(
                    file: "extra.tsv", line: 1, message: "'19x' is not a CAMEO code (3 or 4 digits)"))
        #expect(
            error("person\tAbu Test\tSYR\tREB\t2017-13-01\n")
                == .malformedDictionary(
                    file: "extra.tsv", line: 1, message: "from '2017-13-01' is not a date (YYYY-MM-DD)"))
        #expect(
            error("org\tFoo Front\tsyria\tREB\n")
                == .malformedDictionary(
                    file: "extra.tsv", line: 1, message: "country 'syria' is not a 3-letter code"))
        #expect(error("person\tAbu Test\tSYR\tREB\n") == nil)
    }

    @Test("the error text names file and line")
    func description() {
        #expect(NewsError.malformedDictionary(file: "a.tsv", line: 7, message: "bad").description == "a.tsv:7: bad")
    }

    @Test("a user's file extends the shipped dictionaries")
    func extension_() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("truce-news-extra-\(UUID().uuidString).tsv")
        try "org\tNorthern Valley Brigade|NVB\tSYR\tREB\nverb\t0871\tstand down\n".write(
            to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let extractor = try EventExtractor.shipped(gazetteer: nil, extraDictionaries: [url])
        let events = extractor.extract(
            sentence: "The Northern Valley Brigade stood down on Monday.", published: NewsDay("2017-02-27")!)
        #expect(events.first?.source?.country == "SYR")
        #expect(events.first?.source?.role == "REB")
        #expect(events.first?.cameo == "0871")
        #expect(events.first?.plover?.type == "RETREAT")
        #expect(events.first?.plover?.mode == "ceasefire")
    }

    @Test("the shipped dictionaries load and the CAMEO-PLOVER table maps codes")
    func shipped() throws {
        let dictionary = try NewsDictionary.shipped()
        #expect(dictionary.countries.count > 190)
        #expect(dictionary.alpha3(forAlpha2: "CH") == "CHE")
        let table = try CameoPloverMap.shipped()
        #expect(table.plover(for: "036") == PloverType(type: "AGREE", mode: nil))
        #expect(table.plover(for: "042") == PloverType(type: "CONSULT", mode: "visit"))
        #expect(table.plover(for: "195")?.type == "ASSAULT")
        #expect(table.plover(for: "0874")?.mode == "disarm")
        #expect(table.plover(for: "010") == nil)
    }

    @Test("a malformed CAMEO-PLOVER line names its line")
    func ploverTable() {
        #expect(throws: NewsError.malformedDictionary(file: "CAMEO2PLOVER-2021.txt", line: 2, message: "missing PLOVER type")) {
            try CameoPloverMap(text: "040: CONSULT, ,\n041: , phone\n")
        }
    }
}
