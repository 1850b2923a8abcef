import Foundation
import TruceCore
import TruceLog

extension Report {
    /// The log entry that records this report's registration (`report.registered`).
    ///
    /// The content holds every field of the report except, for a confidential source, the reporter's identity
    /// and the account in its own words: those are salted SHA-256 commitments (`report.source.reporter`,
    /// `report.description`), so the public log leaks nothing a later disclosure could not prove.
    public func logEntry(contentHash: String, receivedAt: Int64, actor: String) -> LogEntry {
        var secrets: [String: Commitment] = [:]
        func confidential(_ field: String, _ value: JSONValue) -> JSONValue {
            guard source.confidential else { return value }
            let commitment = Commitment(value: value)
            secrets[field] = commitment
            return .object(["commitment": .string(commitment.digest)])
        }
        let c = casualties
        func estimate(_ value: Estimate?) -> JSONValue {
            guard let value else { return .null }
            return .object(["low": .optional(value.low), "best": .optional(value.best), "high": .optional(value.high)])
        }
        func actorValue(_ actor: ActorReference?) -> JSONValue {
            switch actor {
            case .none: .null
            case .known(let id): .object(["party": .string(id)])
            case .described(let text): .object(["described": .string(text)])
            }
        }
        let report: JSONValue = .object([
            "content_hash": .string(contentHash),
            "agreement": .string(agreementID),
            "external_id": .optional(externalID),
            "source": .object([
                "kind": .string(source.kind.rawValue),
                "confidential": .bool(source.confidential),
                "reporter": confidential("report.source.reporter", .string(source.reporter)),
            ]),
            "observed": .object([
                "time": .string(CivilTime.iso8601(observed.epochSeconds, in: Self.utc)),
                "precision": .string(observed.precision.rawValue),
            ]),
            "location": .object([
                "latitude": .number(location.point.latitude),
                "longitude": .number(location.point.longitude),
                "precision_m": .optional(location.precisionMetres),
                "place": .optional(location.placeName),
            ]),
            "category": .string(category.rawValue),
            "perpetrator": actorValue(perpetrator),
            "target": actorValue(target),
            "casualties": .object([
                "killed": estimate(c.killed), "injured": estimate(c.injured),
                "civilians_killed": .optional(c.civiliansKilled), "civilians_injured": .optional(c.civiliansInjured),
            ]),
            "description": confidential("report.description", .string(description)),
            "evidence": .array(evidence.map { .object(["sha256": .string($0.sha256), "media_type": .string($0.mediaType)]) }),
            "language": .optional(language),
        ])
        return LogEntry(
            type: "report.registered", time: CivilTime.iso8601(receivedAt, in: Self.utc), actor: actor,
            content: .object(["report": report]), secrets: secrets, subject: "report:\(contentHash)")
    }

    private static let utc = TimeZone(identifier: "UTC")!
}
