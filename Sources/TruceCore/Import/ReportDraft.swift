/// A report as a file or request states it, before validation against the agreement and the gazetteer.
///
/// Both the JSON form (`truce report add`, JSON Lines imports, the API) and the CSV form fill this; the
/// ``ReportValidator`` turns it into a ``Report`` or an ``InputError`` naming the field.
public struct ReportDraft: Sendable, Hashable {
    public var externalID: String?
    public var sourceKind: String?
    public var reporter: String?
    public var confidential: Bool?
    public var observedAt: String?
    public var timePrecision: String?
    public var latitude: Double?
    public var longitude: Double?
    public var precisionMetres: Int?
    public var place: String?
    public var category: String?
    public var perpetratorParty: String?
    public var perpetratorText: String?
    public var targetParty: String?
    public var targetText: String?
    public var killed: [Int?] = [nil, nil, nil]
    public var injured: [Int?] = [nil, nil, nil]
    public var civiliansKilled: Int?
    public var civiliansInjured: Int?
    public var description: String?
    public var evidence: [EvidenceItem] = []
    public var language: String?

    /// An empty draft.
    public init() {}
}
