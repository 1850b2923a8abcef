import TruceCore

/// Checks `--from`/`--to` day options (YYYY-MM-DD).
enum DayOption {
    static func check(_ text: String?, _ name: String) throws {
        guard let text else { return }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let valid =
            text.count == 10 && parts.count == 3 && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            && (1...12).contains(Int(parts[1]) ?? 0)
            && (1...CivilTime.daysInMonth(year: Int(parts[0]) ?? 0, month: Int(parts[1]) ?? 1)).contains(Int(parts[2]) ?? 0)
        if !valid { throw commandLineError(field: "--\(name)", message: "'\(text)' is not a date (YYYY-MM-DD)") }
    }
}
