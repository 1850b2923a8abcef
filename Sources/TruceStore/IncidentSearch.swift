import Foundation
import TruceCore

/// Finds incidents by period, category, party and zone.
///
/// A zone filter means: the incident's estimated position lies inside the zone's area *and* the zone's regime
/// was in force at the incident's time. The register narrows by the zone's bounding box; the exact test runs here.
public struct IncidentSearch<Register: ReportRegister>: Sendable {
    /// The register searched.
    public let register: Register
    /// The agreement whose zones are used.
    public let agreement: Agreement
    /// The agreement's zones, indexed.
    public let zoneIndex: ZoneIndex

    /// Creates a search over an agreement's register.
    public init(register: Register, agreement: Agreement) {
        self.register = register
        self.agreement = agreement
        self.zoneIndex = ZoneIndex(zones: agreement.allZones)
    }

    /// Incidents matching the query and, if `zoneID` is given, inside that zone while it was in force.
    public func incidents(_ query: IncidentQuery, zoneID: String? = nil) async throws -> [Incident] {
        var query = query
        query.agreementID = agreement.id
        guard let zoneID else { return try await register.incidents(query) }
        guard let zone = zoneIndex.zones.first(where: { $0.id == zoneID }) else {
            throw InputError(
                file: "--zone", field: "zone",
                message:
                    "unknown zone '\(zoneID)'; the agreement's zones are: \(zoneIndex.zones.map(\.id).joined(separator: ", "))")
        }
        query.within = zone.geometry.boundingBox
        let limit = query.limit
        query.limit = nil
        var found = try await register.incidents(query).filter {
            zone.isInForce(at: $0.observed.date) && zone.geometry.contains($0.location.point)
        }
        if let limit, found.count > limit { found.removeLast(found.count - limit) }
        return found
    }

    /// The ids of the zones in force at the incident's time that contain its position.
    public func zoneIDs(of incident: Incident) -> [String] {
        zoneIndex.zones(containing: incident.location.point, at: incident.observed.date).map(\.id)
    }
}
