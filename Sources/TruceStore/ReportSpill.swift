import Foundation
import TruceCore

/// A temporary file of validated reports in a compact binary form, so an import parses its input once: pass one
/// validates and spills, pass two registers from the spill. Private to one import; removed when it ends.
///
/// Each record is a 4-byte length and the report's fields: strings as a 4-byte length and UTF-8, integers and
/// doubles as 8 bytes, enumerations as their position in `allCases`, optionals behind a presence byte.
final class ReportSpill {
    let path: String
    private let handle: FileHandle
    private var writer = SpillWriter(bytes: [])
    private(set) var count = 0

    /// Creates an empty spill file in the temporary directory.
    init() throws {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("truce-import-\(getpid())-\(UUID().uuidString).spill")
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forUpdatingAtPath: path)
        else { throw FileAccessError(path: path, reason: "cannot create the import's temporary file") }
        self.handle = handle
        writer.bytes.reserveCapacity(1 << 20)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Appends a report.
    func append(_ report: Report) throws {
        let start = writer.bytes.count
        writer.bytes.append(contentsOf: [0, 0, 0, 0])
        writer.encode(report)
        let length = UInt32(writer.bytes.count - start - 4).littleEndian
        withUnsafeBytes(of: length) { writer.bytes.replaceSubrange(start..<start + 4, with: $0) }
        count += 1
        if writer.bytes.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        guard !writer.bytes.isEmpty else { return }
        try handle.write(contentsOf: writer.bytes)
        writer.bytes.removeAll(keepingCapacity: true)
    }

    /// Finishes writing and reads the reports back in order.
    func reader() throws -> Reader {
        try flush()
        try handle.seek(toOffset: 0)
        return Reader(handle: handle)
    }

    /// Reads spilled reports back.
    struct Reader {
        let handle: FileHandle
        private var bytes: [UInt8] = []
        private var position = 0

        init(handle: FileHandle) { self.handle = handle }

        private mutating func ensure(_ needed: Int) throws -> Bool {
            if bytes.count - position >= needed { return true }
            bytes.removeSubrange(0..<position)
            position = 0
            while bytes.count < needed {
                guard let data = try handle.read(upToCount: max(1 << 20, needed)), !data.isEmpty else { return false }
                bytes.append(contentsOf: data)
            }
            return true
        }

        /// The next report, or `nil` at the end.
        mutating func next() throws -> Report? {
            guard try ensure(4) else { return nil }
            let length = bytes.withUnsafeBytes {
                Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
            }
            guard try ensure(4 + length) else { throw SpillError() }
            let start = position + 4
            position = start + length
            return try bytes.withUnsafeBytes { raw in
                var r = SpillDecoder(raw: UnsafeRawBufferPointer(rebasing: raw[start..<start + length]))
                return try r.report()
            }
        }
    }
}

/// A spill file that does not read back as it was written (truncated or altered while the import ran).
struct SpillError: Error, CustomStringConvertible {
    var description: String { "the import's temporary file was truncated or altered" }
}

private struct SpillWriter {
    var bytes: [UInt8]

    mutating func int(_ value: Int64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func double(_ value: Double) { int(Int64(bitPattern: value.bitPattern)) }
    mutating func byte(_ value: UInt8) { bytes.append(value) }
    mutating func string(_ value: String) {
        let utf8 = value.utf8
        withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: utf8)
    }
    mutating func optional(_ value: String?) {
        guard let value else { return byte(0) }
        byte(1)
        string(value)
    }
    mutating func optional(_ value: Int?) {
        guard let value else { return byte(0) }
        byte(1)
        int(Int64(value))
    }
    mutating func estimate(_ value: Estimate?) {
        guard let value else { return byte(0) }
        byte(1)
        int(Int64(value.low))
        int(Int64(value.best))
        int(Int64(value.high))
    }
    mutating func actor(_ value: ActorReference?) {
        switch value {
        case nil: byte(0)
        case .known(let id)?:
            byte(1)
            string(id)
        case .described(let text)?:
            byte(2)
            string(text)
        }
    }
    mutating func position<T: CaseIterable & Equatable>(_ value: T) where T.AllCases: RandomAccessCollection {
        byte(UInt8(T.allCases.distance(from: T.allCases.startIndex, to: T.allCases.firstIndex(of: value)!)))
    }

