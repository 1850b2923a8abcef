import Foundation
import Hummingbird
import TruceCore
import TruceStore

/// Finds who is asking: a bearer token (`Authorization: Bearer truce_…`) for machines, or the `truce_session`
/// cookie for browsers; otherwise the anonymous public. A token or session that does not match answers 401.
/// A state-changing request made with a session cookie must carry the session's CSRF token (form field `csrf` or
/// header `X-CSRF-Token`), checked by the routes that accept forms.
public struct AuthenticationMiddleware: RouterMiddleware {
    public typealias Context = TruceRequestContext
    let register: SQLiteRegister

    /// The session cookie's name.
    public static let cookie = "truce_session"

    /// A middleware over a register's accounts.
    public init(register: SQLiteRegister) { self.register = register }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization] {
            guard header.hasPrefix("Bearer "), let account = try await register.account(forToken: String(header.dropFirst(7)))
            else {
                throw ProblemDetails(status: .unauthorized, detail: "the bearer token is not valid")
            }
            context.principal = account.principal
        } else if let id = request.cookies[Self.cookie]?.value {
            if let session = try await register.session(id: id) {
                context.principal = session.account.principal
                context.viaSession = true
                context.csrfToken = session.csrfToken
            }
        }
        return try await next(request, context)
    }
}
