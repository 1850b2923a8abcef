/// The columns of the reports CSV format, in the order Truce writes them (docs/report-format.md).
public enum ReportCSVColumn: String, CaseIterable, Sendable {
    case externalID = "external_id"
    case sourceKind = "source_kind"
    case reporter
    case confidential
    case observedAt = "observed_at"
    case timePrecision = "time_precision"
    case latitude
    case longitude
    case precisionMetres = "precision_m"
    case place
    case category
    case perpetratorParty = "perpetrator_party"
    case perpetratorText = "perpetrator_text"
    case targetParty = "target_party"
    case targetText = "target_text"
    case killedLow = "killed_low"
    case killedBest = "killed_best"
    case killedHigh = "killed_high"
    case injuredLow = "injured_low"
    case injuredBest = "injured_best"
    case injuredHigh = "injured_high"
    case civiliansKilled = "civilians_killed"
    case civiliansInjured = "civilians_injured"
    case description
    case evidence
    case language

    /// The columns a header must have; the others are optional.
    public static let required: [ReportCSVColumn] = [.sourceKind, .reporter, .observedAt, .category, .description]
}

/// Where each ``ReportCSVColumn`` sits in one file's header, found once per file so rows are read by position.
public struct ReportCSVLayout: Sendable {
    private let positions: [Int?]

    /// Finds the columns in a header; a column the header lacks reads as empty.
    public init(_ columns: CSVColumns) {
        positions = ReportCSVColumn.allCases.map { columns.position($0.rawValue) }
    }

    /// The field of a column in a row, or `nil` when empty or absent.
    func value(_ column: ReportCSVColumn, in row: CSVRow) -> String? {
        guard let position = positions[ordinal(column)] else { return nil }
        let value = row.record.fields[position]
        return value.isEmpty ? nil : value
    }

    private func ordinal(_ column: ReportCSVColumn) -> Int {
        ReportCSVColumn.allCases.firstIndex(of: column)!
    }
}
