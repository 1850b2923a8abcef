import Foundation
import Testing

@Suite("The log's HTTP endpoints and bad input to the log commands", .serialized)
struct LogServeTests {
    @Test("entries and proofs have the documented shapes, verify against the checkpoint, and bad parameters get 400 problems")
    func endpoints() async throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite")
        _ = try TestLog.create(db, origin: "truce.test/served", in: dir)
        try TestLog.add(0..<40, to: db, in: dir)
        let server = try TestServer(["log", "serve", "--db", db.path, "--port", "0"], in: dir)
        defer { server.stop() }
        func get(_ path: String) async throws -> TestHTTP.Answer {
            try await TestHTTP.get(URL(string: path, relativeTo: server.url)!)
        }

        // The checkpoint, and every entry's bytes as stored; the inclusion proof of each leads to its root.
        let checkpoint = try await get("log/checkpoint")
        #expect(checkpoint.status == 200 && checkpoint.contentType.hasPrefix("text/plain"))
        let note = try #require(TestNote(checkpoint.body))
        #expect(note.size == 41)
        let page = try await get("log/entries?start=0&end=41")
        #expect(page.contentType == "application/json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(page.body.utf8)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        let stored = try TestLog.entries(db)
        #expect(entries.count == 41)
        for (offset, entry) in entries.enumerated() {
            #expect(entry["index"] as? Int == offset)
            #expect(Data(base64Encoded: entry["data"] as? String ?? "").map(Array.init) == stored[offset])
        }
        let tree = TestMerkleTree(entries: stored)
        #expect(tree.root(size: 41) == note.root)
        for index in [0, 17, 40] {
            let answer = try await get("log/proof/inclusion?index=\(index)&size=41")
            let hashes = try #require(
                (try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any])?["hashes"] as? [String])
            let proof = hashes.compactMap { Data(base64Encoded: $0).map(Array.init) }
            #expect(proof.count == hashes.count)
            #expect(tree.rootFromInclusion(index: index, size: 41, proof: proof) == note.root, "entry \(index)")
        }

        // Bad parameters: 400 with a problem document naming what is wrong; nothing else answers 200.
        for (path, words) in [
            ("log/entries?start=x&end=2", "'start'"), ("log/entries?end=2", "'start'"), ("log/entries?start=5&end=5", "start"),
            ("log/entries?start=0&end=42", "beyond"), ("log/entries?start=-1&end=2", "'start'"),
            ("log/entries?start=0&end=99999999999999999999999", "'end'"),
            ("log/proof/inclusion?index=41&size=41", "index 41"), ("log/proof/inclusion?index=0&size=42", "beyond"),
            ("log/proof/consistency?from=0&to=41", "0 < from"), ("log/proof/consistency?from=9&to=5", "from"),
            ("log/proof/consistency?from=1", "'to'"),
        ] {
            let answer = try await get(path)
            #expect(answer.status == 400, "\(path): \(answer.status) \(answer.body)")
            #expect(answer.contentType == "application/problem+json", "\(path)")
            let problem = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any]
            #expect(problem?["status"] as? Int == 400, "\(path)")
            #expect((problem?["detail"] as? String)?.contains(words) == true, "\(path): \(answer.body)")
        }
        #expect(try TestLog.entries(db) == stored)
    }

    @Test("bad command lines and files: clear errors, exit codes, nothing written")
    func badInput() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try CLI.run(["log", "verify", "--db", dir.appendingPathComponent("none.sqlite").path], in: dir)
        #expect(missing.status == 66, "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("none.sqlite").path))
        let badKey = try CLI.run(
            ["witness", "serve", "--log-key", "not+a+key", "--key", "w.key", "--db", "w.sqlite", "--port", "0"], in: dir)
        #expect(badKey.status == 65, "\(badKey.stderr)")
        #expect(badKey.stderr.contains("--log-key"), "\(badKey.stderr)")
        let badURL = try CLI.run(["mirror", "ftp://example", "--db", "m.sqlite"], in: dir)
        #expect(badURL.status == 65, "\(badURL.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.sqlite").path))
        // A key file is never overwritten.
        let first = try CLI.run(["log", "keygen", "--origin", "truce.test/k", "--out", "k.key"], in: dir)
        #expect(first.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("k.key").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let before = try Data(contentsOf: dir.appendingPathComponent("k.key"))
        let second = try CLI.run(["log", "keygen", "--origin", "truce.test/k", "--out", "k.key"], in: dir)
        #expect(second.status == 66, "\(second.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("k.key")) == before)
        let garbled = dir.appendingPathComponent("garbled.key")
        try "PRIVATE+KEY+x+00000000+AAAA\n".write(to: garbled, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("g.sqlite")
        _ = try TestLog.create(db, origin: "truce.test/g", in: dir)
        let sign = try CLI.run(["log", "checkpoint", "--db", db.path, "--log-key", garbled.path], in: dir)
        #expect(sign.status == 65, "\(sign.stderr)")
        #expect(sign.stderr.contains(garbled.path), "\(sign.stderr)")
    }
}

extension TestMerkleTree {
    /// The root an inclusion proof leads to (RFC 9162 §2.1.3.2), computed by the tests' own code.
    func rootFromInclusion(index: Int, size: Int, proof: [[UInt8]]) -> [UInt8]? {
        guard index < size else { return nil }
        var fn = index
        var sn = size - 1
        var result = levels[0][index]
        for sibling in proof {
            guard sn > 0 else { return nil }
            if fn & 1 == 1 || fn == sn {
                result = TestMerkleTree.node(sibling, result)
                while fn & 1 == 0 && fn != 0 {
                    fn >>= 1
                    sn >>= 1
                }
            } else {
                result = TestMerkleTree.node(result, sibling)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 ? result : nil
    }
}
