import Foundation
import Yams

/// Reads the agreement file format (YAML, documented in docs/agreement-format.md) into an ``Agreement``.
///
/// Every problem is an ``InputError`` naming the file, line, column and field. Unknown fields are errors, ids must
/// be unique, references must resolve, polygons must be closed and coordinates in range. YAML aliases are refused
/// (they serve no purpose here and enable "billion laughs" inputs), and so are files over ``maximumBytes``.
public struct AgreementDecoder: Sendable {
    /// The largest agreement file accepted, in bytes.
    public static let maximumBytes = 16 * 1024 * 1024
    /// The format identifier a file may declare in its `format` field.
    public static let formatIdentifier = "truce-agreement/1"

    /// Whether text is a valid id: lower-case ASCII letters, digits and `-`, starting with a letter or digit,
    /// at most 64 characters.
    public static func isValidID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, bytes.count <= 64, first != 0x2D else { return false }
        return bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// Creates a decoder.
    public init() {}

    /// Decodes an agreement from YAML text; `file` is the name used in errors.
    public func decode(_ yaml: String, file: String) throws(InputError) -> Agreement {
        var context = Context(file: file)
        return try context.agreement(
            try YAMLObject.document(yaml, file: file, maximumBytes: Self.maximumBytes))
    }

    static func inputError(from error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return InputError(file: file, line: mark.line, column: mark.column, message: "malformed YAML: \(what)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return InputError(
                file: file, line: context.mark.line, column: context.mark.column,
                field: duplicates.first, message: "duplicate key in a mapping")
        default:
            return InputError(file: file, message: "malformed YAML: \(error)")
        }
    }

    /// Refuses YAML anchors (`&name`) outside quotes and comments. Yams resolves aliases while composing, so
    /// without anchors no alias can expand: this is what keeps "billion laughs" files out.
    static func refuseAnchors(_ yaml: String, file: String) throws(InputError) {
        var lineNumber = 0
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var quote: Character? = nil
            var previous: Character = " "
            var column = 0
            var iterator = line.makeIterator()
            while let c = iterator.next() {
                column += 1
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    if " [{,:-".contains(previous) { quote = c }
                } else if c == "#" && previous.isWhitespace {
                    break
                } else if c == "&" && " [{,-:".contains(previous) {
                    var lookahead = iterator
                    if let next = lookahead.next(), !next.isWhitespace {
                        throw InputError(
                            file: file, line: lineNumber, column: column,
                            message: "YAML anchors and aliases (&name, *name) are not allowed in agreement files")
                    }
                }
                previous = c
            }
        }
    }

    /// Decoding state: the zone for dates and the ids seen so far.
    private struct Context {
        let file: String
        var timeZone = TimeZone(identifier: "UTC")!
        var actorIDs: [String: String] = [:]
        var clauseIDs = Set<String>()
        var zoneIDs = Set<String>()
        var amendmentIDs = Set<String>()
        var clauseReferences: [(party: String, object: YAMLObject, key: String)] = []

        init(file: String) { self.file = file }

        mutating func agreement(_ object: YAMLObject) throws(InputError) -> Agreement {
            try object.checkKeys([
                "format", "id", "title", "time_zone", "entry_into_force", "attribution", "guarantors", "parties",
                "excluded_groups", "clauses", "zones", "amendments", "sources", "notes",
            ])
            if let format = try object.optionalString("format"), format != AgreementDecoder.formatIdentifier {
                throw object.error(
                    "format", object.optional("format"),
                    "unsupported format '\(format)'; this version reads '\(AgreementDecoder.formatIdentifier)'")
            }
            let id = try identifier(object, "id")
            let title = try object.string("title")
            let zoneName = try object.string("time_zone")
            guard let zone = TimeZone(identifier: zoneName) else {
                throw object.error(
                    "time_zone", object.optional("time_zone"),
                    "unknown time zone '\(zoneName)' (use an IANA name such as Asia/Damascus)")
            }
            timeZone = zone
            let entry = try instant(object, "entry_into_force")
            var policy = AttributionPolicy.attribute
            if let text = try object.optionalString("attribution") {
                guard let parsed = AttributionPolicy(rawValue: text) else {
                    throw object.error(
                        "attribution", object.optional("attribution"),
                        "expected one of: \(AttributionPolicy.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                policy = parsed
            }
            let guarantors = try object.objects("guarantors").map { (o) throws(InputError) in
                try guarantor(o, defaultJoined: entry)
            }
            let parties = try object.objects("parties").map { (o) throws(InputError) in try party(o, defaultJoined: entry) }
            let excluded = try object.objects("excluded_groups").map { (o) throws(InputError) in try excludedGroup(o) }
            let clauses = try object.objects("clauses").map { (o) throws(InputError) in try clause(o) }
            let zones = try object.objects("zones").map { (o) throws(InputError) in try self.zone(o) }
            var amendments: [Amendment] = []
            for o in try object.objects("amendments") {
                let amendment = try self.amendment(o)
                if amendment.entryIntoForce < entry {
                    throw o.error(
                        "entry_into_force", o.optional("entry_into_force"), "is before the agreement's own entry into force")
                }
                amendments.append(amendment)
            }
            if parties.isEmpty && amendments.allSatisfy({ $0.addsParties.isEmpty }) {
                throw object.error("parties", object.optional("parties"), "an agreement needs at least one party")
            }
            for reference in clauseReferences where actorIDs[reference.party] != "party" {
                let known = actorIDs.filter { $0.value == "party" }.keys.sorted().joined(separator: ", ")
                throw reference.object.error(
                    reference.key, reference.object.optional("applies_to"),
                    "unknown party id '\(reference.party)'; parties are: \(known)")
            }
            return Agreement(
                id: id, title: title, timeZone: zone, entryIntoForce: entry, attributionPolicy: policy,
                guarantors: guarantors, parties: parties, excludedGroups: excluded, clauses: clauses, zones: zones,
                amendments: amendments, sources: try object.strings("sources"), notes: try object.strings("notes"))
        }

        func identifier(_ object: YAMLObject, _ key: String) throws(InputError) -> String {
            let value = try object.string(key)
            guard AgreementDecoder.isValidID(value) else {
                throw object.error(
                    key, object.optional(key),
                    "'\(value)' is not a valid id (lower-case letters, digits and '-', at most 64 characters)")
            }
            return value
        }

        mutating func actorID(_ object: YAMLObject, kind: String) throws(InputError) -> String {
            let id = try identifier(object, "id")
            if let previous = actorIDs[id] {
                throw object.error("id", object.optional("id"), "id '\(id)' is already used by a \(previous)")
            }
            actorIDs[id] = kind
            return id
        }

        func instant(_ object: YAMLObject, _ key: String) throws(InputError) -> Date {
            guard let date = try optionalInstant(object, key) else { throw object.error(key, nil, "is required") }
            return date
        }

        func optionalInstant(_ object: YAMLObject, _ key: String) throws(InputError) -> Date? {
            guard let text = try object.optionalString(key) else { return nil }
            guard let parsed = TimestampParser(timeZone: timeZone).parse(text) else {
                throw object.error(
                    key, object.optional(key),
                    "'\(text)' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM")
            }
            return Date(timeIntervalSince1970: TimeInterval(parsed.epochSeconds))
        }

        mutating func guarantor(_ o: YAMLObject, defaultJoined: Date) throws(InputError) -> Guarantor {
            try o.checkKeys(["id", "name", "aliases", "joined"])
            return Guarantor(
                id: try actorID(o, kind: "guarantor"), name: try o.string("name"), aliases: try o.strings("aliases"),
                joined: try optionalInstant(o, "joined") ?? defaultJoined)
        }

        mutating func party(_ o: YAMLObject, defaultJoined: Date) throws(InputError) -> Party {
            try o.checkKeys(["id", "name", "side", "aliases", "joined"])
            return Party(
                id: try actorID(o, kind: "party"), name: try o.string("name"), side: try o.string("side"),
                aliases: try o.strings("aliases"), joined: try optionalInstant(o, "joined") ?? defaultJoined)
        }

        mutating func excludedGroup(_ o: YAMLObject) throws(InputError) -> ExcludedGroup {
            try o.checkKeys(["id", "name", "aliases"])
            return ExcludedGroup(
                id: try actorID(o, kind: "excluded group"), name: try o.string("name"), aliases: try o.strings("aliases"))
        }

        mutating func clause(_ o: YAMLObject) throws(InputError) -> Clause {
            try o.checkKeys(["id", "text", "prohibits", "applies_to"])
            let id = try identifier(o, "id")
            guard clauseIDs.insert(id).inserted else {
                throw o.error("id", o.optional("id"), "clause id '\(id)' is already used")
            }
            var categories: [ReportCategory] = []
            for (i, name) in try o.strings("prohibits").enumerated() {
                guard let category = ReportCategory(rawValue: name) else {
                    throw o.error(
                        "prohibits[\(i)]", o.optional("prohibits"),
                        "unknown category '\(name)'; expected one of: \(ReportCategory.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                categories.append(category)
            }
            let appliesTo = try o.strings("applies_to")
            for (i, party) in appliesTo.enumerated() {
                clauseReferences.append((party, o, "applies_to[\(i)]"))
            }
            return Clause(id: id, text: try o.string("text"), prohibits: categories, appliesTo: appliesTo)
        }

        mutating func zone(_ o: YAMLObject) throws(InputError) -> Zone {
            try o.checkKeys(["id", "name", "geometry", "in_force_from", "in_force_until", "clauses", "approximate", "note"])
            let id = try identifier(o, "id")
            guard zoneIDs.insert(id).inserted else {
                throw o.error("id", o.optional("id"), "zone id '\(id)' is already used")
            }
            let from = try optionalInstant(o, "in_force_from")
            let until = try optionalInstant(o, "in_force_until")
            if let from, let until, until <= from {
                throw o.error("in_force_until", o.optional("in_force_until"), "must be after in_force_from")
            }
            let geometry = try GeoJSONGeometryReader(file: file).geometry(
                try o.required("geometry"), path: o.fieldPath("geometry"))
            return Zone(
                id: id, name: try o.string("name"), geometry: geometry, inForceFrom: from, inForceUntil: until,
                clauses: try o.objects("clauses").map { (c) throws(InputError) in try clause(c) },
                approximate: try o.bool("approximate", default: false), note: try o.optionalString("note"))
        }

        mutating func amendment(_ o: YAMLObject) throws(InputError) -> Amendment {
            try o.checkKeys(["id", "title", "signed", "entry_into_force", "adds"])
            let id = try identifier(o, "id")
            guard amendmentIDs.insert(id).inserted else {
                throw o.error("id", o.optional("id"), "amendment id '\(id)' is already used")
            }
            let entry = try instant(o, "entry_into_force")
            let adds = try YAMLObject(try o.required("adds"), path: o.fieldPath("adds"), file: file)
            try adds.checkKeys(["guarantors", "parties", "excluded_groups", "clauses", "zones"])
            let amendment = Amendment(
                id: id, title: try o.string("title"), signed: try optionalInstant(o, "signed"), entryIntoForce: entry,
                addsGuarantors: try adds.objects("guarantors").map { (x) throws(InputError) in
                    try guarantor(x, defaultJoined: entry)
                },
                addsParties: try adds.objects("parties").map { (x) throws(InputError) in try party(x, defaultJoined: entry) },
                addsExcludedGroups: try adds.objects("excluded_groups").map { (x) throws(InputError) in try excludedGroup(x) },
                addsClauses: try adds.objects("clauses").map { (x) throws(InputError) in try clause(x) },
                addsZones: try adds.objects("zones").map { (x) throws(InputError) in try zone(x) })
            return amendment
        }
    }
}
