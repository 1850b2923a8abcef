/// One coded event of an article, as the register takes it in: its kind, the key that recognises the same event
/// from another outlet, and what a monitor needs to judge it.
public struct NewsSuggestionDraft: Sendable, Hashable {
    /// Report or talks.
    public var kind: NewsSuggestionKind
    /// The event's day, `YYYY-MM-DD`, if resolved.
    public var date: String?
    /// The CAMEO code.
    public var cameo: String
    /// Who did it (country and role, e.g. `SYR GOV`), as coded.
    public var source: String?
    /// To whom.
    public var target: String?
    /// Where (gazetteer name, latitude, longitude), if found.
    public var place: String?
    /// Latitude.
    public var latitude: Double?
    /// Longitude.
    public var longitude: Double?
    /// The sentence it was coded from.
    public var sentence: String
    /// Its offsets in the article's text.
    public var offsets: [Int]
    /// The whole coded event as JSON (the `truce extract` contract's event object).
    public var eventJSON: String

    /// A draft.
    public init(
        kind: NewsSuggestionKind, date: String?, cameo: String, source: String?, target: String?, place: String?,
        latitude: Double?, longitude: Double?, sentence: String, offsets: [Int], eventJSON: String
    ) {
        self.kind = kind
        self.date = date
        self.cameo = cameo
        self.source = source
        self.target = target
        self.place = place
        self.latitude = latitude
        self.longitude = longitude
        self.sentence = sentence
        self.offsets = offsets
        self.eventJSON = eventJSON
    }

    /// The same event as another outlet codes it: day, who, CAMEO root, to whom and where (who and to whom in either
    /// order for the symmetric roots: consult, engage in diplomatic and material cooperation).
    public var eventKey: String {
        let root = String(cameo.prefix(2))
        var sides = [source ?? "-", target ?? "-"]
        if ["04", "05", "06"].contains(root) { sides.sort() }
        return [root, sides[0], sides[1], place ?? "-"].joined(separator: "|")
    }
}
