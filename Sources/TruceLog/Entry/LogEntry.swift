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
    /// What changed, as canonical JSON bytes.
    public var content: [UInt8]
    /// The confidential values committed to in `content`, by field path.
    public var secrets: [String: Commitment]
    /// What the entry is about, for finding it again (e.g. `report:<content hash>`); not part of the entry bytes.
    public var subject: String?

    /// The entry format version.
    public static let version: Int64 = 1

    /// An entry with a content value.
    public init(
        type: String, time: String, actor: String, content: JSONValue, secrets: [String: Commitment] = [:],
        subject: String? = nil
    ) {
        self.init(
            type: type, time: time, actor: actor, canonicalContent: CanonicalJSON.encode(content), secrets: secrets,
            subject: subject)
    }

    /// An entry whose content is already canonical JSON (written with ``CanonicalJSONWriter``).
    public init(
        type: String, time: String, actor: String, canonicalContent: [UInt8], secrets: [String: Commitment] = [:],
        subject: String? = nil
    ) {
        self.type = type
        self.time = time
        self.actor = actor
        self.content = canonicalContent
        self.secrets = secrets
        self.subject = subject
    }

    /// The exact leaf bytes.
    public var canonicalBytes: [UInt8] {
        var writer = CanonicalJSONWriter(capacity: content.count + 200)
        writer.beginObject()
        writer.key("actor")
        writer.string(actor)
        writer.key("content")
        writer.canonical(content)
        writer.key("time")
        writer.string(time)
        writer.key("type")
        writer.string(type)
        writer.key("v")
        writer.integer(Self.version)
        writer.endObject()
        return writer.bytes
    }

    /// The entry with its bytes and leaf hash computed, ready to append.
    public var prepared: PreparedLogEntry {
        let bytes = canonicalBytes
        return PreparedLogEntry(
            type: type, subject: subject, data: bytes, leafHash: TreeHash.leaf(bytes), secrets: secrets)
    }
}
