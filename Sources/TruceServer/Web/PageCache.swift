import Synchronization

/// Computed page values by request, each valid for one version of the register (at most 128 kept).
final class PageCache: Sendable {
    /// The values of one page (template data, never mutated once stored).
    final class Entry: @unchecked Sendable {
        let version: Int64
        let values: [String: Any]

        init(version: Int64, values: [String: Any]) {
            self.version = version
            self.values = values
        }
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The values for a request if they were computed from this version.
    func values(for key: String, version: Int64) -> [String: Any]? {
        entries.withLock { entries in
            guard let entry = entries[key], entry.version == version else { return nil }
            return entry.values
        }
    }

    /// Keeps values.
    func store(_ values: [String: Any], for key: String, version: Int64) {
        let entry = Entry(version: version, values: values)
        entries.withLock { entries in
            if entries.count >= 128 { entries.removeAll() }
            entries[key] = entry
        }
    }
}
