import TruceCore
import TruceLog

extension Report {
    /// The log entry that records this report's registration (`report.registered`).
    ///
    /// The content holds every field of the report except, for a confidential source, the reporter's identity
    /// and the account in its own words: those are salted SHA-256 commitments (`report.source.reporter`,
    /// `report.description`), so the public log leaks nothing a later disclosure could not prove.
    ///
    /// Imports build one per report, so the canonical JSON is written directly, members in canonical order
    /// (docs/log-format.md lists them). The entry has no subject: the report row keeps its entry's index
    /// (`report.log_index`).
    public func logEntry(contentHash: String, receivedAt: Int64, actor: String) -> LogEntry {
        var secrets: [String: Commitment] = [:]
        var w = CanonicalJSONWriter(capacity: 1_024 + description.utf8.count)
        func confidential(_ field: String, _ text: String) {
            guard source.confidential else { return w.string(text) }
            let commitment = Commitment(value: .string(text))
            secrets[field] = commitment
            w.beginObject()
            w.key("commitment")
            w.string(commitment.digest)
            w.endObject()
        }
        func estimate(_ value: Estimate?) {
            guard let value else { return w.null() }
            w.beginObject()
            w.key("best")
            w.integer(value.best)
            w.key("high")
            w.integer(value.high)
            w.key("low")
            w.integer(value.low)
            w.endObject()
        }
        func actorValue(_ actor: ActorReference?) {
            switch actor {
            case .none: w.null()
            case .known(let id):
                w.beginObject()
                w.key("party")
                w.string(id)
                w.endObject()
            case .described(let text):
                w.beginObject()
                w.key("described")
                w.string(text)
                w.endObject()
            }
        }
        w.beginObject()
        w.key("report")
        w.beginObject()
        w.key("agreement")
        w.string(agreementID)
        w.key("casualties")
        w.beginObject()
        w.key("civilians_injured")
        w.integer(casualties.civiliansInjured)
        w.key("civilians_killed")
        w.integer(casualties.civiliansKilled)
        w.key("injured")
        estimate(casualties.injured)
        w.key("killed")
        estimate(casualties.killed)
        w.endObject()
        w.key("category")
        w.string(category.rawValue)
        w.key("content_hash")
        w.string(contentHash)
        w.key("description")
        confidential("report.description", description)
        w.key("evidence")
        w.beginArray()
        for item in evidence {
            w.beginObject()
            w.key("media_type")
            w.string(item.mediaType)
            w.key("sha256")
            w.string(item.sha256)
            w.endObject()
        }
        w.endArray()
        w.key("external_id")
        w.string(externalID)
        w.key("language")
        w.string(language)
        w.key("location")
        w.beginObject()
        w.key("latitude")
        w.number(location.point.latitude)
        w.key("longitude")
        w.number(location.point.longitude)
        w.key("place")
        w.string(location.placeName)
        w.key("precision_m")
        w.integer(location.precisionMetres)
        w.endObject()
        w.key("observed")
        w.beginObject()
        w.key("precision")
        w.string(observed.precision.rawValue)
        w.key("time")
        w.string(CivilTime.iso8601UTC(observed.epochSeconds))
        w.endObject()
        w.key("perpetrator")
        actorValue(perpetrator)
        w.key("source")
        w.beginObject()
        w.key("confidential")
        w.bool(source.confidential)
        w.key("kind")
        w.string(source.kind.rawValue)
        w.key("reporter")
        confidential("report.source.reporter", source.reporter)
        w.endObject()
        w.key("target")
        actorValue(target)
        w.endObject()
        w.endObject()
        return LogEntry(
            type: "report.registered", time: CivilTime.iso8601UTC(receivedAt), actor: actor,
            canonicalContent: w.bytes, secrets: secrets)
    }
}
