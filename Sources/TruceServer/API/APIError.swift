import Foundation
import Hummingbird
import Logging
import TruceCore
import TruceStore

/// Turns every error a route throws into an RFC 9457 problem: 4xx naming the field for bad input, 403/404/409 for
/// refused workflow changes, 500 (logged, without internals) for anything else.
public struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    /// A middleware.
    public init() {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Self.problem(for: error)
            if problem.statusCode >= 500 {
                context.logger.error("request failed", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            }
            return problem.response
        }
    }

    /// The problem an error maps to.
    public static func problem(for error: any Error) -> ProblemDetails {
        switch error {
        case let problem as ProblemDetails: return problem
        case let error as WorkflowError:
            switch error {
            case .notPermitted: return ProblemDetails(status: .forbidden, detail: error.description)
            case .notFound: return ProblemDetails(status: .notFound, detail: error.description)
            case .invalidTransition: return ProblemDetails(status: .conflict, detail: error.description)
            case .invalid, .attributionDisabled: return ProblemDetails(status: .unprocessableContent, detail: error.description)
            }
        case let error as InputError: return ProblemDetails(status: .unprocessableContent, detail: error.description)
        case let error as AccountError:
            if case .nameTaken = error { return ProblemDetails(status: .conflict, detail: error.description) }
            return ProblemDetails(status: .unprocessableContent, detail: error.description)
        case let error as HTTPError:
            return ProblemDetails(
                status: error.status,
                detail: error.body ?? (error.status == .notFound ? "no such resource" : error.status.reasonPhrase))
        case let error as any HTTPResponseError:
            return ProblemDetails(status: error.status, detail: error.status.reasonPhrase)
        default:
            return ProblemDetails(status: .internalServerError, detail: "the service failed to answer; the error is logged")
        }
    }
}
