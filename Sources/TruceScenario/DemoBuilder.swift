import Foundation
import TruceCore
import TruceStore

/// Builds the demo database: loads the scenario's agreement and talks, and imports the UCDP events of 2017 as
/// reports.
///
/// Idempotent: on a database that already holds the demo, it adds nothing.
public struct DemoBuilder<Register: ReportRegister & TalksRegister>: Sendable {
    /// The register to fill.
    public let register: Register

    /// Creates a builder.
    public init(register: Register) { self.register = register }

    /// What the build did.
    public struct Outcome: Sendable {
        /// Whether the agreement was newly stored or changed.
        public var agreementStored: Bool
        /// The talks load.
        public var talks: TalksLoad
        /// The UCDP import.
        public var events: ImportSummary
    }

    /// Loads the agreement and imports UCDP events from `from` to `to` (inclusive days, default all of 2017).
    public func build(
        from: String = "2017-01-01", to: String = "2017-12-31", progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> Outcome {
        let (agreement, source) = try SyriaScenario.agreement()
        let stored = try await register.saveAgreement(agreement, source: source, actor: "demo")
        let talksURL = try SyriaScenario.talksURL()
        let talks = try await register.saveTalks(
            source: try String(contentsOf: talksURL, encoding: .utf8), file: talksURL.lastPathComponent,
            by: Principal(name: "demo", role: .admin))
        let parser = TimestampParser(timeZone: agreement.timeZone)
        let start = parser.parse(from)!.epochSeconds
        let end = CivilTime.startOfNextDay(parser.parse(to)!.epochSeconds, in: agreement.timeZone)
        let url = try SyriaScenario.ucdpURL()
        let mapper = UCDPEventMapper(agreement: agreement)
        let summary = try await ReportImporter(register: register, actor: "demo:" + url.lastPathComponent).run(
            UCDPReader(
                reader: CSVReader(source: try FileChunkSource(path: url.path), file: url.lastPathComponent),
                mapper: mapper, from: start, until: end), progress: progress)
        return Outcome(agreementStored: stored, talks: talks, events: summary)
    }
}
