import Hummingbird
import NIOCore
import TruceLog

/// The tlog-witness v1 endpoint, `POST /add-checkpoint`, over a ``Witness``.
public struct WitnessRoutes<Store: WitnessStateStore>: Sendable {
    /// The witness.
    public let witness: Witness<Store>
    /// The largest request body accepted (a checkpoint with 63 proof lines is about 4 KiB).
    public let maxBodyBytes: Int

    /// Routes over a witness.
    public init(witness: Witness<Store>, maxBodyBytes: Int = 64 << 10) {
        self.witness = witness
        self.maxBodyBytes = maxBodyBytes
    }

    /// Adds the route to a router.
    public func add<Context: RequestContext>(to router: Router<Context>) {
        let witness = self.witness
        let limit = maxBodyBytes
        router.post("/add-checkpoint") { request, _ -> Response in
            var request = request
            let buffer: ByteBuffer
            do {
                buffer = try await request.collectBody(upTo: limit)
            } catch {
                return .text("the request body is larger than \(limit) bytes\n", status: .contentTooLarge)
            }
            guard let body = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) else {
                return .text("the request body is not UTF-8\n", status: .badRequest)
            }
            let answer = try await witness.addCheckpoint(body: body)
            return .text(answer.body, status: HTTPResponse.Status(code: answer.status), contentType: answer.contentType)
        }
    }
}
