import Foundation

/// Turns a ``ReportDraft`` into a ``Report`` by the agreement's rules, or throws an ``InputError`` naming the field.
///
/// Checks: the source kind, the reporter, the time (parsed in the agreement's zone), coordinates in range or a
/// place the gazetteer knows, a category from the taxonomy, party ids the agreement names, casualty ranges in
/// order, evidence digests of 64 hex digits. Defaults: time precision `exact` for a date-time and `day` for a
/// date; location precision 1,000 m for coordinates without one; the gazetteer's precision for a place.
public struct ReportValidator: Sendable {
    /// The agreement reports are checked against.
    public let agreement: Agreement
    /// Actors the agreement names.
    public let actors: ActorDirectory
    /// Places for reports that give a name instead of coordinates, loaded when first needed.
    public let places: GazetteerLoader
    private let timestamps: TimestampParser

    /// The longest description accepted, in characters.
    public static let maximumDescriptionLength = 20_000
    /// The longest identifier-like text (reporter, external id, free-text actor) accepted.
    public static let maximumShortTextLength = 300
    /// The precision given to coordinates that come without one, in metres.
    public static let defaultPrecisionMetres = 1_000

    /// Creates a validator.
    public init(agreement: Agreement, places: GazetteerLoader) {
        self.agreement = agreement
        self.actors = ActorDirectory(agreement: agreement)
        self.places = places
        self.timestamps = TimestampParser(timeZone: agreement.timeZone)
    }

