import Foundation
import TruceCore
import TruceNews

/// Shared test data: the extractor (loaded once), the seed article and the PLOVER sentences from `shared/`.
enum Fixtures {
    /// The directory holding `data/news`: `$TRUCE_SHARED`, else the first `shared/` found walking up from this file
    /// (through symlinks too), as laid beside the repository.
    static let sharedDirectory: URL? = {
        if let env = ProcessInfo.processInfo.environment["TRUCE_SHARED"] { return URL(fileURLWithPath: env) }
        for start in [URL(fileURLWithPath: #filePath), URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()] {
            var dir = start.deletingLastPathComponent()
            while dir.path != "/" {
                let candidate = dir.appendingPathComponent("shared")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("data/news").path) {
                    return candidate
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }()

    /// A file of `shared/data/news`.
    static func newsData(_ name: String) throws -> Data {
        guard let shared = sharedDirectory else { throw FixtureMissing(name: "shared/data/news (set TRUCE_SHARED)") }
        return try Data(contentsOf: shared.appendingPathComponent("data/news").appendingPathComponent(name))
    }

    /// The Syria gazetteer from the TruceScenario resources of this repository, if found.
    static let gazetteer: Gazetteer? = {
        let start = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        var dir = start.deletingLastPathComponent()
        while dir.path != "/" {
            let resources = dir.appendingPathComponent("Sources/TruceScenario/Resources")
            if let geo = try? Data(contentsOf: resources.appendingPathComponent("geonames_syria_region.csv")),
                let ucdp = try? Data(contentsOf: resources.appendingPathComponent("ucdp_syria_locations.csv"))
            {
                var gazetteer = Gazetteer(preferredCountry: "SY")
                var geoReader = CSVReader(source: InMemoryChunkSource(Array(geo)), file: "geonames_syria_region.csv")
                var ucdpReader = CSVReader(source: InMemoryChunkSource(Array(ucdp)), file: "ucdp_syria_locations.csv")
                guard (try? gazetteer.loadGeoNames(&geoReader)) != nil, (try? gazetteer.loadUCDPLocations(&ucdpReader)) != nil
                else { return nil }
                return gazetteer
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    /// The extractor with the shipped dictionaries and the gazetteer.
    static let extractor: EventExtractor = {
        do {
            return try EventExtractor.shipped(gazetteer: gazetteer)
        } catch {
            fatalError("shipped dictionaries do not load: \(error)")
        }
    }()

    /// 2017-02-27, the seed article's publication day (a Monday).
    static let seedDay = NewsDay("2017-02-27")!
}

/// A fixture file that is not where the tests look for it.
struct FixtureMissing: Error, CustomStringConvertible {
    var name: String
    var description: String { "fixture not found: \(name)" }
}
