/// The JSON shapes of the log's endpoints, shared by the server and its clients (docs/log-format.md).
enum LogWireFormat {
    /// `GET /log/entries`: `{"entries": [{"index": N, "data": "<base64 of the exact leaf bytes>"}]}`.
    struct EntryPage: Codable {
        struct Entry: Codable {
            var index: UInt64
            var data: String
        }
        var entries: [Entry]
    }

    /// `GET /log/proof/*`: `{"hashes": ["<base64>", …]}`.
    struct HashList: Codable {
        var hashes: [String]
    }
}
