import HTTPTypes
import TruceCore
import TruceStore

/// The permission matrix, in one place: which role holds which ``Permission``, and what each role may see of an
/// incident. Every route asks it; docs/api.md prints it.
public enum AccessPolicy {
    /// Who an unauthenticated request is.
    public static let anonymous = Principal(name: "anonymous", role: .public)

    /// The largest request body, in bytes.
    public static let maxBodyBytes = 1 << 20

    /// The roles holding each permission.
    public static let matrix: [Permission: Set<Role>] = [
        .readPublic: Set(Role.allCases),
        .readRegister: [.admin, .monitor, .guarantor, .mediator],
        .fileReport: [.admin, .monitor, .guarantor, .party],
        .readReport: [.admin, .monitor, .guarantor, .mediator, .party],
        .verify: Set(VerificationWorkflow.roles(movingTo: .underReview) + VerificationWorkflow.roles(movingTo: .published)),
        .attribute: Set(VerificationWorkflow.attributingRoles),
        .reply: Set(VerificationWorkflow.replyingRoles),
        .correlate: Set(VerificationWorkflow.correlatingRoles),
        .escalate: Set(VerificationWorkflow.escalatingRoles),
        .assessCommitments: Set(CommitmentAssessment.assessingRoles),
        .reviewNews: Set(SQLiteRegister.newsRoles),
        .manageAccounts: [.admin],
    ]

    /// Whether a principal holds a permission.
    public static func allows(_ principal: Principal, _ permission: Permission) -> Bool {
        matrix[permission]?.contains(principal.role) ?? false
    }

    /// Throws 401 (anonymous) or 403 unless the principal holds the permission.
    public static func require(_ permission: Permission, _ principal: Principal) throws(ProblemDetails) {
        guard allows(principal, permission) else {
            if principal.role == .public && principal.name == anonymous.name {
                throw ProblemDetails(status: .unauthorized, detail: "sign in or send a bearer token to \(words(permission))")
            }
            let allowed = Role.allCases.filter { matrix[permission]?.contains($0) == true }.map(\.rawValue)
            throw ProblemDetails(
                status: .forbidden,
                detail:
                    "the \(principal.role.rawValue) role may not \(words(permission)); allowed: \(allowed.joined(separator: ", "))"
            )
        }
    }

    /// Whether a principal may see an incident at all: the register's readers see everything; a party sees
    /// published incidents, the ones that accuse it and the ones it reported; the public sees published ones.
    public static func canSee(_ detail: IncidentDetail, _ principal: Principal) -> Bool {
        if allows(principal, .readRegister) { return true }
        if detail.incident.state == .published { return true }
        guard principal.role == .party, let party = principal.partyID else { return false }
        if detail.incident.attribution.actorID == party || detail.incident.perpetrator?.knownID == party { return true }
        return detail.reports.contains { $0.sourceKind == "party" && $0.reporter == party }
    }

    /// Narrows an incident query to what a principal may see: everything for the register's readers; for a
    /// party, what ``canSee(_:_:)`` allows it; for the public, published incidents only (a state filter asking for
    /// anything else then matches nothing). Returns false when nothing visible can match.
    public static func restrict(_ query: inout IncidentQuery, for principal: Principal) -> Bool {
        if allows(principal, .readRegister) { return true }
        if principal.role == .party, let party = principal.partyID {
            query.visibleToParty = party
            return true
        }
        if query.states.isEmpty {
            query.states = [.published]
            return true
        }
        query.states = query.states.filter { $0 == .published }
        return !query.states.isEmpty
    }

    static func words(_ permission: Permission) -> String {
        switch permission {
        case .readPublic: "read public records"
        case .readRegister: "read the whole register"
        case .fileReport: "file reports"
        case .readReport: "read reports"
        case .verify: "move incidents through verification"
        case .attribute: "attribute incidents"
        case .reply: "reply to incidents"
        case .correlate: "merge or split incidents"
        case .escalate: "send notices, refer or decide"
        case .assessCommitments: "assess commitments"
        case .reviewNews: "take news in or decide on its suggestions"
        case .manageAccounts: "manage accounts"
        }
    }
}
