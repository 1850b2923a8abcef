import Foundation
import TruceCore

/// The Syria December 2016 – December 2017 demo scenario shipped with Truce: the agreement as code, its
/// gazetteer, boundaries and the real UCDP events.
public enum SyriaScenario {
    /// The agreement's id.
    public static let agreementID = "syria-2016-ceasefire"
    /// The attribution line every face that shows the scenario's data prints.
    public static let attribution =
        "Events: UCDP GED (CC BY 4.0). Places: GeoNames (CC BY 4.0), UCDP. Boundaries: Natural Earth. "
        + "De-escalation zones: approximate outlines (no official map)."

    /// A shipped file.
    public static func resource(_ name: String) throws(FileMissing) -> URL {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        guard
            let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Resources")
                ?? Bundle.module.url(forResource: base, withExtension: ext)
        else { throw FileMissing(name: name) }
        return url
    }

    /// A shipped file that is not where the bundle should have it.
    public struct FileMissing: Error, CustomStringConvertible {
        /// The resource name.
        public var name: String
        public var description: String { "the scenario file \(name) is missing from this build" }
    }

    /// The agreement file's path.
    public static func agreementURL() throws -> URL { try resource("syria-2016-ceasefire.yaml") }
    /// The talks file's path (the Astana and Geneva rounds of 2017).
    public static func talksURL() throws -> URL { try resource("syria-talks-2017.yaml") }

    /// The UCDP events file's path.
    public static func ucdpURL() throws -> URL { try resource("ucdp_ged_syria_2016_2018.csv") }

    /// The agreement, decoded from the shipped file.
    public static func agreement() throws -> (agreement: Agreement, source: String) {
        let url = try agreementURL()
        let source = try String(contentsOf: url, encoding: .utf8)
        return (try AgreementDecoder().decode(source, file: url.lastPathComponent), source)
    }

    /// The gazetteer: GeoNames places in Syria and its neighbours, then UCDP's places.
    public static func gazetteer() throws -> Gazetteer {
        var gazetteer = Gazetteer(preferredCountry: "SY")
        let geonames = try resource("geonames_syria_region.csv")
        var reader = CSVReader(
            source: InMemoryChunkSource(Array(try Data(contentsOf: geonames))), file: geonames.lastPathComponent)
        try gazetteer.loadGeoNames(&reader)
        let ucdp = try resource("ucdp_syria_locations.csv")
        var ucdpReader = CSVReader(source: InMemoryChunkSource(Array(try Data(contentsOf: ucdp))), file: ucdp.lastPathComponent)
        try gazetteer.loadUCDPLocations(&ucdpReader)
        return gazetteer
    }
}
