/// Why an account change was refused.
public enum AccountError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The name is taken.
    case nameTaken(String)
    /// A field is invalid.
    case invalid(field: String, message: String)

    public var description: String {
        switch self {
        case .nameTaken(let name): "an account named '\(name)' already exists"
        case .invalid(let field, let message): "field '\(field)': \(message)"
        }
    }
}
