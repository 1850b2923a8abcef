import Foundation
import TruceCore

/// Imports a file of reports into a register: validate everything first, then write in batched transactions.
///
/// Pass one reads and validates the whole file and writes nothing, so bad data anywhere leaves the register
/// unchanged. Pass two reads it again and registers it in batches of ``batchSize``, one transaction each; a
/// process killed mid-way leaves whole batches only, and since a report already stored is recognised by its
/// content hash, running the same import again completes it without duplicates.
public struct ReportImporter<Register: ReportRegister>: Sendable {
    /// Where reports go.
    public let register: Register
    /// Reports per transaction.
    public let batchSize: Int

    /// Creates an importer.
    public init(register: Register, batchSize: Int = 5_000) {
        precondition(batchSize > 0)
        self.register = register
        self.batchSize = batchSize
    }

    /// Runs an import. `makeStream` opens the file afresh for each pass; `progress` is told
    /// (pass, reports done, total known so far) as it goes.
    public func run<Stream: ReportStream>(
        receivedAt: Int64 = Int64(Date().timeIntervalSince1970),
        makeStream: () throws -> Stream,
        progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> ImportSummary {
        var validating = try makeStream()
        var total = 0
        while try validating.next() != nil {
            total += 1
            if total % 10_000 == 0 { progress(ImportProgress(phase: .validating, done: total, total: nil)) }
        }
        progress(ImportProgress(phase: .validating, done: total, total: total))

        var writing = try makeStream()
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
        while let (report, _) = try writing.next() {
            batch.append(report)
            summary.read += 1
            if batch.count == batchSize { try await flush() }
        }
        try await flush()
        return summary
    }
}
