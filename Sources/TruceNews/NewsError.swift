/// Why an article or a dictionary could not be read.
///
/// Every case names what was at fault, so the CLI can print one clear line and exit with 65 (bad data).
public enum NewsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input holds NUL bytes or is not valid UTF-8: it is not text.
    case notText(file: String, reason: String)
    /// The input is larger than the article size limit.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// A dictionary file has a malformed line.
    case malformedDictionary(file: String, line: Int, message: String)
    /// A shipped resource is missing from the bundle.
    case missingResource(name: String)
    /// A publication date is not a day (YYYY-MM-DD).
    case badDate(field: String, value: String)

    /// `FILE[:LINE]: MESSAGE`, for people.
    public var description: String {
        switch self {
        case .notText(let file, let reason):
            return "\(file): not text (\(reason))"
        case .tooLarge(let file, let bytes, let limit):
            return "\(file): \(bytes) bytes is more than the \(limit)-byte article limit"
        case .malformedDictionary(let file, let line, let message):
            return "\(file):\(line): \(message)"
        case .missingResource(let name):
            return "resource '\(name)' is missing from the TruceNews bundle"
        case .badDate(let field, let value):
            return "field '\(field)': '\(value)' is not a date (YYYY-MM-DD)"
        }
    }
}
