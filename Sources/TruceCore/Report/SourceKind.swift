/// Who made a report.
public enum SourceKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A monitor of the mechanism.
    case monitor
    /// A party to the agreement.
    case party
    /// A guarantor state.
    case guarantor
    /// A media outlet or an event data set built from media (UCDP, ACLED).
    case media
    /// A member of the public.
    case `public`
}