    mutating func encode(_ r: Report) {
        string(r.agreementID)
        optional(r.externalID)
        position(r.source.kind)
        string(r.source.reporter)
        byte(r.source.confidential ? 1 : 0)
        int(r.observed.epochSeconds)
        position(r.observed.precision)
        double(r.location.point.latitude)
        double(r.location.point.longitude)
        int(Int64(r.location.precisionMetres))
        optional(r.location.placeName)
        position(r.category)
        actor(r.perpetrator)
        actor(r.target)
        estimate(r.casualties.killed)
        estimate(r.casualties.injured)
        optional(r.casualties.civiliansKilled)
        optional(r.casualties.civiliansInjured)
        string(r.description)
        int(Int64(r.evidence.count))
        for item in r.evidence {
            string(item.sha256)
            string(item.mediaType)
        }
        optional(r.language)
    }
}

private struct SpillDecoder {
    let raw: UnsafeRawBufferPointer
    var offset = 0

    init(raw: UnsafeRawBufferPointer) { self.raw = raw }

    mutating func take(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard offset + n <= raw.count else { throw SpillError() }
        defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: raw[offset..<offset + n])
    }
    mutating func byte() throws -> UInt8 { try take(1)[0] }
    mutating func int() throws -> Int64 { Int64(littleEndian: try take(8).loadUnaligned(as: Int64.self)) }
    mutating func double() throws -> Double { Double(bitPattern: UInt64(bitPattern: try int())) }
    mutating func string() throws -> String {
        let length = Int(UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self)))
        return String(decoding: try take(length), as: UTF8.self)
    }
    mutating func optionalString() throws -> String? { try byte() == 0 ? nil : try string() }
    mutating func optionalInt() throws -> Int? { try byte() == 0 ? nil : Int(try int()) }
    mutating func estimate() throws -> Estimate? {
        guard try byte() == 1 else { return nil }
        return Estimate(low: Int(try int()), best: Int(try int()), high: Int(try int()))
    }
    mutating func actor() throws -> ActorReference? {
        switch try byte() {
        case 0: return nil
        case 1: return .known(id: try string())
        default: return .described(try string())
        }
    }
    mutating func value<T: CaseIterable>(_: T.Type) throws -> T where T.AllCases: RandomAccessCollection {
        let index = Int(try byte())
        guard index < T.allCases.count else { throw SpillError() }
        return T.allCases[T.allCases.index(T.allCases.startIndex, offsetBy: index)]
    }

    mutating func report() throws -> Report {
        let agreementID = try string()
        let externalID = try optionalString()
        let source = ReportSource(kind: try value(SourceKind.self), reporter: try string(), confidential: try byte() == 1)
        let observed = ObservedTime(epochSeconds: try int(), precision: try value(TimePrecision.self))
        let point = GeoPoint(latitude: try double(), longitude: try double())
        let location = Location(point: point, precisionMetres: Int(try int()), placeName: try optionalString())
        let category = try value(ReportCategory.self)
        let perpetrator = try actor()
        let target = try actor()
        let casualties = Casualties(
            killed: try estimate(), injured: try estimate(), civiliansKilled: try optionalInt(),
            civiliansInjured: try optionalInt())
        let description = try string()
        var evidence: [EvidenceItem] = []
        for _ in 0..<(try int()) { evidence.append(EvidenceItem(sha256: try string(), mediaType: try string())) }
        return Report(
            agreementID: agreementID, externalID: externalID, source: source, observed: observed, location: location,
            category: category, perpetrator: perpetrator, target: target, casualties: casualties,
            description: description, evidence: evidence, language: try optionalString())
    }
}
