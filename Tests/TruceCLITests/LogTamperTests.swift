import Foundation
import GRDB
import Testing

@Suite("A tampered log database fails verification", .serialized)
struct LogTamperTests {
    static let origin = "truce.test/tamper"

    /// A keyed log: the agreement (entry 0), then 600 reports in three imports of 200 (in transactions of 70), each
    /// import signing a checkpoint: checkpoints 1, 201, 401 and 601, and three 256-hash chunks at level 0.
    func prepared() throws -> (dir: URL, db: URL) {
        let dir = try CLI.scratch()
        let db = dir.appendingPathComponent("log.sqlite")
        _ = try TestLog.create(db, origin: Self.origin, in: dir)
        for start in stride(from: 0, to: 600, by: 200) {
            try TestLog.add(start..<start + 200, to: db, in: dir, extra: ["--batch-size", "70"])
        }
        #expect(try TestLog.checkpoints(db).map(\.size) == [1, 201, 401, 601])
        return (dir, db)
    }

    /// A copy of the log (with its key file) to damage.
    func copy(_ db: URL, _ name: String) throws -> URL {
        let target = db.deletingLastPathComponent().appendingPathComponent(name + ".sqlite")
        try TestLog.copy(db, to: target)
        return target
    }

    struct Verdict {
        var status: Int32
        var stdout: String
        var stderr: String
        var json: [String: Any]
        var jsonStatus: Int32
    }

