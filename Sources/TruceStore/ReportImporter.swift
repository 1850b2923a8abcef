import Foundation
import TruceCore

/// Imports a file of reports into a register: validate everything first, then write in batched transactions.
///
/// Pass one reads and validates the whole file, spilling the validated reports to a private temporary file, and
/// writes nothing to the register, so bad data anywhere leaves it unchanged. Pass two registers the spilled
/// reports in batches of ``batchSize``, one transaction each; a process killed mid-way leaves whole batches only,
/// and since a report already stored is recognised by its content hash, running the same import again completes
/// it without duplicates.
public struct ReportImporter<Register: ReportRegister>: Sendable {
    /// Where reports go.
    public let register: Register
    /// Reports per transaction.
    public let batchSize: Int

    /// Creates an importer.
    public init(register: Register, batchSize: Int = 50_000) {
        precondition(batchSize > 0)
        self.register = register
        self.batchSize = batchSize
    }

    /// Runs an import of a stream; `progress` is told (pass, reports done, total once known) as it goes.
    public func run(
        _ stream: some ReportStream,
        receivedAt: Int64 = Int64(Date().timeIntervalSince1970),
        progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> ImportSummary {
        var stream = stream
        let spill = try ReportSpill()
        while let (report, _) = try stream.next() {
            try spill.append(report)
            if spill.count % 10_000 == 0 { progress(ImportProgress(phase: .validating, done: spill.count, total: nil)) }
        }
        let total = spill.count
        progress(ImportProgress(phase: .validating, done: total, total: total))

        var reader = try spill.reader()
        var batch: [Report] = []
        batch.reserveCapacity(batchSize)
        var summary = ImportSummary(read: 0, registered: 0, duplicates: 0, batches: 0)
        func flush() async throws {
            guard !batch.isEmpty else { return }
            let outcome = try await register.register(batch, receivedAt: receivedAt)
            summary.registered += outcome.registered.count
            summary.duplicates += outcome.duplicates
            summary.batches += 1
            batch.removeAll(keepingCapacity: true)
            progress(ImportProgress(phase: .registering, done: summary.read, total: total))
        }
        while let report = try reader.next() {
            batch.append(report)
            summary.read += 1
            if batch.count == batchSize { try await flush() }
        }
        try await flush()
        return summary
    }
}
