import ArgumentParser
import Foundation
import TruceLog
import TruceScenario
import TruceStore

/// `truce bench log`: the verifiable log's costs, each beside its baseline in the same run.
struct BenchLogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract:
            "Time log appends (tree and all) against inserting the same entries alone, proofs in a large log, and a full audit.",
        discussion: """
            1. Appends --count report entries (canonical JSON of synthetic reports, as an import writes them) in \
            batches of --batch-size, one transaction each, with leaf hashes, subtree hashes and head; and inserts the \
            same entry rows alone into a fresh database of the same schema (same statement and binding, no tree). \
            Prints both rates and their ratio.
            2. Builds a log of --proof-size small entries and times inclusion and consistency proofs at random \
            positions (each built from the stored nodes through a fresh reader, and verified).
            3. Signs a checkpoint of the first log and times `truce log verify`'s audit of it.
            """)

    @Option(help: "Entries appended (and inserted by the baseline).") var count: Int = 1_000_000
    @Option(help: "Entries per transaction.") var batchSize: Int = 10_000
    @Option(help: "Entries in the log the proofs are timed in (0 skips it).") var proofSize: Int = 10_000_000
    @Option(help: "Proofs timed.") var proofs: Int = 2_000
    @Option(help: "Working directory (default: a new temporary one, removed afterwards).") var dir: String?
    @Flag(help: "Keep the working directory.") var keep = false

    func validate() throws {
        guard count > 0 && count <= 20_000_000 else { throw ValidationError("--count must be 1 to 20000000") }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be positive") }
        guard proofSize >= 0 && proofSize <= 100_000_000 else { throw ValidationError("--proof-size must be 0 to 100000000") }
        guard proofs > 0 else { throw ValidationError("--proofs must be positive") }
    }

    func run() async throws {
        try await reportingFailures {
            let fm = FileManager.default
            let work = dir ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("truce-bench-log-\(getpid())")
            try fm.createDirectory(atPath: work, withIntermediateDirectories: true)
            defer { if !keep && dir == nil { try? fm.removeItem(atPath: work) } }
            func path(_ name: String) -> String {
                let full = (work as NSString).appendingPathComponent(name)
                for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: full + suffix) }
                return full
            }
            let (agreement, _) = try SyriaScenario.agreement()
            let generator = SyntheticReports(agreement: agreement, count: count)
            let receivedAt = Int64(Date().timeIntervalSince1970)
            func batch(_ start: Int) -> [PreparedLogEntry] {
                (start..<min(start + batchSize, count)).map {
                    ReportSubmission(generator.report($0), receivedAt: receivedAt, actor: "bench").entry
                }
            }

            // 1. Appends with the tree against the same rows alone.
            let treeLog = try SQLiteRegister(path: path("tree.sqlite")).log
            let plainLog = try SQLiteRegister(path: path("entries-only.sqlite")).log
            var treeSeconds = 0.0
            var plainSeconds = 0.0
            var bytes = 0
            var start = 0
            let printer = ProgressPrinter(label: "bench log")
            while start < count {
                let entries = batch(start)
                bytes += entries.reduce(0) { $0 + $1.data.count }
                // Alternate which goes first, so neither always meets a warmer machine.
                // The tree side also pays for the leaf hashes (an import computes them while the previous batch
                // is written, but here they count).
                func withTree() async throws -> Double {
                    try await timed {
                        let hashed = entries.map { entry in
                            var entry = entry
                            entry.leafHash = TreeHash.leaf(entry.data)
                            return entry
                        }
                        try await treeLog.append(hashed)
                    }
                }
                func alone() async throws -> Double {
                    try await timed { try await plainLog.insertEntriesWithoutTree(entries, startingAt: UInt64(start)) }
                }
                if (start / batchSize) % 2 == 0 {
                    plainSeconds += try await alone()
                    treeSeconds += try await withTree()
                } else {
                    treeSeconds += try await withTree()
                    plainSeconds += try await alone()
                }
                start += entries.count
                printer.update("appending", done: start, total: count, unit: "entries")
            }
            printer.finish()

            // 3. The audit of the first log, against a signed checkpoint.
            let signer = try NoteSigner.generate(name: "bench.example/log")
            _ = try await treeLog.signCheckpoint(with: signer)
            Terminal.progress("bench log: verifying \(count) entries")
            var audit: LogAudit?
            let auditSeconds = try await timed { audit = try await treeLog.audit() }
            Terminal.endProgress()
            guard let audit, audit.verified, audit.entries == UInt64(count) else {
                throw LogStoreError.corrupt("the benchmark's log did not verify: \(audit?.failures ?? [])")
            }

            var result: [String: Any] = [
                "bench": "log", "count": count, "batch_size": batchSize,
                "mean_entry_bytes": bytes / count,
                "truce": [
                    "command": "append: entry rows + leaf and subtree hashes + head, one transaction per batch",
                    "seconds": round3(treeSeconds), "entries_per_second": Int(Double(count) / treeSeconds),
                ] as [String: Any],
                "baseline": [
                    "command": "the same entry rows inserted alone (same statement and binding), one transaction per batch",
                    "seconds": round3(plainSeconds), "entries_per_second": Int(Double(count) / plainSeconds),
                ] as [String: Any],
                "ratio": round3(plainSeconds / treeSeconds),
                "verify": [
                    "command": "truce log verify (audit): recompute every leaf and node, check the signed checkpoint",
                    "entries": count, "seconds": round3(auditSeconds),
                ] as [String: Any],
            ]
            if proofSize > 0 { result["proofs"] = try await proofFigures(path("proofs.sqlite")) }
            try BenchReport.print(result)
        }
    }

    /// 2. Proof times in a log of `proofSize` small entries.
    private func proofFigures(_ file: String) async throws -> [String: Any] {
        let log = try SQLiteRegister(path: file).log
        let printer = ProgressPrinter(label: "bench log")
        let step = 100_000
        var built = 0
        let buildSeconds = try await timed {
            while built < proofSize {
                let entries = (built..<min(built + step, proofSize)).map { index -> PreparedLogEntry in
                    let data = Array("{\"n\":\(index)}".utf8)
                    return PreparedLogEntry(type: "bench", subject: nil, data: data, leafHash: TreeHash.leaf(data), secrets: [:])
                }
                try await log.append(entries)
                built += entries.count
                printer.update("building the proof log", done: built, total: proofSize, unit: "entries")
            }
        }
        printer.finish()
        let size = UInt64(proofSize)
        let root = try await log.root()
        // Two passes over the same random positions: the first meets cold caches (the process has just built
        // the log, the reader's page cache is empty), the second is a server's steady state.
        var random = SplitMix64(seed: 2017)
        let positions = (0..<proofs).map { _ in (index: random.next() % size, older: 1 + random.next() % (size - 1)) }
        var passes: [(inclusion: [Double], consistency: [Double])] = []
        for _ in 0..<2 {
            var inclusion: [Double] = []
            var consistency: [Double] = []
            for (index, older) in positions {
                var proof: [TreeHash] = []
                inclusion.append(try await timed { proof = try await log.inclusionProof(index: index, size: size) })
                let entry = try await log.entries(start: index, end: index + 1)[0]
                try MerkleVerifier.verifyInclusion(
                    index: index, size: size, leafHash: TreeHash.leaf(entry.data), proof: proof, root: root)
                var steps: [TreeHash] = []
                consistency.append(try await timed { steps = try await log.consistencyProof(from: older, to: size) })
                try MerkleVerifier.verifyConsistency(
                    size1: older, size2: size, proof: steps, root1: try await log.root(size: older), root2: root)
            }
            passes.append((inclusion, consistency))
        }
        func summary(_ samples: [Double]) -> [String: Any] {
            let sorted = samples.sorted()
            func at(_ q: Double) -> Double { round3(sorted[min(sorted.count - 1, Int(q * Double(sorted.count)))] * 1e6) }
            return ["median_us": at(0.5), "p99_us": at(0.99), "max_us": round3(sorted.last! * 1e6), "count": sorted.count]
        }
        return [
            "log_entries": proofSize, "build_seconds": round3(buildSeconds),
            "inclusion_cold": summary(passes[0].inclusion), "consistency_cold": summary(passes[0].consistency),
            "inclusion": summary(passes[1].inclusion), "consistency": summary(passes[1].consistency),
            "command":
                "SQLiteLog.inclusionProof / consistencyProof at random positions (each verified), stored nodes read through a fresh reader",
        ]
    }

    private func timed(_ body: () async throws -> Void) async throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try await body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private func round3(_ value: Double) -> Double { BenchReport.round3(value) }
}