    /// `truce log verify`, in text and in JSON.
    func verify(_ db: URL) throws -> Verdict {
        let dir = db.deletingLastPathComponent()
        let text = try CLI.run(["log", "verify", "--db", db.path], in: dir)
        let json = try CLI.run(["log", "verify", "--db", db.path, "--json"], in: dir)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object != nil, "log verify --json printed \(json.stdout)")
        return Verdict(
            status: text.status, stdout: text.stdout, stderr: text.stderr, json: object ?? [:], jsonStatus: json.status)
    }

    /// Whether `text` names entry `index` ("entry 12" not followed by another digit).
    func names(_ text: String, entry index: Int) -> Bool {
        var rest = text[...]
        while let found = rest.range(of: "entry \(index)") {
            if found.upperBound == rest.endIndex || !rest[found.upperBound].isNumber { return true }
            rest = rest[found.upperBound...]
        }
        return false
    }

    /// Expects verification to fail with exit 1 and to name `index` as the first bad entry.
    func expectRefused(_ db: URL, naming index: Int, mentions: String? = nil, _ what: String) throws {
        let verdict = try verify(db)
        #expect(verdict.status == 1, "\(what): exit \(verdict.status), stdout \(verdict.stdout)")
        #expect(!verdict.stdout.contains("Verified"), "\(what)")
        #expect(names(verdict.stderr, entry: index), "\(what): stderr does not name entry \(index): \(verdict.stderr)")
        if let mentions { #expect(verdict.stderr.contains(mentions), "\(what): stderr was \(verdict.stderr)") }
        #expect(verdict.jsonStatus == 1, "\(what)")
        #expect(verdict.json["verified"] as? Bool == false, "\(what): \(verdict.json)")
        #expect((verdict.json["first_bad_entry"] as? NSNumber)?.intValue == index, "\(what): \(verdict.json)")
        #expect((verdict.json["failures"] as? [String])?.isEmpty == false, "\(what): \(verdict.json)")
    }

    func entryData(_ db: URL, _ index: Int) throws -> [UInt8] {
        try TestLog.open(db).read { db in
            Array(try Data.fetchOne(db, sql: "SELECT data FROM log_entry WHERE idx = ?", arguments: [index]) ?? Data())
        }
    }

    func setEntryData(_ db: URL, _ index: Int, _ data: [UInt8]) throws {
        try TestLog.open(db).write { db in
            try db.execute(sql: "UPDATE log_entry SET data = ? WHERE idx = ?", arguments: [Data(data), index])
            #expect(db.changesCount == 1)
        }
    }

    /// Writes one stored node hash into its chunk of `log_node`.
    func setNodeHash(_ db: URL, level: Int, index: Int, _ hash: [UInt8]) throws {
        try TestLog.open(db).write { db in
            let chunk = index / 256
            var hashes = Array(
                try Data.fetchOne(
                    db, sql: "SELECT hashes FROM log_node WHERE level = ? AND chunk = ?", arguments: [level, chunk]) ?? Data())
            let offset = (index % 256) * 32
            #expect(hashes.count >= offset + 32, "node (\(level), \(index)) is not stored")
            hashes.replaceSubrange(offset..<offset + 32, with: hash)
            try db.execute(
                sql: "UPDATE log_node SET hashes = ? WHERE level = ? AND chunk = ?", arguments: [Data(hashes), level, chunk])
            #expect(db.changesCount == 1)
        }
    }

    func nodeHash(_ db: URL, level: Int, index: Int) throws -> [UInt8] {
        try TestLog.open(db).read { db in
            let hashes = Array(
                try Data.fetchOne(
                    db, sql: "SELECT hashes FROM log_node WHERE level = ? AND chunk = ?", arguments: [level, index / 256])
                    ?? Data())
            let offset = (index % 256) * 32
            return hashes.count >= offset + 32 ? Array(hashes[offset..<offset + 32]) : []
        }
    }

    @Test("an untouched copy verifies, and the tests' own recomputation matches every stored hash")
    func untouched() throws {
        let (dir, db) = try prepared()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = try copy(db, "untouched")
        let verdict = try verify(copy)
        #expect(verdict.status == 0, "\(verdict.stderr)")
        #expect(verdict.stdout.contains("Verified 601 entries against 4 checkpoints"), "\(verdict.stdout)")
        #expect(verdict.jsonStatus == 0)
        #expect(verdict.json["verified"] as? Bool == true, "\(verdict.json)")
        #expect(verdict.json["first_bad_entry"] == nil, "\(verdict.json)")
        #expect((verdict.json["entries"] as? NSNumber)?.intValue == 601)
        #expect((verdict.json["checkpoints"] as? NSNumber)?.intValue == 4)

        // SHA-256 vectors of FIPS 180-2, so the recomputation below rests on a checked hash.
        #expect(CLI.hex(TestSHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            CLI.hex(TestSHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(CLI.hex(TestSHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")

        // The tree recomputed from the entries alone gives every stored chunk, the head and every signed root.
        let tree = TestMerkleTree(entries: try TestLog.entries(copy))
        #expect(tree.size == 601)
        let (chunks, edge) = try TestLog.open(copy).read { db in
            (
                try Row.fetchAll(db, sql: "SELECT level, chunk, hashes FROM log_node ORDER BY level, chunk").map {
                    ($0["level"] as Int, $0["chunk"] as Int, Array($0["hashes"] as Data))
                },
                Array(try Data.fetchOne(db, sql: "SELECT edge FROM log_head WHERE id = 1") ?? Data())
            )
        }
        let expected = (0..<tree.levels.count).flatMap { level in
            (0..<tree.chunkCount(level: level)).map { (level, $0, tree.chunk(level: level, $0)) }
        }
        #expect(chunks.map { "\($0.0)/\($0.1)" } == expected.map { "\($0.0)/\($0.1)" })
        for (stored, computed) in zip(chunks, expected) {
            #expect(stored.2 == computed.2, "chunk \(stored.0)/\(stored.1) differs from the recomputed one")
        }
        #expect(edge == tree.edge)
        for checkpoint in try TestLog.checkpoints(copy) {
            #expect(checkpoint.root == tree.root(size: checkpoint.size), "checkpoint \(checkpoint.size)")
            #expect(TestNote(checkpoint.note)?.root == checkpoint.root)
        }
        #expect(verdict.json["root"] as? String == Data(tree.root(size: 601)).base64EncodedString())
    }

    @Test("one changed byte in a stored entry: exit 1 naming that entry")
    func changedByte() throws {
        let (dir, db) = try prepared()
        defer { try? FileManager.default.removeItem(at: dir) }
        for index in [0, 300, 600] {
            let copy = try copy(db, "byte-\(index)")
            var data = try entryData(copy, index)
            #expect(data.count > 100)
            data[data.count / 2] ^= 0x01
            try setEntryData(copy, index, data)
            try expectRefused(copy, naming: index, mentions: "do not hash to the leaf hash", "byte of entry \(index)")
        }
    }

    @Test("a deleted entry row: exit 1 naming that entry as missing")
    func deletedEntry() throws {
        let (dir, db) = try prepared()
        defer { try? FileManager.default.removeItem(at: dir) }
        for index in [150, 600] {
            let copy = try copy(db, "deleted-\(index)")
            try TestLog.open(copy).write { db in
                try db.execute(sql: "DELETE FROM log_entry WHERE idx = ?", arguments: [index])
                #expect(db.changesCount == 1)
            }
            try expectRefused(copy, naming: index, mentions: "missing", "deleted entry \(index)")
        }
    }

    @Test("two entries' data swapped: exit 1 naming the first of them")
    func swappedEntries() throws {
        let (dir, db) = try prepared()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (i, j) in [(100, 450), (256, 257)] {
            let copy = try copy(db, "swapped-\(i)-\(j)")
            let (first, second) = (try entryData(copy, i), try entryData(copy, j))
            #expect(first != second)
            try setEntryData(copy, i, second)
            try setEntryData(copy, j, first)
            try expectRefused(copy, naming: i, "entries \(i) and \(j) swapped")
        }
    }

    /// Entry 333 rewritten (its description edited), with its leaf hash rewritten to match.
    func rewriteEntry333(_ copy: URL) throws -> [UInt8] {
        let original = String(decoding: try entryData(copy, 333), as: UTF8.self)
        #expect(original.contains("Report number 332"))
        let edited = Array(original.replacingOccurrences(of: "Report number 332", with: "Nothing happened").utf8)
        try setEntryData(copy, 333, edited)
        try setNodeHash(copy, level: 0, index: 333, TestMerkleTree.leaf(edited))
        return edited
    }

    @Test("an entry rewritten with its stored leaf hash: the interior node above it no longer matches")
    func rewrittenEntryAndLeaf() throws {
        let (dir, db) = try prepared()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = try copy(db, "leaf")
        // The recomputed leaf hash of an untouched entry is the stored one: the rewrite below is consistent.
        #expect(try TestMerkleTree.leaf(entryData(copy, 332)) == nodeHash(copy, level: 0, index: 332))
        let edited = try rewriteEntry333(copy)
        #expect(try nodeHash(copy, level: 0, index: 333) == TestMerkleTree.leaf(edited))
        // The leaf matches now; its parent, node (1, 166) over entries [332, 334), does not.
        try expectRefused(copy, naming: 332, mentions: "stored subtree hash over entries [332, 334)", "entry and leaf hash")
    }

    @Test("an entry rewritten with the whole stored tree and head: the signed checkpoints no longer match")
    func rewrittenEntryAndTree() throws {
        let (dir, db) = try prepared()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = try copy(db, "tree")
        _ = try rewriteEntry333(copy)
        let tree = TestMerkleTree(entries: try TestLog.entries(copy))
        try TestLog.open(copy).write { db in
            for level in 0..<tree.levels.count {
                for chunk in 0..<tree.chunkCount(level: level) {
                    try db.execute(
                        sql: "UPDATE log_node SET hashes = ? WHERE level = ? AND chunk = ?",
                        arguments: [Data(tree.chunk(level: level, chunk)), level, chunk])
                    #expect(db.changesCount == 1)
                }
            }
            try db.execute(sql: "UPDATE log_head SET edge = ? WHERE id = 1", arguments: [Data(tree.edge)])
        }
        let checkpoints = try TestLog.checkpoints(copy)
        #expect(tree.root(size: 401) != checkpoints[2].root)
        let verdict = try verify(copy)
        #expect(verdict.status == 1, "\(verdict.stdout)")
        // Every stored hash agrees with the entries now; only the checkpoint signed over entry 333 catches it.
        #expect(verdict.stderr.contains("checkpoint 401 signed root"), "\(verdict.stderr)")
        #expect(verdict.stderr.contains("an entry in [201, 401) was changed"), "\(verdict.stderr)")
        #expect(verdict.json["verified"] as? Bool == false, "\(verdict.json)")
        // The first entry that can differ: the one after the last checkpoint that still matches.
        #expect(verdict.json["first_bad_entry"] as? Int == 201, "\(verdict.json)")
        #expect(verdict.jsonStatus == 1)

        // And the log will not sign the rewritten history either.
        let sign = try CLI.run(["log", "checkpoint", "--db", copy.path], in: dir)
        #expect(sign.status != 0)
        #expect(sign.stderr.contains("refusing to sign"), "\(sign.stderr)")
        #expect(try TestLog.checkpoints(copy) == checkpoints)
    }

    @Test("the log refuses to sign a checkpoint inconsistent with the one it signed before")
    func refusesInconsistentCheckpoint() throws {
        let (dir, db) = try prepared()
        defer { try? FileManager.default.removeItem(at: dir) }
        let absentKey = dir.appendingPathComponent("absent.logkey").path
        for tampered in [false, true] {
            let copy = try copy(db, tampered ? "tampered" : "control")
            let before = try TestLog.checkpoints(copy)
            let signed = try #require(before.last).size
            #expect(signed == 601)
            if tampered {
                // The stored leaf hash of the last entry the checkpoint covers, which the consistency proof from
                // 601 to the next size carries.
                var hash = try nodeHash(copy, level: 0, index: signed - 1)
                hash[0] ^= 0xff
                try setNodeHash(copy, level: 0, index: signed - 1, hash)
            }
            // One more report, imported without the key so the import itself signs nothing.
            try TestLog.add(900..<901, to: copy, in: dir, extra: ["--log-key", absentKey])
            #expect(try TestLog.size(copy) == signed + 1)
            #expect(try TestLog.checkpoints(copy) == before)

            let sign = try CLI.run(["log", "checkpoint", "--db", copy.path], in: dir)
            if tampered {
                #expect(sign.status != 0, "signed: \(sign.stdout)")
                #expect(sign.stderr.contains("refusing to sign"), "\(sign.stderr)")
                #expect(try TestLog.checkpoints(copy) == before, "a checkpoint was stored")
            } else {
                #expect(sign.status == 0, "\(sign.stderr)")
                #expect(TestNote(sign.stdout)?.size == signed + 1, "\(sign.stdout)")
                #expect(try TestLog.checkpoints(copy).map(\.size) == before.map(\.size) + [signed + 1])
            }
        }
    }

    @Test("the log re-checks every entry appended since its last checkpoint before signing, not only the proof path")
    func refusesDamageOffTheProofPath() throws {
        let (dir, db) = try prepared()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = try copy(db, "off-path")
        let before = try TestLog.checkpoints(copy)
        #expect(before.last?.size == 601)
        try TestLog.add(910..<960, to: copy, in: dir, extra: ["--log-key", dir.appendingPathComponent("absent.logkey").path])
        #expect(try TestLog.size(copy) == 651)
        // Entry 610's stored leaf hash: the consistency proof from 601 to 651 carries the node over [608, 616),
        // not this leaf, so only recomputing the new entries can notice it.
        var hash = try nodeHash(copy, level: 0, index: 610)
        hash[7] ^= 0x10
        try setNodeHash(copy, level: 0, index: 610, hash)
        let sign = try CLI.run(["log", "checkpoint", "--db", copy.path], in: dir)
        #expect(sign.status != 0, "signed: \(sign.stdout)")
        #expect(sign.stderr.contains("refusing to sign"), "\(sign.stderr)")
        #expect(sign.stderr.contains("entry 610"), "\(sign.stderr)")
        #expect(try TestLog.checkpoints(copy) == before)
    }
}
