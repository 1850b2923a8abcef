/// A signed-in browser: the account and the token its forms must carry (CSRF protection).
public struct WebSession: Sendable, Hashable {
    /// Who is signed in.
    public var account: Account
    /// The anti-forgery token of this session.
    public var csrfToken: String
    /// When it expires (seconds since the Unix epoch).
    public var expiresAt: Int64
}
