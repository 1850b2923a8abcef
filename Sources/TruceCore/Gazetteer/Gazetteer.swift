/// Resolves place names (with their aliases and transliterations: Daraa, Deraa, Dar'a) to positions.
///
/// Loaded from the shipped GeoNames extract and UCDP's place list. Among same-named places, those in the
/// preferred country come first, then the more populous.
public struct Gazetteer: Sendable {
    private var entries: [GazetteerEntry] = []
    private var byKey: [String: [Int]] = [:]
    /// The country preferred when several places share a name.
    public var preferredCountry: String

    /// An empty gazetteer.
    public init(preferredCountry: String = "SY") {
        self.preferredCountry = preferredCountry
    }

    /// Number of places.
    public var count: Int { entries.count }

    /// Adds a place under its name and aliases.
    public mutating func add(_ entry: GazetteerEntry, aliases: [String]) {
        entries.append(entry)
        let index = entries.count - 1
        var keys = Set([NameKey.normalize(entry.name)])
        for alias in aliases where !alias.isEmpty { keys.insert(NameKey.normalize(alias)) }
        for key in keys where !key.isEmpty { byKey[key, default: []].append(index) }
    }

    /// Every place known by this name or alias, best first.
    public func candidates(_ name: String) -> [GazetteerEntry] {
        let key = NameKey.normalize(name)
        var found = byKey[key] ?? []
        if found.isEmpty {
            for suffix in [" village", " town", " city"] where key.hasSuffix(suffix) {
                found = byKey[String(key.dropLast(suffix.count))] ?? []
                if !found.isEmpty { break }
            }
        }
        return found.map { entries[$0] }.sorted { a, b in
            let aPreferred = a.countryCode == preferredCountry
            let bPreferred = b.countryCode == preferredCountry
            if aPreferred != bPreferred { return aPreferred }
            return a.population > b.population
        }
    }

    /// The best place for a name, or `nil` if no place is known by it.
    public func resolve(_ name: String) -> GazetteerEntry? {
        candidates(name).first
    }

    /// Loads GeoNames rows (`geonameid,name,country_code,admin1_code,admin1_name,latitude,longitude,population,
    /// timezone,name_ar,alternatenames` with `|`-separated alternate names), as in the shipped extract.
    public mutating func loadGeoNames(_ reader: inout CSVReader) throws {
        guard let header = try reader.next() else { return }
        let columns = try CSVColumns(
            header: header, file: reader.file,
            required: [
                "geonameid", "name", "country_code", "admin1_name", "latitude", "longitude", "population", "name_ar",
                "alternatenames",
            ])
        while let record = try reader.next() {
            let row = try columns.row(record)
            let point = GeoPoint(latitude: try row.double("latitude"), longitude: try row.double("longitude"))
            let population = Int(row["population"]) ?? 0
            let entry = GazetteerEntry(
                name: row["name"], countryCode: row["country_code"], admin1: row["admin1_name"],
                point: point, population: population, origin: "geonames:" + row["geonameid"],
                precisionMetres: population >= 100_000 ? 10_000 : 3_000)
            let aliases = [row["name_ar"]] + row["alternatenames"].split(separator: "|").map(String.init)
            add(entry, aliases: aliases)
        }
    }

    /// Loads UCDP's place list (`name,feature_kind,ucdp_where_coordinates,latitude,longitude,adm_1,…`).
    public mutating func loadUCDPLocations(_ reader: inout CSVReader) throws {
        guard let header = try reader.next() else { return }
        let columns = try CSVColumns(
            header: header, file: reader.file,
            required: [
                "name", "feature_kind", "ucdp_where_coordinates", "latitude", "longitude", "adm_1",
            ])
        while let record = try reader.next() {
            let row = try columns.row(record)
            let entry = GazetteerEntry(
                name: row["name"], countryCode: "SY", admin1: row["adm_1"],
                point: GeoPoint(latitude: try row.double("latitude"), longitude: try row.double("longitude")),
                population: 0, origin: "ucdp", precisionMetres: row["feature_kind"] == "village" ? 1_000 : 3_000)
            add(entry, aliases: [row["ucdp_where_coordinates"]])
        }
    }
}
