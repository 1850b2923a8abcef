/// The fields an event is scored on: date, source country, CAMEO root, target country.
public struct ScoredEvent: Sendable, Hashable {
    /// `YYYY-MM-DD` or `nil`.
    public var date: String?
    /// Source country code or `nil`.
    public var source: String?
    /// CAMEO root (two digits).
    public var root: String
    /// Full CAMEO code (for the symmetric-act rule).
    public var code: String
    /// Target country code or `nil`.
    public var target: String?

    /// Creates a scored event.
    public init(date: String?, source: String?, code: String, target: String?) {
        self.date = date
        self.source = source
        self.code = code
        self.root = String(code.prefix(2))
        self.target = target
    }

    /// The scored fields of a coded event.
    public init(_ event: CodedEvent) {
        self.init(date: event.date, source: event.source?.country, code: event.cameo, target: event.target?.country)
    }

    /// Consult, meet, negotiate and cooperate are symmetric: source and target may be swapped.
    public var symmetric: Bool { root == "04" || root == "06" || code == "036" }

    /// Whether `other` is the same event under the scoring rule.
    public func matches(_ other: ScoredEvent) -> Bool {
        guard date == other.date, root == other.root else { return false }
        if source == other.source && target == other.target { return true }
        return (symmetric || other.symmetric) && source == other.target && target == other.source
    }
}
