/// A JSON value, as log entries hold it.
public indirect enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer (written without fraction or exponent).
    case integer(Int64)
    /// A finite binary64 number (written as ECMAScript writes it, RFC 8785 §3.2.2.3).
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; member order is irrelevant (canonical output sorts it).
    case object([String: JSONValue])
}

extension JSONValue {
    /// A string, or `null` for nil.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    /// An integer, or `null` for nil.
    public static func optional(_ value: Int?) -> JSONValue { value.map { .integer(Int64($0)) } ?? .null }
}
