import Foundation
import Hummingbird
import TruceLog
import TruceStore

/// The log's read endpoints (docs/log-format.md): checkpoint, key, entries and proofs.
///
/// - `GET /log/checkpoint`: the latest signed checkpoint with its cosignatures, `text/plain`.
/// - `GET /log/key`: the log's verifier key, `text/plain`.
/// - `GET /log/entries?start=&end=`: `{"entries": [{"index": N, "data": "<base64 leaf bytes>"}]}`, at most
///   ``maxEntries`` per answer (ask again from the next index).
/// - `GET /log/proof/inclusion?index=&size=` and `GET /log/proof/consistency?from=&to=`: `{"hashes": [...]}`.
public struct LogRoutes<Log: VerifiableLog>: Sendable {
    /// The log served.
    public let log: Log

    /// The most entries one answer holds.
    public static var maxEntries: Int { 1_000 }

    /// Routes over a log.
    public init(log: Log) {
        self.log = log
    }

    typealias EntryPage = LogWireFormat.EntryPage
    typealias HashList = LogWireFormat.HashList

    /// Adds the routes to a router.
    public func add<Context: RequestContext>(to router: Router<Context>) {
        let log = self.log
        router.get("/log/checkpoint") { _, _ -> Response in
            guard let latest = try await log.latestCheckpoint() else {
                throw ProblemDetails(status: .notFound, detail: "the log has not signed a checkpoint yet")
            }
            return .text(latest.servedNote.serialized)
        }
        router.get("/log/key") { _, _ -> Response in
            guard let key = try await log.verifierKey() else {
                throw ProblemDetails(status: .notFound, detail: "the log has no key yet (no checkpoint was signed)")
            }
            return .text(key.encoded + "\n")
        }
        // Parameters are checked here; a size beyond the log is the store's answer (one read per request), a 400.
        router.get("/log/entries") { request, _ -> Response in
            let start = try Self.parameter(request, "start")
            let end = try Self.parameter(request, "end")
            guard start < end else { throw ProblemDetails(status: .badRequest, detail: "start must be less than end") }
            let records = try await Self.beyondTheLog { try await log.entries(start: start, end: end, limit: Self.maxEntries) }
            return try .json(
                EntryPage(entries: records.map { .init(index: $0.index, data: Data($0.data).base64EncodedString()) }))
        }
        router.get("/log/proof/inclusion") { request, _ -> Response in
            let index = try Self.parameter(request, "index")
            let size = try Self.parameter(request, "size")
            guard index < size else {
                throw ProblemDetails(status: .badRequest, detail: "index \(index) is not inside a tree of size \(size)")
            }
            let proof = try await Self.beyondTheLog { try await log.inclusionProof(index: index, size: size) }
            return try .json(HashList(hashes: proof.map(\.base64)))
        }
        router.get("/log/proof/consistency") { request, _ -> Response in
            let from = try Self.parameter(request, "from")
            let to = try Self.parameter(request, "to")
            guard from > 0, from <= to else {
                throw ProblemDetails(status: .badRequest, detail: "need 0 < from <= to (got from \(from), to \(to))")
            }
            let proof = try await Self.beyondTheLog { try await log.consistencyProof(from: from, to: to) }
            return try .json(HashList(hashes: proof.map(\.base64)))
        }
    }

    /// Runs a store call, answering a request past the log's end with 400 and the store's reason.
    static func beyondTheLog<T>(_ call: () async throws -> T) async throws -> T {
        do {
            return try await call()
        } catch LogStoreError.outOfRange(let reason) {
            throw ProblemDetails(status: .badRequest, detail: reason)
        }
    }

    static func parameter(_ request: Request, _ name: String) throws -> UInt64 {
        guard let text = request.uri.queryParameters.get(name) else {
            throw ProblemDetails(status: .badRequest, detail: "query parameter '\(name)' is required")
        }
        guard text.count <= 20, let value = UInt64(text), String(value) == text else {
            throw ProblemDetails(
                status: .badRequest, detail: "query parameter '\(name)' must be a decimal integer (got '\(text.prefix(40))')")
        }
        return value
    }
}
