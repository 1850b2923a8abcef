import TruceCore

/// Checks `--from`/`--to` day options (YYYY-MM-DD).
enum DayOption {
    static func check(_ text: String?, _ name: String) throws {
        guard let text else { return }
        if !CivilTime.isDay(text) { throw commandLineError(field: "--\(name)", message: "'\(text)' is not a date (YYYY-MM-DD)") }
    }
}
