import Foundation
import TruceCore
import TruceNews

/// Builds the news extractor (dictionaries and gazetteer) the first time an article arrives, once per process.
public final class NewsExtractorLoader: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: EventExtractor?
    private let places: GazetteerLoader

    /// A loader over the service's gazetteer.
    public init(places: GazetteerLoader) { self.places = places }

    /// The extractor, built now if needed.
    public func extractor() throws -> EventExtractor {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let extractor = try EventExtractor.shipped(gazetteer: try places.gazetteer())
        loaded = extractor
        return extractor
    }
}
