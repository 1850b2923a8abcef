import Foundation
import Testing

/// A scratch register with the scenario agreement, and helpers to file reports and read incidents as JSON.
struct Register {
    let dir: URL
    let db: URL

    static let agreementFile = CLI.root.appendingPathComponent(
        "Sources/TruceScenario/Resources/syria-2016-ceasefire.yaml")

    /// A fresh database holding the agreement (or the agreement text given).
    init(agreement: String? = nil) throws {
        dir = try CLI.scratch()
        db = dir.appendingPathComponent("w.sqlite")
        let file = dir.appendingPathComponent("agreement.yaml")
        try (agreement ?? String(contentsOf: Self.agreementFile, encoding: .utf8)).write(
            to: file, atomically: true, encoding: .utf8)
        try expectSuccess(["agreement", "load", file.path])
    }

    /// The scenario agreement without the de-escalation memorandum (its last amendment).
    static func agreementWithoutMemorandum() throws -> String {
        let source = try String(contentsOf: agreementFile, encoding: .utf8)
        let cut = try #require(source.range(of: "  - id: deescalation-memorandum"))
        return String(source[..<cut.lowerBound])
    }

    /// Runs `truce … --db DB`.
    @discardableResult
    func run(_ arguments: [String], stdin: Data? = nil) throws -> CLI.Result {
        try CLI.run(arguments + ["--db", db.path], in: dir, stdin: stdin)
    }

    /// Runs a command that must succeed.
    @discardableResult
    func expectSuccess(
        _ arguments: [String], stdin: Data? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> CLI.Result {
        let result = try run(arguments, stdin: stdin)
        #expect(result.status == 0, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        return result
    }

    /// Files one report; returns what `report add` printed.
    @discardableResult
    func report(
        reporter: String, kind: String, at time: String, lat: Double, lon: Double, category: String = "shelling",
        perpetrator: String? = "syrian-government", target: String? = nil, precision: Int = 500,
        text: String = "Shelling of a residential quarter", confidential: Bool = false
    ) throws -> String {
        var object: [String: Any] = [
            "source": ["kind": kind, "reporter": reporter, "confidential": confidential],
            "observed_at": time, "time_precision": "exact",
            "location": ["lat": lat, "lon": lon, "precision_m": precision], "category": category,
            "description": "\(text) (\(reporter), \(time))",
        ]
        if let perpetrator { object["perpetrator"] = perpetrator }
        if let target { object["target"] = target }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        let result = try run(["report", "add", "--json", "-"], stdin: data)
        #expect(result.status == 0, "report add: \(result.stderr)")
        return result.stdout
    }

    /// `incidents show ID --format json`, parsed.
    func show(_ id: Int, as role: String = "admin") throws -> [String: Any] {
        let result = try expectSuccess(["incidents", "show", String(id), "--format", "json", "--as", role])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The incident's findings.
    func findings(_ id: Int) throws -> [[String: Any]] {
        try #require(try show(id)["findings"] as? [[String: Any]])
    }

    /// Reviews, verifies and (if a party is given) attributes an incident as a monitor.
    func verify(_ id: Int, attributeTo party: String?) throws {
        try expectSuccess([
            "incidents", "transition", String(id), "--to", "under-review", "--reason", "reports from several sides",
            "--as", "monitor", "--by", "alice",
        ])
        try expectSuccess([
            "incidents", "transition", String(id), "--to", "verified", "--reason", "crater and fragment analysis",
            "--evidence", "photo:sha256:9f86d081", "--as", "monitor", "--by", "alice",
        ])
        if let party {
            try expectSuccess([
                "incidents", "attribute", String(id), "--party", party, "--confidence", "high", "--reason",
                "trajectory traced to the party's positions", "--evidence", "crater-analysis:17", "--as", "monitor",
                "--by", "alice",
            ])
        }
    }

    /// Removes the scratch directory.
    func remove() { try? FileManager.default.removeItem(at: dir) }
}

/// Douma, inside the approximate Eastern Ghouta outline.
let douma = (lat: 33.5719, lon: 36.4025)
