/// Why a change to an incident was refused. Nothing is stored when one is thrown.
public enum WorkflowError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The role may not make this change.
    case notPermitted(role: Role, action: String, allowed: [Role])
    /// The change is not a step of the workflow from the current state.
    case invalidTransition(from: VerificationState, to: VerificationState, allowed: [VerificationState])
    /// A field the change needs is missing or wrong.
    case invalid(field: String, message: String)
    /// The incident (or escalation, or report) does not exist.
    case notFound(what: String)
    /// The agreement's mechanism does not attribute.
    case attributionDisabled(agreementID: String)

    public var description: String {
        switch self {
        case .notPermitted(let role, let action, let allowed):
            allowed.contains(role)
                ? "the \(role.rawValue) role may not \(action)"
                : "the \(role.rawValue) role may not \(action); allowed: \(allowed.map(\.rawValue).joined(separator: ", "))"
        case .invalidTransition(let from, let to, let allowed):
            "an incident that is \(from.rawValue) cannot go to \(to.rawValue); from \(from.rawValue) it may go to: "
                + (allowed.isEmpty ? "nothing (it is final)" : allowed.map(\.rawValue).joined(separator: ", "))
        case .invalid(let field, let message): "field '\(field)': \(message)"
        case .notFound(let what): "\(what) does not exist"
        case .attributionDisabled(let agreementID):
            "agreement \(agreementID) sets `attribution: do-not-attribute`: its mechanism does not attribute incidents"
        }
    }

    /// The field or parameter the error concerns, for problem details.
    public var field: String? {
        switch self {
        case .invalid(let field, _): field
        case .invalidTransition: "to"
        case .notPermitted: "role"
        case .attributionDisabled: "party"
        case .notFound: nil
        }
    }
}
