import Foundation

/// Paths to files in the repository, for tests.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let scenarioAgreement = root.appendingPathComponent(
        "Sources/TruceScenario/Resources/syria-2016-ceasefire.yaml")

    static func scenarioSource() throws -> String { try String(contentsOf: scenarioAgreement, encoding: .utf8) }
}
