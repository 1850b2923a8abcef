import Foundation

extension ReportDraft {
    /// Decodes the JSON form of a report (documented in docs/report-format.md), naming the field at fault.
    ///
    /// Unknown fields are errors, so a misspelt key never passes silently.
    public static func fromJSON(_ bytes: [UInt8], file: String, line: Int?) throws(InputError) -> ReportDraft {
        do {
            return try JSONDecoder().decode(ReportJSON.self, from: Data(bytes)).draft
        } catch let error as DecodingError {
            throw InputError(decoding: error, file: file, line: line)
        } catch {
            throw InputError(file: file, line: line, message: "not valid JSON: \(error)")
        }
    }
}

extension InputError {
    /// Describes a `DecodingError`, naming the field by its coding path.
    public init(decoding error: DecodingError, file: String, line: Int?) {
        func path(_ codingPath: [any CodingKey]) -> String? {
            let parts = codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }
            let joined = parts.joined().trimmingPrefix(".")
            return joined.isEmpty ? nil : String(joined).replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .typeMismatch(let type, let context):
            self.init(file: file, line: line, field: path(context.codingPath), message: "expected \(Self.typeName(type))")
        case .valueNotFound(let type, let context):
            self.init(
                file: file, line: line, field: path(context.codingPath), message: "expected \(Self.typeName(type)), found null")
        case .keyNotFound(let key, let context):
            self.init(file: file, line: line, field: path(context.codingPath + [key]), message: "is required")
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            self.init(
                file: file, line: line, field: path(context.codingPath),
                message: context.codingPath.isEmpty
                    ? "not valid JSON: \(underlying ?? context.debugDescription)" : context.debugDescription)
        @unknown default:
            self.init(file: file, line: line, message: "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Double.Type: "a number"
        case is [Any].Type: "a list"
        default: "an object"
        }
    }
}

/// Rejects keys a JSON object may not have.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    static func check(_ decoder: any Decoder, allowed: Set<String>) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        for key in container.allKeys where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath + [key],
                    debugDescription: "unknown field; expected one of: \(allowed.sorted().joined(separator: ", "))"))
        }
    }
}

/// The JSON shape of a report.
private struct ReportJSON: Decodable {
    struct Source: Decodable {
        var kind: String?
        var reporter: String?
        var confidential: Bool?
        init(from decoder: any Decoder) throws {
            try AnyKey.check(decoder, allowed: ["kind", "reporter", "confidential"])
            let c = try decoder.container(keyedBy: AnyKey.self)
            kind = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "kind"))
            reporter = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "reporter"))
            confidential = try c.decodeIfPresent(Bool.self, forKey: AnyKey(stringValue: "confidential"))
        }
    }
    struct Location: Decodable {
        var lat: Double?
        var lon: Double?
        var precisionMetres: Int?
        var place: String?
        init(from decoder: any Decoder) throws {
            try AnyKey.check(decoder, allowed: ["lat", "lon", "precision_m", "place"])
            let c = try decoder.container(keyedBy: AnyKey.self)
            lat = try c.decodeIfPresent(Double.self, forKey: AnyKey(stringValue: "lat"))
            lon = try c.decodeIfPresent(Double.self, forKey: AnyKey(stringValue: "lon"))
            precisionMetres = try c.decodeIfPresent(Int.self, forKey: AnyKey(stringValue: "precision_m"))
            place = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "place"))
        }
    }
    struct Actor: Decodable {
        var party: String?
        var text: String?
        init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer(), let id = try? single.decode(String.self) {
                party = id
                return
            }
            try AnyKey.check(decoder, allowed: ["party", "text"])
            let c = try decoder.container(keyedBy: AnyKey.self)
            party = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "party"))
            text = try c.decodeIfPresent(String.self, forKey: AnyKey(stringValue: "text"))
        }
    }
    struct Range: Decodable {
        var values: [Int?]
        init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer(), let n = try? single.decode(Int.self) {
                values = [n, n, n]
                return
            }
            try AnyKey.check(decoder, allowed: ["low", "best", "high"])
            let c = try decoder.container(keyedBy: AnyKey.self)
            values = try ["low", "best", "high"].map { try c.decodeIfPresent(Int.self, forKey: AnyKey(stringValue: $0)) }
        }
    }
    struct Civilians: Decodable {
        var killed: Int?
        var injured: Int?
        init(from decoder: any Decoder) throws {
            try AnyKey.check(decoder, allowed: ["killed", "injured"])
            let c = try decoder.container(keyedBy: AnyKey.self)
            killed = try c.decodeIfPresent(Int.self, forKey: AnyKey(stringValue: "killed"))
            injured = try c.decodeIfPresent(Int.self, forKey: AnyKey(stringValue: "injured"))
        }
    }
    struct Evidence: Decodable {
        var sha256: String
        var mediaType: String
        init(from decoder: any Decoder) throws {
            try AnyKey.check(decoder, allowed: ["sha256", "media_type"])
            let c = try decoder.container(keyedBy: AnyKey.self)
            sha256 = try c.decode(String.self, forKey: AnyKey(stringValue: "sha256"))
            mediaType = try c.decode(String.self, forKey: AnyKey(stringValue: "media_type"))
        }
    }

    var draft = ReportDraft()

    init(from decoder: any Decoder) throws {
        try AnyKey.check(
            decoder,
            allowed: [
                "external_id", "source", "observed_at", "time_precision", "location", "category", "perpetrator",
                "target", "killed", "injured", "civilians", "description", "evidence", "language",
            ])
        let c = try decoder.container(keyedBy: AnyKey.self)
        func key(_ name: String) -> AnyKey { AnyKey(stringValue: name) }
        draft.externalID = try c.decodeIfPresent(String.self, forKey: key("external_id"))
        if let source = try c.decodeIfPresent(Source.self, forKey: key("source")) {
            draft.sourceKind = source.kind
            draft.reporter = source.reporter
            draft.confidential = source.confidential
        }
        draft.observedAt = try c.decodeIfPresent(String.self, forKey: key("observed_at"))
        draft.timePrecision = try c.decodeIfPresent(String.self, forKey: key("time_precision"))
        if let location = try c.decodeIfPresent(Location.self, forKey: key("location")) {
            draft.latitude = location.lat
            draft.longitude = location.lon
            draft.precisionMetres = location.precisionMetres
            draft.place = location.place
        }
        draft.category = try c.decodeIfPresent(String.self, forKey: key("category"))
        if let actor = try c.decodeIfPresent(Actor.self, forKey: key("perpetrator")) {
            draft.perpetratorParty = actor.party
            draft.perpetratorText = actor.text
        }
        if let actor = try c.decodeIfPresent(Actor.self, forKey: key("target")) {
            draft.targetParty = actor.party
            draft.targetText = actor.text
        }
        draft.killed = try c.decodeIfPresent(Range.self, forKey: key("killed"))?.values ?? [nil, nil, nil]
        draft.injured = try c.decodeIfPresent(Range.self, forKey: key("injured"))?.values ?? [nil, nil, nil]
        if let civilians = try c.decodeIfPresent(Civilians.self, forKey: key("civilians")) {
            draft.civiliansKilled = civilians.killed
            draft.civiliansInjured = civilians.injured
        }
        draft.description = try c.decodeIfPresent(String.self, forKey: key("description"))
        draft.evidence = (try c.decodeIfPresent([Evidence].self, forKey: key("evidence")) ?? []).map {
            EvidenceItem(sha256: $0.sha256, mediaType: $0.mediaType)
        }
        draft.language = try c.decodeIfPresent(String.self, forKey: key("language"))
    }
}
