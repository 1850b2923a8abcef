/// A document the talks produced or worked from (a final statement, a memorandum, a resolution), linked to the
/// agreement register when the register holds it as the agreement or one of its amendments.
public struct TalksDocument: Sendable, Hashable {
    /// Stable identifier.
    public var id: String
    /// Title.
    public var title: String
    /// What kind of document (`final-statement`, `memorandum`, `resolution`, `communique`, …).
    public var kind: String
    /// The day it was issued or signed, `YYYY-MM-DD`.
    public var date: String
    /// The round or meeting that produced it, if any.
    public var madeIn: String?
    /// The agreement or amendment id in the agreement register that carries its terms, if any.
    public var agreementLink: String?
    /// Where its text is.
    public var source: String
    /// Whether it is illustrative.
    public var illustrative: Bool
}
