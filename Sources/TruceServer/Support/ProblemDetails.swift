import Foundation
import Hummingbird
import NIOCore

/// An RFC 9457 problem document (`application/problem+json`): every error the service answers with.
public struct ProblemDetails: Error, Sendable, Codable, Equatable {
    /// A URI naming the kind of problem (`about:blank` when the status says it all).
    public var type: String
    /// A short summary of the kind of problem.
    public var title: String
    /// The HTTP status code.
    public var statusCode: Int
    /// What went wrong with this request, naming the parameter or field.
    public var detail: String

    /// A problem.
    public init(status: HTTPResponse.Status, detail: String, type: String = "about:blank") {
        self.type = type
        self.title = status.reasonPhrase
        self.statusCode = status.code
        self.detail = detail
    }

    enum CodingKeys: String, CodingKey {
        case type, title, detail
        case statusCode = "status"
    }

    /// The response carrying this problem.
    public var response: Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return Response(
            status: status,
            headers: [.contentType: "application/problem+json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}

extension ProblemDetails: HTTPResponseError {
    /// The HTTP status.
    public var status: HTTPResponse.Status { HTTPResponse.Status(code: statusCode) }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        response
    }
}
