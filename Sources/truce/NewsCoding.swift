import Foundation
import TruceCore
import TruceNews
import TruceScenario
import TruceStore

/// News coding for the commands (`extract`, `ingest`, `bench extract`): the shipped extractor with a user's extra
/// dictionaries, an article read and coded, and news errors as bad input.
enum NewsCoding {
    /// The shipped dictionaries and the Syria gazetteer, plus `dictionaries` (each must be readable).
    static func extractor(dictionaries: [String] = []) throws -> EventExtractor {
        for path in dictionaries where !FileManager.default.isReadableFile(atPath: path) {
            throw FileAccessError(path: path, reason: "cannot be read")
        }
        do {
            return try EventExtractor.shipped(
                gazetteer: try SyriaScenario.gazetteer(), extraDictionaries: dictionaries.map { URL(fileURLWithPath: $0) })
        } catch let error as NewsError {
            throw inputError(error)
        }
    }

    /// The publication day given (already checked), or today (UTC).
    static func day(_ published: String?) -> NewsDay {
        published.flatMap(NewsDay.init) ?? NewsDay(ordinal: Int(Date().timeIntervalSince1970 / 86_400))
    }

    /// Reads and codes one article; returns its bytes and what was coded.
    static func extract(_ path: String, with extractor: EventExtractor, published: NewsDay) throws -> (
        bytes: [UInt8], extraction: Extraction
    ) {
        let (bytes, size) = try BoundedFile.read(path, limit: ArticleText.maximumBytes)
        if bytes.count > ArticleText.maximumBytes {
            throw inputError(.tooLarge(file: path, bytes: size, limit: ArticleText.maximumBytes))
        }
        do {
            return (bytes, try extractor.extract(bytes: bytes, file: path, published: published))
        } catch {
            throw inputError(error)
        }
    }

    /// A news error as bad input (exit 65).
    static func inputError(_ error: NewsError) -> InputError {
        switch error {
        case .notText(let file, let reason): return InputError(file: file, message: "not text: \(reason)")
        case .tooLarge(let file, let bytes, let limit):
            return InputError(file: file, message: "\(bytes) bytes is more than the \(limit)-byte article limit")
        case .malformedDictionary(let file, let line, let message): return InputError(file: file, line: line, message: message)
        case .missingResource(let name): return InputError(file: name, message: "missing from the TruceNews bundle")
        case .badDate(let field, let value):
            return commandLineError(field: field, message: "'\(value)' is not a date (YYYY-MM-DD)")
        }
    }
}
