/// One change to the record, as the log holds it: canonical JSON (RFC 8785) of
/// `{"actor", "content", "time", "type", "v": 1}`.
///
/// Confidential parts of the content are ``Commitment``s: the entry carries their digests, and the salts and
/// values are kept beside the log (never in it) for a later disclosure.
public struct LogEntry: Sendable, Hashable {
    /// What happened, e.g. `report.registered`, `agreement.loaded`.
    public var type: String
    /// When, as RFC 3339 UTC (`2017-05-06T00:00:00Z`).
    public var time: String
    /// Who made the change (a user, or the importer with its file).
    public var actor: String
    /// What changed.
    public var content: JSONValue
    /// The confidential values committed to in `content`, by field path.
    public var secrets: [String: Commitment]
    /// What the entry is about, for finding it again (e.g. `report:<content hash>`); not part of the entry bytes.
    public var subject: String?

    /// The entry format version.
    public static let version: Int64 = 1

    /// An entry.
    public init(
        type: String, time: String, actor: String, content: JSONValue, secrets: [String: Commitment] = [:],
        subject: String? = nil
    ) {
        self.type = type
        self.time = time
        self.actor = actor
        self.content = content
        self.secrets = secrets
        self.subject = subject
    }

    /// The exact leaf bytes.
    public var canonicalBytes: [UInt8] {
        CanonicalJSON.encode(
            .object([
                "actor": .string(actor), "content": content, "time": .string(time), "type": .string(type),
                "v": .integer(Self.version),
            ]))
    }

    /// The entry with its bytes and leaf hash computed, ready to append.
    public var prepared: PreparedLogEntry {
        let bytes = canonicalBytes
        return PreparedLogEntry(
            type: type, subject: subject, data: bytes, leafHash: TreeHash.leaf(bytes), secrets: secrets)
    }
}
