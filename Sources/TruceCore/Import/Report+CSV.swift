import Foundation

extension Report {
    /// The report as a row of the reports CSV format, in ``ReportDraft/csvColumns`` order, unquoted.
    public func csvFields(timeZone: TimeZone) -> [String] {
        let c = casualties
        func text(_ value: Int?) -> String { value.map(String.init) ?? "" }
        func described(_ value: String?) -> String { value ?? "" }
        return [
            externalID ?? "", source.kind.rawValue, source.reporter, source.confidential ? "true" : "false",
            CivilTime.iso8601(observed.epochSeconds, in: timeZone), observed.precision.rawValue,
            String(location.point.latitude), String(location.point.longitude), String(location.precisionMetres),
            location.placeName ?? "", category.rawValue, perpetrator?.knownID ?? "",
            described(perpetrator.flatMap { $0.knownID == nil ? $0.display : nil }), target?.knownID ?? "",
            described(target.flatMap { $0.knownID == nil ? $0.display : nil }), text(c.killed?.low), text(c.killed?.best),
            text(c.killed?.high), text(c.injured?.low), text(c.injured?.best), text(c.injured?.high),
            text(c.civiliansKilled), text(c.civiliansInjured), description,
            evidence.map { "\($0.sha256):\($0.mediaType)" }.joined(separator: ";"), language ?? "",
        ]
    }
}

/// Writes CSV fields, quoting those that need it (RFC 4180).
public enum CSVWriter {
    /// One line (with its `\n`) from unquoted fields.
    public static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\n"
    }

    /// A field, quoted when it holds a comma, quote or line break.
    public static func quote(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
