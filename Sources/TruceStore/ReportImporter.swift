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
    /// Who the log records as registering the reports (e.g. `import:ucdp.csv`).
    public let actor: String

    /// Creates an importer.
    public init(register: Register, batchSize: Int = 20_000, actor: String = "import") {
        precondition(batchSize > 0)
        self.register = register
        self.batchSize = batchSize
        self.actor = actor
    }

    /// Records read ahead while the previous ones are validated.
    static var chunkSize: Int { 2_000 }

    /// Runs an import; `progress` is told (pass, reports done, total once known) as it goes.
    public func run<Reader: ReportRecordReader>(
        _ reader: Reader,
        receivedAt: Int64 = Int64(Date().timeIntervalSince1970),
        progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> ImportSummary {
        // Pass one: one child task reads the next records while this one validates the last and spills them.
        // Errors surface in file order: a chunk's records are validated before the next chunk's read is awaited.
        let source = RecordSource(reader)
        let interpreter = try source.start()
        let spill = try ReportSpill()
        var chunk = try source.read(Self.chunkSize)
        while !chunk.isEmpty {
            async let following = source.read(Self.chunkSize)
            for record in chunk {
                guard let report = try interpreter.report(record) else { continue }
                try spill.append(report)
            }
            progress(ImportProgress(phase: .validating, done: spill.count, total: nil))
            chunk = try await following
        }
        let total = spill.count
        progress(ImportProgress(phase: .validating, done: total, total: total))

        // Pass two: while the writer stores one batch, this task reads the next and prepares its content hashes
        // and log entries.
        var reader = try spill.reader()
        func readBatch() throws -> [ReportSubmission] {
            var submissions: [ReportSubmission] = []
            submissions.reserveCapacity(batchSize)
            while submissions.count < batchSize, let report = try reader.next() {
                submissions.append(ReportSubmission(report, receivedAt: receivedAt, actor: actor))
            }
            return submissions
        }
        var summary = ImportSummary(read: 0, registered: 0, duplicates: 0, batches: 0)
        var next = try readBatch()
        while !next.isEmpty {
            let batch = next
            async let written = register.register(batch)
            next = try readBatch()
            let outcome = try await written
            summary.read += batch.count
            summary.registered += outcome.registered.count
            summary.duplicates += outcome.duplicates
            summary.batches += 1
            progress(ImportProgress(phase: .registering, done: summary.read, total: total))
        }
        return summary
    }
}

/// Hands a record reader to one task at a time: the importer's read-ahead child task, strictly alternating with the
/// validating task (each `read` is awaited before the next starts), so the reader is never used concurrently.
private final class RecordSource<Reader: ReportRecordReader>: @unchecked Sendable {
    private var reader: Reader

    init(_ reader: Reader) { self.reader = reader }

    func start() throws -> Reader.Interpreter { try reader.start() }

    func read(_ count: Int) throws -> [Reader.Record] {
        var records: [Reader.Record] = []
        records.reserveCapacity(count)
        while records.count < count, let record = try reader.next() { records.append(record) }
        return records
    }
}
