import Foundation
import GRDB
import Testing

@Suite("A witness killed with SIGKILL", .serialized)
struct WitnessKillTests {
    static let origin = "truce.test/killed-witness"
    /// The size of the history A and B share.
    static let common = 11

    /// One answer the witness gave.
    struct Cosigned: Sendable {
        var fork: String
        var size: Int
        var root: [UInt8]
        var round: Int
    }

    /// Everything the witness answered, across rounds.
    actor Answers {
        var cosigned: [Cosigned] = []
        var statuses: [Int: Int] = [:]
        var broken = 0

        func add(_ status: Int) { statuses[status, default: 0] += 1 }
        func add(_ cosigned: Cosigned) { self.cosigned.append(cosigned) }
        func addBroken() { broken += 1 }
    }

    /// The consistency proofs the two logs' servers give, fetched once each.
    actor Proofs {
        var cache: [String: [String]] = [:]

        func proof(_ server: URL, from: Int, to: Int) async throws -> [String] {
            let key = "\(server) \(from) \(to)"
            if let found = cache[key] { return found }
            let proof = try await TestHTTP.consistencyProof(server, from: from, to: to)
            cache[key] = proof
            return proof
        }
    }

    /// A log's client: it submits its checkpoints in order, from the size it believes the witness last cosigned
    /// (0 at first, then what a 200 or a 409 told it), with the proof its own log gives.
    actor Client {
        let fork: String
        let checkpoints: [TestLog.StoredCheckpoint]
        let server: URL
        let witnessKey: TestVerifierKey
        var old = 0

        init(fork: String, checkpoints: [TestLog.StoredCheckpoint], server: URL, witnessKey: TestVerifierKey) {
            self.fork = fork
            self.checkpoints = checkpoints
            self.server = server
            self.witnessKey = witnessKey
        }

        /// Runs until every checkpoint was tried (up to 5 requests each), or the witness stops answering.
        func run(witness: URL, round: Int, proofs: Proofs, answers: Answers) async {
            for checkpoint in checkpoints where checkpoint.size >= old {
                for _ in 0..<5 {
                    guard old <= checkpoint.size else { break }
                    let answer: TestHTTP.Answer
                    do {
                        let proof =
                            old > 0 && old < checkpoint.size
                            ? try await proofs.proof(server, from: old, to: checkpoint.size) : []
                        answer = try await TestHTTP.post(
                            witness, body: TestHTTP.addCheckpointBody(old: old, proof: proof, note: checkpoint.note))
                    } catch {
                        await answers.addBroken()
                        return
                    }
                    await answers.add(answer.status)
                    if answer.status == 200 {
                        if WitnessKillTests.isCosignature(answer.body, by: witnessKey) {
                            await answers.add(Cosigned(fork: fork, size: checkpoint.size, root: checkpoint.root, round: round))
                        } else {
                            Issue.record("a 200 without a cosignature line: \(answer.body)")
                        }
                        old = checkpoint.size
                        break
                    }
                    guard answer.status == 409, let size = Int(answer.body.dropLast()) else { break }
                    old = size
                }
            }
        }
    }

    static let witnessName = "witness.example/killed"

    /// Whether an answer's body is one cosignature line by the witness's key (name, key ID, timestamp and
    /// Ed25519 signature).
    static func isCosignature(_ body: String, by key: TestVerifierKey) -> Bool {
        guard body.hasSuffix("\n"), !body.dropLast().contains("\n"), let signature = TestNote.signature(body.dropLast())
        else { return false }
        return signature.name == key.name && signature.keyID == key.keyID && signature.signature.count == 72
    }

    /// The witness's stored record of the log.
    static func witnessed(_ db: URL) throws -> (size: Int, root: [UInt8])? {
        guard FileManager.default.fileExists(atPath: db.path) else { return nil }
        return try DatabaseQueue(path: db.path).read { db in
            try Row.fetchOne(db, sql: "SELECT size, root FROM witnessed_log WHERE origin = ?", arguments: [origin]).map {
                ($0["size"] as Int, Array($0["root"] as Data))
            }
        }
    }

    @Test("never cosigns two forks, never loses a cosigned checkpoint, and its stored size never goes back")
    func killedWitness() async throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A and B share the agreement and reports 0..<10 (checkpoint 11), then fork: A grows by 2 reports at a time
        // (13, 15, …, 35), B by 3 (14, 17, …, 47), signing a checkpoint at each step. Both have a checkpoint 17,
        // 23, 29 and 35, with different roots.
        let a = dir.appendingPathComponent("a.sqlite")
        let b = dir.appendingPathComponent("b.sqlite")
        let logKey = try TestLog.create(a, origin: Self.origin, in: dir)
        try TestLog.add(0..<10, to: a, in: dir)
        try TestLog.copy(a, to: b)
        for step in 0..<12 {
            try TestLog.add((100 + 2 * step)..<(102 + 2 * step), to: a, in: dir)
            try TestLog.add((200 + 3 * step)..<(203 + 3 * step), to: b, in: dir)
        }
        let (checkpointsA, checkpointsB) = (try TestLog.checkpoints(a), try TestLog.checkpoints(b))
        #expect(checkpointsA.map(\.size) == [1, 11] + (1...12).map { 11 + 2 * $0 })
        #expect(checkpointsB.map(\.size) == [1, 11] + (1...12).map { 11 + 3 * $0 })
        #expect(Array(checkpointsA.prefix(2)) == Array(checkpointsB.prefix(2)))
        let sameSize = checkpointsA.filter { ca in checkpointsB.contains { $0.size == ca.size && $0.size > Self.common } }
        #expect(sameSize.map(\.size) == [17, 23, 29, 35])
        #expect(sameSize.allSatisfy { ca in !checkpointsB.contains { $0.size == ca.size && $0.root == ca.root } })
        func fork(of size: Int, _ root: [UInt8]) -> String? {
            let inA = checkpointsA.contains { $0.size == size && $0.root == root }
            let inB = checkpointsB.contains { $0.size == size && $0.root == root }
            return inA && inB ? "common" : inA ? "A" : inB ? "B" : nil
        }

