extension ReportDraft {
    /// The columns of the reports CSV format, in the order Truce writes them (docs/report-format.md).
    public static let csvColumns = [
        "external_id", "source_kind", "reporter", "confidential", "observed_at", "time_precision", "latitude",
        "longitude", "precision_m", "place", "category", "perpetrator_party", "perpetrator_text", "target_party",
        "target_text", "killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high",
        "civilians_killed", "civilians_injured", "description", "evidence", "language",
    ]
    /// The columns a reports CSV header must have; the others are optional.
    public static let requiredCSVColumns = ["source_kind", "reporter", "observed_at", "category", "description"]

    /// Reads one CSV row of the reports format. Evidence is `SHA256:media/type` items separated by `;`.
    public static func fromCSV(_ row: CSVRow) throws(InputError) -> ReportDraft {
        var draft = ReportDraft()
        draft.externalID = row.optional("external_id")
        draft.sourceKind = row.optional("source_kind")
        draft.reporter = row.optional("reporter")
        if let flag = row.optional("confidential") {
            switch flag.lowercased() {
            case "true", "yes", "1": draft.confidential = true
            case "false", "no", "0": draft.confidential = false
            default: throw row.error("confidential", "expected true or false")
            }
        }
        draft.observedAt = row.optional("observed_at")
        draft.timePrecision = row.optional("time_precision")
        draft.latitude = try row.optionalDouble("latitude")
        draft.longitude = try row.optionalDouble("longitude")
        draft.precisionMetres = try row.optionalCount("precision_m")
        draft.place = row.optional("place")
        draft.category = row.optional("category")
        draft.perpetratorParty = row.optional("perpetrator_party")
        draft.perpetratorText = row.optional("perpetrator_text")
        draft.targetParty = row.optional("target_party")
        draft.targetText = row.optional("target_text")
        draft.killed = [
            try row.optionalCount("killed_low"), try row.optionalCount("killed_best"), try row.optionalCount("killed_high"),
        ]
        draft.injured = [
            try row.optionalCount("injured_low"), try row.optionalCount("injured_best"), try row.optionalCount("injured_high"),
        ]
        draft.civiliansKilled = try row.optionalCount("civilians_killed")
        draft.civiliansInjured = try row.optionalCount("civilians_injured")
        draft.description = row.optional("description")
        if let evidence = row.optional("evidence") {
            for item in evidence.split(separator: ";") {
                let parts = item.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { throw row.error("evidence", "expected SHA256:media/type items separated by ';'") }
                draft.evidence.append(EvidenceItem(sha256: String(parts[0]), mediaType: String(parts[1])))
            }
        }
        draft.language = row.optional("language")
        return draft
    }
}
