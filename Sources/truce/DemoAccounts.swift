import TruceCore

/// The demo's accounts, one per role (the party accounts act for the two parties of the scenario).
enum DemoAccounts {
    static let all: [(name: String, role: Role, party: String?)] = [
        ("admin", .admin, nil), ("monitor", .monitor, nil), ("guarantor", .guarantor, nil),
        ("mediator", .mediator, nil), ("government", .party, "syrian-government"),
        ("opposition", .party, "armed-opposition"),
    ]

    /// A random password of 16 letters and digits.
    static func password() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
