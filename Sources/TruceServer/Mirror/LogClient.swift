import Foundation
import TruceLog
import TruceStore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Reads a Truce log over HTTP (the endpoints of docs/log-format.md).
public struct LogClient: Sendable {
    /// The log's base URL (the server's root; the client appends `/log/...`).
    public let base: URL

    /// A client for a log.
    public init(base: URL) {
        self.base = base
    }

    typealias EntryPage = LogWireFormat.EntryPage
    typealias HashList = LogWireFormat.HashList

    /// The latest checkpoint note (with cosignatures).
    public func checkpoint() async throws -> SignedNote {
        try SignedNote(parsing: try await text("log/checkpoint"))
    }

    /// The log's verifier key.
    public func verifierKey() async throws -> NoteVerifierKey {
        try NoteVerifierKey(parsing: try await text("log/key").trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Entries from `start` (the server may answer fewer than asked).
    public func entries(start: UInt64, end: UInt64) async throws -> [LogEntryRecord] {
        let page = try JSONDecoder().decode(EntryPage.self, from: try await get("log/entries?start=\(start)&end=\(end)"))
        return try page.entries.map { entry in
            guard let data = Data(base64Encoded: entry.data) else {
                throw LogClientError.malformed("entry \(entry.index) is not base64")
            }
            return LogEntryRecord(index: entry.index, data: Array(data))
        }
    }

    /// The consistency proof between two sizes, as raw hashes (checked for length by the verifier).
    public func consistencyProof(from: UInt64, to: UInt64) async throws -> [[UInt8]] {
        try await hashes("log/proof/consistency?from=\(from)&to=\(to)")
    }

    /// The inclusion proof of an entry, as raw hashes.
    public func inclusionProof(index: UInt64, size: UInt64) async throws -> [[UInt8]] {
        try await hashes("log/proof/inclusion?index=\(index)&size=\(size)")
    }

    private func hashes(_ path: String) async throws -> [[UInt8]] {
        let list = try JSONDecoder().decode(HashList.self, from: try await get(path))
        return try list.hashes.map { text in
            guard let data = Data(base64Encoded: text) else { throw LogClientError.malformed("a proof hash is not base64") }
            return Array(data)
        }
    }

    private func text(_ path: String) async throws -> String {
        guard let text = String(data: try await get(path), encoding: .utf8) else {
            throw LogClientError.malformed("\(path) is not UTF-8 text")
        }
        return text
    }

    private func get(_ path: String) async throws -> Data {
        guard let url = URL(string: path, relativeTo: base.hasDirectoryPath ? base : base.appendingPathComponent("")) else {
            throw LogClientError.malformed("bad URL path \(path)")
        }
        let (data, response) = try await URLSession.shared.data(from: url)
        guard let http = response as? HTTPURLResponse else { throw LogClientError.malformed("no HTTP response from \(url)") }
        guard http.statusCode == 200 else {
            throw LogClientError.status(
                url: url.absoluteString, code: http.statusCode, body: String(decoding: data.prefix(500), as: UTF8.self))
        }
        return data
    }
}
