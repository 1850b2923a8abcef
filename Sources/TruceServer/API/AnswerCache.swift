import Synchronization

/// Encoded answers by request, each valid for one version of the data it was computed from (at most 256 kept).
final class AnswerCache: Sendable {
    private let entries = Mutex<[String: (version: Int64, bytes: [UInt8])]>([:])

    /// The answer for a request if it was computed from this version.
    func answer(for key: String, version: Int64) -> [UInt8]? {
        entries.withLock { entries in
            guard let entry = entries[key], entry.version == version else { return nil }
            return entry.bytes
        }
    }

    /// Keeps an answer.
    func store(_ bytes: [UInt8], for key: String, version: Int64) {
        entries.withLock { entries in
            if entries.count >= 256 { entries.removeAll() }
            entries[key] = (version, bytes)
        }
    }
}
