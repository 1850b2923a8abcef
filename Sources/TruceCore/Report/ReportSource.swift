/// Who made a report and whether their identity is confidential.
public struct ReportSource: Sendable, Hashable, Codable {
    /// The kind of source.
    public var kind: SourceKind
    /// The reporter's identifier (a monitor team, a party's liaison office, an outlet, a data set).
    public var reporter: String
    /// When true, the reporter's identity must never be shown to parties or the public.
    public var confidential: Bool

    /// Creates a source.
    public init(kind: SourceKind, reporter: String, confidential: Bool = false) {
        self.kind = kind
        self.reporter = reporter
        self.confidential = confidential
    }
}
