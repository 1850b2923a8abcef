import Foundation
import GRDB

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// SHA-256 (FIPS 180-4), written here so the tests recompute hashes without any of Truce's code.
enum TestSHA256 {
    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    static func hash(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [
            0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
        ]
        var data = message
        let bits = UInt64(message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { x >> n | x << (32 - n) }
        var w = [UInt32](repeating: 0, count: 64)
        for block in stride(from: 0, to: data.count, by: 64) {
            for i in 0..<16 {
                let j = block + 4 * i
                w[i] = UInt32(data[j]) << 24 | UInt32(data[j + 1]) << 16 | UInt32(data[j + 2]) << 8 | UInt32(data[j + 3])
            }
            for i in 16..<64 {
                let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for i in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let choice = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ choice &+ k[i] &+ w[i]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ majority
                (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            for (i, value) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] = h[i] &+ value }
        }
        return h.flatMap { word in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) } }
    }
}

/// The RFC 9162 tree over a log's entries, recomputed independently, in the layout Truce stores it: for each
/// level, the hashes of its complete nodes in chunks of 256; and the head's right edge.
struct TestMerkleTree {
    /// `levels[l]` holds the hashes of the complete nodes of level `l` (level 0: the leaves).
    var levels: [[[UInt8]]]
    var size: Int

    static func leaf(_ data: [UInt8]) -> [UInt8] { TestSHA256.hash([0x00] + data) }
    static func node(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] { TestSHA256.hash([0x01] + left + right) }

    init(entries: [[UInt8]]) {
        size = entries.count
        levels = [entries.map(Self.leaf)]
        while levels[levels.count - 1].count > 1 {
            let below = levels[levels.count - 1]
            levels.append(stride(from: 0, to: below.count - 1, by: 2).map { Self.node(below[$0], below[$0 + 1]) })
        }
    }

    /// The stored blob of chunk `chunk` of `level`: up to 256 consecutive node hashes.
    func chunk(level: Int, _ chunk: Int) -> [UInt8] {
        let nodes = levels[level]
        return nodes[(chunk * 256)..<min(nodes.count, chunk * 256 + 256)].flatMap { $0 }
    }

    /// The number of chunks of a level.
    func chunkCount(level: Int) -> Int { (levels[level].count + 255) / 256 }

    /// The roots of the perfect subtrees that make up the tree, largest first (the head's `edge`).
    var edge: [UInt8] {
        var start = 0
        var result: [UInt8] = []
        for level in stride(from: levels.count - 1, through: 0, by: -1) where size & (1 << level) != 0 {
            result += levels[level][start >> level]
            start += 1 << level
        }
        return result
    }

    /// `MTH(D[0:n])` of the first `n` leaves.
    func root(size n: Int) -> [UInt8] { range(0, n) }

    private func range(_ lo: Int, _ hi: Int) -> [UInt8] {
        let n = hi - lo
        if n == 0 { return TestSHA256.hash([]) }
        if n & (n - 1) == 0 && lo % n == 0 { return levels[n.trailingZeroBitCount][lo / n] }
        var split = 1
        while split * 2 < n { split *= 2 }
        return Self.node(range(lo, lo + split), range(lo + split, hi))
    }
}

/// A signed note (c2sp.org/signed-note) with a checkpoint body, parsed by the tests themselves.
struct TestNote: Equatable {
    struct Signature: Equatable {
        var name: String
        var keyID: [UInt8]
        var signature: [UInt8]
    }

    var text: String
    var signatures: [Signature]
    var origin: String
    var size: Int
    var root: [UInt8]

    init?(_ note: String) {
        guard note.hasSuffix("\n"), let split = note.range(of: "\n\n", options: .backwards) else { return nil }
        text = String(note[..<note.index(after: split.lowerBound)])
        signatures = []
        for line in note[split.upperBound...].dropLast().split(separator: "\n", omittingEmptySubsequences: false) {
            guard let signature = Self.signature(line) else { return nil }
            signatures.append(signature)
        }
        let body = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        guard !signatures.isEmpty, body.count >= 3, let size = Int(body[1]),
            let root = Data(base64Encoded: String(body[2])), root.count == 32
        else { return nil }
        origin = String(body[0])
        self.size = size
        self.root = Array(root)
    }

