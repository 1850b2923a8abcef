/// Why a log server's answer could not be used.
public enum LogClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server answered with a status other than 200.
    case status(url: String, code: Int, body: String)
    /// The answer is not what the protocol says.
    case malformed(String)

    public var description: String {
        switch self {
        case .status(let url, let code, let body): "\(url) answered \(code): \(body)"
        case .malformed(let reason): "malformed answer: \(reason)"
        }
    }
}