    /// Validates a draft read from `file` at `line`.
    public func report(from draft: ReportDraft, file: String, line: Int?) throws(InputError) -> Report {
        func fail(_ field: String, _ message: String) -> InputError {
            InputError(file: file, line: line, field: field, message: message)
        }
        func short(_ value: String?, _ field: String, required: Bool) throws(InputError) -> String? {
            guard let value, value.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }) else {
                if required { throw fail(field, "is required") }
                return nil
            }
            if value.utf8.count > Self.maximumShortTextLength, value.count > Self.maximumShortTextLength {
                throw fail(field, "is longer than \(Self.maximumShortTextLength) characters")
            }
            return value
        }

        guard let kindText = draft.sourceKind else { throw fail("source.kind", "is required") }
        guard let kind = SourceKind(rawValue: kindText) else {
            throw fail(
                "source.kind",
                "unknown source kind '\(kindText.prefix(40))'; expected one of: \(SourceKind.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        let reporter = try short(draft.reporter, "source.reporter", required: true)!

        guard let observedText = draft.observedAt else { throw fail("observed_at", "is required") }
        guard let parsed = timestamps.parse(observedText) else {
            throw fail("observed_at", "'\(observedText.prefix(40))' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM")
        }
        var precision: TimePrecision = parsed.dateOnly ? .day : .exact
        if let text = draft.timePrecision {
            guard let given = TimePrecision(rawValue: text) else {
                throw fail(
                    "time_precision",
                    "unknown precision '\(text.prefix(40))'; expected one of: \(TimePrecision.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            if given == .exact && parsed.dateOnly {
                throw fail("time_precision", "is exact but observed_at gives only a date")
            }
            precision = given
        }
        // A day-precision time stands for its whole local day: store the day's start, as ObservedTime says.
        var observedAt = parsed.epochSeconds
        if precision == .day && !parsed.dateOnly {
            observedAt = CivilTime.startOfDay(
                days: CivilTime.dayNumber(observedAt, in: agreement.timeZone), in: agreement.timeZone)
        }
        if let metres = draft.precisionMetres, metres < 0 || metres > 2_000_000 {
            throw fail("location.precision_m", "must be 0 to 2,000,000 metres (got \(metres))")
        }
        for (value, field) in [(draft.civiliansKilled, "civilians.killed"), (draft.civiliansInjured, "civilians.injured")] {
            if let value, value < 0 { throw fail(field, "must not be negative (got \(value))") }
        }

        let location: Location
        switch (draft.latitude, draft.longitude) {
        case (let lat?, let lon?):
            let point = GeoPoint(latitude: lat, longitude: lon)
            if let problem = point.problem() {
                throw fail(
                    lat < -90 || lat > 90 || !lat.isFinite ? "location.lat" : "location.lon",
                    "coordinates out of range: \(problem)")
            }
            let metres = draft.precisionMetres ?? Self.defaultPrecisionMetres
            location = Location(
                point: point, precisionMetres: metres, placeName: try short(draft.place, "location.place", required: false))
        case (nil, nil):
            guard let place = try short(draft.place, "location.place", required: false) else {
                throw fail("location", "give lat and lon, or a place name")
            }
            let gazetteer: Gazetteer
            do {
                gazetteer = try places.gazetteer()
            } catch {
                throw fail("location.place", "cannot resolve place names: the gazetteer failed to load (\(error))")
            }
            guard let entry = gazetteer.resolve(place) else {
                throw fail("location.place", "unknown place '\(place)'; give lat and lon, or a name the gazetteer knows")
            }
            location = Location(
                point: entry.point, precisionMetres: draft.precisionMetres ?? entry.precisionMetres, placeName: place)
        case (nil, _):
            throw fail("location.lat", "is required when lon is given")
        case (_, nil):
            throw fail("location.lon", "is required when lat is given")
        }

        guard let categoryText = draft.category else { throw fail("category", "is required") }
        guard let category = ReportCategory(rawValue: categoryText) else {
            throw fail(
                "category",
                "unknown category '\(categoryText.prefix(40))'; expected one of: \(ReportCategory.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }

        func actor(_ party: String?, _ text: String?, _ field: String) throws(InputError) -> ActorReference? {
            if party != nil && text != nil { throw fail(field, "give either a party id or a text, not both") }
            if let party {
                guard actors.byID[party] != nil else {
                    throw fail(
                        field + ".party",
                        "unknown party id '\(party.prefix(60))'; the agreement names: \(actors.byID.keys.sorted().joined(separator: ", "))"
                    )
                }
                return .known(id: party)
            }
            if let text = try short(text, field + ".text", required: false) { return .described(text) }
            return nil
        }
        let perpetrator = try actor(draft.perpetratorParty, draft.perpetratorText, "perpetrator")
        let target = try actor(draft.targetParty, draft.targetText, "target")

        func estimate(_ values: [Int?], _ field: String) throws(InputError) -> Estimate? {
            switch (values[0], values[1], values[2]) {
            case (nil, nil, nil): return nil
            case (let low, let best?, let high):
                let estimate = Estimate(low: low ?? best, best: best, high: high ?? best)
                if let problem = estimate.problem() { throw fail(field, problem) }
                return estimate
            default:
                throw fail(field + ".best", "is required when low or high is given")
            }
        }
        let killed = try estimate(draft.killed, "killed")
        let injured = try estimate(draft.injured, "injured")
        if let civilians = draft.civiliansKilled, civilians > (killed?.high ?? 0) {
            throw fail("civilians.killed", "(\(civilians)) is more than the highest count of killed (\(killed?.high ?? 0))")
        }
        if let civilians = draft.civiliansInjured, civilians > (injured?.high ?? 0) {
            throw fail("civilians.injured", "(\(civilians)) is more than the highest count of injured (\(injured?.high ?? 0))")
        }

        guard let description = draft.description,
            description.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })
        else {
            throw fail("description", "is required")
        }
        if description.utf8.count > Self.maximumDescriptionLength, description.count > Self.maximumDescriptionLength {
            throw fail("description", "is longer than \(Self.maximumDescriptionLength) characters")
        }
        for (i, item) in draft.evidence.enumerated() {
            let hex = item.sha256.utf8
            guard hex.count == 64, hex.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }) else {
                throw fail("evidence[\(i)].sha256", "expected 64 lower-case hexadecimal digits")
            }
            guard item.mediaType.contains("/"), item.mediaType.count <= 100 else {
                throw fail("evidence[\(i)].media_type", "expected a media type such as image/jpeg")
            }
        }
        let language = try short(draft.language, "language", required: false)
        if let language, language.count > 35 { throw fail("language", "expected a BCP 47 tag such as en or ar") }

        return Report(
            agreementID: agreement.id, externalID: try short(draft.externalID, "external_id", required: false),
            source: ReportSource(kind: kind, reporter: reporter, confidential: draft.confidential ?? false),
            observed: ObservedTime(epochSeconds: observedAt, precision: precision), location: location,
            category: category, perpetrator: perpetrator, target: target,
            casualties: Casualties(
                killed: killed, injured: injured, civiliansKilled: draft.civiliansKilled, civiliansInjured: draft.civiliansInjured
            ),
            description: description, evidence: draft.evidence, language: language)
    }
}