    /// Parses one `— <name> base64(keyID ‖ signature)` line.
    static func signature(_ line: Substring) -> Signature? {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "\u{2014}", let bytes = Data(base64Encoded: String(parts[2])), bytes.count > 4
        else { return nil }
        return Signature(name: String(parts[1]), keyID: Array(bytes.prefix(4)), signature: Array(bytes.dropFirst(4)))
    }
}

/// A verifier key `name+hexkeyid+base64(type ‖ key)`, split by the tests.
struct TestVerifierKey {
    var name: String
    var keyID: [UInt8]
    var type: UInt8
    var publicKey: [UInt8]

    init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(
            separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].count == 8, let id = UInt32(parts[1], radix: 16),
            let key = Data(base64Encoded: String(parts[2])), key.count == 33
        else { return nil }
        name = String(parts[0])
        keyID = [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: id >> UInt32($0)) }
        type = key[key.startIndex]
        publicKey = Array(key.dropFirst())
    }

    /// The key ID the C2SP spec defines, `SHA-256(name ‖ 0x0A ‖ type ‖ key)[:4]`, recomputed.
    var computedKeyID: [UInt8] { Array(TestSHA256.hash(Array(name.utf8) + [0x0A, type] + publicKey).prefix(4)) }
}

/// Logs made through the CLI, and their SQLite files.
enum TestLog {
    /// Reports in Truce's CSV format, rows `range` (each a distinct report).
    static func reports(_ range: Range<Int>, in dir: URL) throws -> URL {
        let file = dir.appendingPathComponent("reports-\(range.lowerBound)-\(range.upperBound)-\(UUID().uuidString).csv")
        try (BadInputTests.header + range.map { BadInputTests.row($0) }.joined()).write(
            to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// A new log with a signing key beside it (`DB.logkey`) and the agreement loaded (entry 0, checkpoint 1).
    /// Returns the log's verifier key.
    static func create(_ db: URL, origin: String, in dir: URL) throws -> String {
        let keygen = try CLI.run(["log", "keygen", "--origin", origin, "--out", db.path + ".logkey"], in: dir)
        guard keygen.status == 0 else { throw TestFailure("log keygen: \(keygen.stderr)") }
        let load = try CLI.run(["agreement", "load", BadInputTests.agreementFile, "--db", db.path], in: dir)
        guard load.status == 0 else { throw TestFailure("agreement load: \(load.stderr)") }
        return keygen.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Imports reports `range` (one entry each); with the key file present the import signs a checkpoint.
    static func add(_ range: Range<Int>, to db: URL, in dir: URL, extra: [String] = []) throws {
        let file = try reports(range, in: dir)
        let result = try CLI.run(["import", "reports", file.path, "--db", db.path] + extra, in: dir)
        guard result.status == 0 else { throw TestFailure("import into \(db.lastPathComponent): \(result.stderr)") }
        try? FileManager.default.removeItem(at: file)
    }

    /// Copies a database (and its write-ahead log, if any) and optionally its key file.
    static func copy(_ source: URL, to target: URL, withKey: Bool = true) throws {
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source.path + suffix) {
            try FileManager.default.copyItem(atPath: source.path + suffix, toPath: target.path + suffix)
        }
        if withKey { try FileManager.default.copyItem(atPath: source.path + ".logkey", toPath: target.path + ".logkey") }
    }

    /// Opens a database for direct reads and writes, without foreign-key enforcement (so a test can damage it).
    static func open(_ db: URL) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        return try DatabaseQueue(path: db.path, configuration: configuration)
    }

    /// Reads from a database (synchronously, also from async tests).
    static func read<T>(_ db: URL, _ body: (Database) throws -> T) throws -> T {
        try open(db).read(body)
    }

    struct StoredCheckpoint: Equatable {
        var size: Int
        var root: [UInt8]
        var note: String
    }

    /// Every checkpoint the log signed, smallest first.
    static func checkpoints(_ db: URL) throws -> [StoredCheckpoint] {
        try open(db).read { db in
            try Row.fetchAll(db, sql: "SELECT size, root, note FROM log_checkpoint ORDER BY size").map {
                StoredCheckpoint(size: $0["size"], root: Array($0["root"] as Data), note: $0["note"])
            }
        }
    }

    /// The stored entries' bytes, by index.
    static func entries(_ db: URL) throws -> [[UInt8]] {
        try open(db).read { db in
            try Row.fetchAll(db, sql: "SELECT idx, data FROM log_entry ORDER BY idx").enumerated().map { offset, row in
                guard row["idx"] as Int == offset else { throw TestFailure("entry \(offset) is not stored") }
                return Array(row["data"] as Data)
            }
        }
    }

    /// The stored head's size.
    static func size(_ db: URL) throws -> Int {
        try open(db).read { db in try Int.fetchOne(db, sql: "SELECT size FROM log_head WHERE id = 1") ?? 0 }
    }
}

/// A test's own error, with a reason.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A `truce … serve` process running in the background on a loopback port it chose.
final class TestServer: @unchecked Sendable {
    let process: Process
    /// The base URL it printed.
    let url: URL
    private let out: URL
    private let err: URL

