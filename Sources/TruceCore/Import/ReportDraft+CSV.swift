extension ReportDraft {
    /// The columns of the reports CSV format, in the order Truce writes them (docs/report-format.md).
    public static let csvColumns = ReportCSVColumn.allCases.map(\.rawValue)
    /// The columns a reports CSV header must have; the others are optional.
    public static let requiredCSVColumns = ReportCSVColumn.required.map(\.rawValue)

    /// Reads one CSV row of the reports format. Evidence is `SHA256:media/type` items separated by `;`.
    public static func fromCSV(_ row: CSVRow, layout: ReportCSVLayout) throws(InputError) -> ReportDraft {
        func text(_ column: ReportCSVColumn) -> String? { layout.value(column, in: row) }
        func count(_ column: ReportCSVColumn) throws(InputError) -> Int? {
            guard let text = text(column) else { return nil }
            guard let value = Int(text), value >= 0 else {
                throw row.error(column.rawValue, "'\(text.prefix(40))' is not a whole number of zero or more")
            }
            return value
        }
        func number(_ column: ReportCSVColumn) throws(InputError) -> Double? {
            guard let text = text(column) else { return nil }
            guard let value = Double(text), value.isFinite else {
                throw row.error(column.rawValue, "'\(text.prefix(40))' is not a number")
            }
            return value
        }
        var draft = ReportDraft()
        draft.externalID = text(.externalID)
        draft.sourceKind = text(.sourceKind)
        draft.reporter = text(.reporter)
        if let flag = text(.confidential) {
            switch flag.lowercased() {
            case "true", "yes", "1": draft.confidential = true
            case "false", "no", "0": draft.confidential = false
            default: throw row.error("confidential", "expected true or false")
            }
        }
        draft.observedAt = text(.observedAt)
        draft.timePrecision = text(.timePrecision)
        draft.latitude = try number(.latitude)
        draft.longitude = try number(.longitude)
        draft.precisionMetres = try count(.precisionMetres)
        draft.place = text(.place)
        draft.category = text(.category)
        draft.perpetratorParty = text(.perpetratorParty)
        draft.perpetratorText = text(.perpetratorText)
        draft.targetParty = text(.targetParty)
        draft.targetText = text(.targetText)
        draft.killed = [try count(.killedLow), try count(.killedBest), try count(.killedHigh)]
        draft.injured = [try count(.injuredLow), try count(.injuredBest), try count(.injuredHigh)]
        draft.civiliansKilled = try count(.civiliansKilled)
        draft.civiliansInjured = try count(.civiliansInjured)
        draft.description = text(.description)
        if let evidence = text(.evidence) {
            for item in evidence.split(separator: ";") {
                let parts = item.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { throw row.error("evidence", "expected SHA256:media/type items separated by ';'") }
                draft.evidence.append(EvidenceItem(sha256: String(parts[0]), mediaType: String(parts[1])))
            }
        }
        draft.language = text(.language)
        return draft
    }
}