        let serverA = try TestServer(["log", "serve", "--db", a.path, "--port", "0"], in: dir)
        let serverB = try TestServer(["log", "serve", "--db", b.path, "--port", "0"], in: dir)
        defer {
            serverA.stop()
            serverB.stop()
        }
        let keygen = try CLI.run(["witness", "keygen", "--name", Self.witnessName, "--out", "w.key"], in: dir)
        #expect(keygen.status == 0, "\(keygen.stderr)")
        let witnessKey = try #require(TestVerifierKey(keygen.stdout), "\(keygen.stdout)")
        let witnessDB = dir.appendingPathComponent("w.sqlite")
        let arguments = ["witness", "serve", "--log-key", logKey, "--key", "w.key", "--db", witnessDB.path, "--port", "0"]

        // Two clients per log, each with its own idea of the witness's size, all at once; the witness is killed
        // a few milliseconds in, and restarted on the same state.
        let answers = Answers()
        let proofs = Proofs()
        let clients = [
            Client(fork: "A", checkpoints: checkpointsA, server: serverA.url, witnessKey: witnessKey),
            Client(fork: "B", checkpoints: checkpointsB, server: serverB.url, witnessKey: witnessKey),
            Client(fork: "A", checkpoints: checkpointsA, server: serverA.url, witnessKey: witnessKey),
            Client(fork: "B", checkpoints: checkpointsB, server: serverB.url, witnessKey: witnessKey),
        ]
        var stored: [(size: Int, root: [UInt8])] = []
        let rounds = 20
        for round in 0...rounds {
            let witness = try TestServer(arguments, in: dir)
            let url = witness.url.appendingPathComponent("add-checkpoint")
            await withTaskGroup(of: Void.self) { group in
                for client in clients {
                    group.addTask { await client.run(witness: url, round: round, proofs: proofs, answers: answers) }
                }
                if round < rounds {
                    // The last round runs to the end: the witness must still work after all the kills.
                    try? await Task.sleep(nanoseconds: UInt64.random(in: 2_000_000...30_000_000))
                    witness.kill9()
                    #expect(witness.process.terminationReason == .uncaughtSignal)
                }
                await group.waitForAll()
            }
            witness.stop()
            let record = try Self.witnessed(witnessDB)
            if let record {
                #expect(fork(of: record.size, record.root) != nil, "round \(round): the witness stored an unknown tree")
                if let last = stored.last {
                    #expect(
                        record.size >= last.size, "round \(round): the stored size went back from \(last.size) to \(record.size)")
                }
                stored.append(record)
            } else {
                #expect(stored.isEmpty, "round \(round): the witness lost its record")
            }
            // Every checkpoint cosigned in this round is on disk: its size is at most the stored one.
            for cosigned in await answers.cosigned where cosigned.round == round {
                #expect(
                    cosigned.size <= record?.size ?? -1,
                    "round \(round): cosigned \(cosigned.size) but the witness restarted at \(record?.size ?? 0)")
            }
        }

        // Everything the witness ever cosigned or stored lies on one fork.
        let cosigned = await answers.cosigned
        let forks = Set(
            cosigned.map { fork(of: $0.size, $0.root) ?? "unknown" } + stored.map { fork(of: $0.size, $0.root) ?? "unknown" })
        #expect(!forks.contains("unknown"))
        #expect(forks.subtracting(["common"]).count == 1, "the witness cosigned on forks \(forks.sorted())")
        var rootBySize: [Int: [UInt8]] = [:]
        for item in cosigned {
            #expect(rootBySize[item.size, default: item.root] == item.root, "two roots cosigned for size \(item.size)")
            rootBySize[item.size] = item.root
        }
        // The uninterrupted last round took the winning fork to its last checkpoint.
        let winner = forks.subtracting(["common"]).first == "A" ? checkpointsA : checkpointsB
        #expect(stored.last?.size == winner.last?.size)
        #expect(stored.last?.root == winner.last?.root)
        let statuses = await answers.statuses
        // Cosignatures, and refusals of the other fork (409 with the size, or 422 for its proof); nothing else.
        #expect(statuses[200, default: 0] > 0 && statuses[409, default: 0] + statuses[422, default: 0] > 0, "\(statuses)")
        #expect(Set(statuses.keys).isSubset(of: [200, 409, 422]), "\(statuses)")
        #expect(await answers.broken > 0, "no request was cut off by a kill")
    }
}
