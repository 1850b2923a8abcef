/// An agreement as stored: its id and the source text it was loaded from.
public struct StoredAgreementSource: Sendable, Hashable {
    /// The agreement id.
    public var id: String
    /// The YAML source.
    public var source: String

    /// Creates a record.
    public init(id: String, source: String) {
        self.id = id
        self.source = source
    }
}
