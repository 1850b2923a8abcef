import Foundation
import TruceLog
import TruceStore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Asks a tlog-witness to cosign a checkpoint, as a log does: it starts from `old 0`, learns the size the witness
/// last cosigned from a 409 answer, and sends the consistency proof from that size.
public struct WitnessClient: Sendable {
    /// The witness's base URL (`/add-checkpoint` is appended).
    public let base: URL
    /// The witness's cosignature key; its answer must verify with it.
    public let key: NoteVerifierKey

    /// A client for one witness.
    public init(base: URL, key: NoteVerifierKey) {
        self.base = base
        self.key = key
    }

    /// The witness's answer.
    public struct Answer: Sendable {
        /// The HTTP status.
        public var status: Int
        /// The content type.
        public var contentType: String
        /// The body.
        public var body: String
    }

    /// Sends one add-checkpoint request.
    public func send(_ request: AddCheckpointRequest) async throws -> Answer {
        var urlRequest = URLRequest(url: base.appendingPathComponent("add-checkpoint"))
        urlRequest.httpMethod = "POST"
        urlRequest.httpBody = Data(request.body.utf8)
        urlRequest.setValue("text/plain; charset=utf-8", forHTTPHeaderField: "Content-Type")
        let (data, response) = try await URLSession.shared.data(for: urlRequest)
        guard let http = response as? HTTPURLResponse else { throw LogClientError.malformed("no HTTP response") }
        return Answer(
            status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "",
            body: String(decoding: data, as: UTF8.self))
    }

    /// Obtains the witness's cosignature of a stored checkpoint of `log`.
    public func cosign(_ stored: StoredCheckpoint, log: some VerifiableLog) async throws -> NoteSignature {
        var old: UInt64 = 0
        for _ in 0..<3 {
            let proof =
                old > 0 && old < stored.checkpoint.size
                ? try await log.consistencyProof(from: old, to: stored.checkpoint.size) : []
            let answer = try await send(AddCheckpointRequest(oldSize: old, proof: proof, note: stored.note))
            switch answer.status {
            case 200:
                for line in answer.body.split(separator: "\n") {
                    guard let signature = try? NoteSignature(line: line), signature.name == key.name,
                        signature.keyID == key.keyID
                    else { continue }
                    guard key.isValid(signature: signature.signature, for: stored.note.text) else {
                        throw LogClientError.malformed("the witness's cosignature does not verify")
                    }
                    return signature
                }
                throw LogClientError.malformed("the witness answered without a cosignature by \(key.name)")
            case 409 where answer.contentType.hasPrefix("text/x.tlog.size"):
                guard let size = UInt64(answer.body.trimmingCharacters(in: .whitespacesAndNewlines)),
                    size != old
                else {
                    throw LogClientError.status(url: base.absoluteString, code: 409, body: answer.body)
                }
                guard size <= stored.checkpoint.size else {
                    throw LogClientError.status(
                        url: base.absoluteString, code: 409,
                        body: "the witness cosigned size \(size), larger than this checkpoint's \(stored.checkpoint.size)")
                }
                old = size
            default:
                throw LogClientError.status(url: base.absoluteString, code: answer.status, body: answer.body)
            }
        }
        throw LogClientError.malformed("the witness kept answering 409")
    }
}
