import Foundation
import TruceStore

/// Reads an input file without reading more than its limit: a regular file only (a FIFO or device would block or
/// never end), and at most `limit + 1` bytes, so an oversized file is refused without filling memory.
enum BoundedFile {
    /// The file's bytes, or at most `limit + 1` of them, with its size on disk.
    static func read(_ path: String, limit: Int) throws -> (bytes: [UInt8], size: Int) {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(
                atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
        } catch {
            throw FileAccessError(path: path, reason: "cannot be read")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw FileAccessError(path: path, reason: "is not a regular file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileAccessError(path: path, reason: "cannot be read")
        }
        defer { try? handle.close() }
        let data: Data?
        do {
            data = try handle.read(upToCount: limit + 1)
        } catch {
            throw FileAccessError(path: path, reason: "cannot be read")
        }
        let bytes = Array(data ?? Data())
        let size = (attributes[.size] as? NSNumber)?.intValue ?? bytes.count
        return (bytes, max(size, bytes.count))
    }
}
