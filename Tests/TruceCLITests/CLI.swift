import Foundation
import GRDB

/// Runs the real `truce` binary (built by `swift build`) and reads the real SQLite files it writes.
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["TRUCE_BIN"] { return path }
        return root.appendingPathComponent(".build/debug/truce").path
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `truce` with arguments in a directory, with optional standard input.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL, stdin: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        return Result(
            status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }

    /// A fresh temporary directory.
    static func scratch() throws -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("truce-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The tables a snapshot reads, each with the order that makes its rows' listing unique.
    static let snapshotTables: [(table: String, order: String)] = [
        ("agreement", "1"), ("agreement_revision", "1"), ("incident", "1"), ("report", "1"), ("evidence", "1"),
        ("log_entry", "idx"), ("log_node", "level, chunk"), ("log_head", "id"), ("log_checkpoint", "size"),
        ("log_cosignature", "size, name"), ("log_secret", "entry_idx, field"), ("incident_extent", "id"),
        ("incident_event", "id"), ("finding", "incident_id, position"), ("violation_day", "1, 2, 3, 4"),
        ("escalation", "id"), ("talks", "1"), ("talks_revision", "id"), ("commitment_step", "id"), ("news_article", "id"),
        ("news_suggestion", "id"), ("news_mention", "1, 2, 3"),
    ]

    /// Everything the register holds (the records and the verifiable log), as text, to compare a database before
    /// and after. Blobs are written out in hex, so a changed byte in an entry or a stored hash shows.
    static func snapshot(_ path: URL) throws -> String {
        let queue = try DatabaseQueue(path: path.path)
        return try queue.read { db in
            var out = ""
            for (table, order) in snapshotTables {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)")
                out += "\(table): \(rows.count)\n" + rows.map(render).joined(separator: "\n") + "\n"
            }
            return out
        }
    }

    /// One row as `column=value` pairs, blobs in hex.
    static func render(_ row: Row) -> String {
        row.map { column, value in
            guard case .blob(let data) = value.storage else { return "\(column)=\(value)" }
            return "\(column)=x'\(hex(data))'"
        }.joined(separator: " ")
    }

    /// Bytes in lowercase hex.
    static func hex(_ bytes: some Collection<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
