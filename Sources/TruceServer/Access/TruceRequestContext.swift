import Hummingbird
import Logging
import TruceCore

/// The request context of the Truce service: who is asking (anonymous public until authentication says otherwise)
/// and, for a browser session, the token its forms must carry.
public struct TruceRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Who is asking.
    public var principal: Principal
    /// Whether the principal came from a web session (cookie) rather than a bearer token.
    public var viaSession: Bool
    /// The session's anti-forgery token, for pages that render forms.
    public var csrfToken: String?

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.principal = AccessPolicy.anonymous
        self.viaSession = false
        self.csrfToken = nil
    }

    /// Requests larger than this are refused with 413 before they are read whole.
    public var maxUploadSize: Int { AccessPolicy.maxBodyBytes }
}