    /// Starts `truce` with arguments and waits (up to `timeout` seconds) for the `http://host:port` line on its
    /// standard output.
    init(_ arguments: [String], in dir: URL, timeout: TimeInterval = 30) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = arguments
        process.currentDirectoryURL = dir
        out = dir.appendingPathComponent("server-out-\(UUID().uuidString)")
        err = dir.appendingPathComponent("server-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var found: URL?
        while found == nil {
            let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            if let start = text.range(of: "http://"), let end = text[start.lowerBound...].firstIndex(of: "\n") {
                found = URL(string: String(text[start.lowerBound..<end]))
                break
            }
            guard process.isRunning, Date() < deadline else {
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                process.waitUntilExit()
                let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
                throw TestFailure("\(arguments.prefix(2).joined(separator: " ")) did not start: \(text) \(stderr)")
            }
            usleep(10_000)
        }
        url = found!
    }

    /// What the server printed on standard output, then standard error.
    var output: String {
        ((try? String(contentsOf: out, encoding: .utf8)) ?? "") + ((try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Stops it with SIGTERM (a clean shutdown) and waits.
    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    /// Kills it with SIGKILL and waits.
    func kill9() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: out)
        try? FileManager.default.removeItem(at: err)
    }
}

/// Plain HTTP requests to the servers under test.
enum TestHTTP {
    struct Answer: Sendable {
        var status: Int
        var contentType: String
        var body: String
    }

    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 10
        return URLSession(configuration: configuration)
    }()

    static func get(_ url: URL) async throws -> Answer {
        try await send(URLRequest(url: url))
    }

    static func post(_ url: URL, body: String) async throws -> Answer {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = Data(body.utf8)
        request.setValue("text/plain; charset=utf-8", forHTTPHeaderField: "Content-Type")
        return try await send(request)
    }

    private static func send(_ request: URLRequest) async throws -> Answer {
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw TestFailure("no HTTP response from \(request)") }
        return Answer(
            status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "",
            body: String(decoding: data, as: UTF8.self))
    }

    /// The consistency proof a log server gives between two sizes (base64 hashes).
    static func consistencyProof(_ log: URL, from: Int, to: Int) async throws -> [String] {
        let answer = try await get(URL(string: "log/proof/consistency?from=\(from)&to=\(to)", relativeTo: log)!)
        guard answer.status == 200,
            let object = try JSONSerialization.jsonObject(with: Data(answer.body.utf8)) as? [String: Any],
            let hashes = object["hashes"] as? [String]
        else { throw TestFailure("consistency proof \(from)→\(to): \(answer.status) \(answer.body)") }
        return hashes
    }

    /// A tlog-witness add-checkpoint body.
    static func addCheckpointBody(old: Int, proof: [String], note: String) -> String {
        "old \(old)\n" + proof.map { $0 + "\n" }.joined() + "\n" + note
    }
}
