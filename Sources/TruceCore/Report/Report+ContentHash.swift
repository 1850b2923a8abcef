import Crypto

extension Report {
    /// Lower-case hex SHA-256 of the report's canonical content: every field in a fixed order, each
    /// length-prefixed, so two reports with the same content always hash alike and no two differ only by framing.
    public var contentHash: String {
        var canonical = CanonicalWriter()
        canonical.field("agreement", agreementID)
        canonical.field("external", externalID)
        canonical.field("source.kind", source.kind.rawValue)
        canonical.field("source.reporter", source.reporter)
        canonical.field("source.confidential", source.confidential ? "1" : "0")
        canonical.field("observed.at", String(observed.epochSeconds))
        canonical.field("observed.precision", observed.precision.rawValue)
        canonical.field("location.lat", String(location.point.latitude))
        canonical.field("location.lon", String(location.point.longitude))
        canonical.field("location.precision", String(location.precisionMetres))
        canonical.field("location.place", location.placeName)
        canonical.field("category", category.rawValue)
        canonical.actor("perpetrator", perpetrator)
        canonical.actor("target", target)
        canonical.estimate("killed", casualties.killed)
        canonical.estimate("injured", casualties.injured)
        canonical.field("civilians.killed", casualties.civiliansKilled.map(String.init))
        canonical.field("civilians.injured", casualties.civiliansInjured.map(String.init))
        canonical.field("description", description)
        for item in evidence {
            canonical.field("evidence", item.sha256 + " " + item.mediaType)
        }
        canonical.field("language", language)
        return SHA256.hash(data: canonical.bytes).hexString
    }
}

/// Builds the length-prefixed byte string that ``Report/contentHash`` digests.
private struct CanonicalWriter {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(512) }

    mutating func field(_ name: String, _ value: String?) {
        bytes.append(contentsOf: name.utf8)
        guard let value else {
            bytes.append(0x2D)  // "-": absent, distinct from an empty string
            return
        }
        let utf8 = value.utf8
        bytes.append(0x3D)  // "="
        bytes.append(contentsOf: String(utf8.count).utf8)
        bytes.append(0x3A)  // ":"
        bytes.append(contentsOf: utf8)
    }

    mutating func actor(_ name: String, _ actor: ActorReference?) {
        switch actor {
        case nil: field(name, nil)
        case .known(let id)?: field(name + ".known", id)
        case .described(let text)?: field(name + ".described", text)
        }
    }

    mutating func estimate(_ name: String, _ estimate: Estimate?) {
        field(name, estimate.map { "\($0.low)/\($0.best)/\($0.high)" })
    }
}
