import Crypto

extension Report {
    /// Lower-case hex SHA-256 of the report's canonical content: every field in a fixed order, each tagged and
    /// length-prefixed (numbers as 8 little-endian bytes), so two reports with the same content always hash alike
    /// and no two differ only by framing. `received_at` and register ids are not content.
    public var contentHash: String {
        var canonical = CanonicalWriter()
        canonical.text(agreementID)
        canonical.text(externalID)
        canonical.text(source.kind.rawValue)
        canonical.text(source.reporter)
        canonical.number(source.confidential ? 1 : 0)
        canonical.number(observed.epochSeconds)
        canonical.text(observed.precision.rawValue)
        canonical.number(Int64(bitPattern: location.point.latitude.bitPattern))
        canonical.number(Int64(bitPattern: location.point.longitude.bitPattern))
        canonical.number(Int64(location.precisionMetres))
        canonical.text(location.placeName)
        canonical.text(category.rawValue)
        canonical.actor(perpetrator)
        canonical.actor(target)
        canonical.estimate(casualties.killed)
        canonical.estimate(casualties.injured)
        canonical.number(casualties.civiliansKilled.map(Int64.init))
        canonical.number(casualties.civiliansInjured.map(Int64.init))
        canonical.text(description)
        canonical.number(Int64(evidence.count))
        for item in evidence {
            canonical.text(item.sha256)
            canonical.text(item.mediaType)
        }
        canonical.text(language)
        return SHA256.hash(data: canonical.bytes).hexString
    }
}

/// Builds the tagged, length-prefixed byte string that ``Report/contentHash`` digests.
private struct CanonicalWriter {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(512) }

    private mutating func raw(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// `0x00` for absent, or `0x01`, the UTF-8 length and the bytes.
    mutating func text(_ value: String?) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        let utf8 = value.utf8
        raw(Int64(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    /// `0x00` for absent, or `0x02` and the number.
    mutating func number(_ value: Int64?) {
        guard let value else { return bytes.append(0) }
        bytes.append(2)
        raw(value)
    }

    mutating func actor(_ actor: ActorReference?) {
        switch actor {
        case nil: bytes.append(0)
        case .known(let id)?:
            bytes.append(3)
            text(id)
        case .described(let text)?:
            bytes.append(4)
            self.text(text)
        }
    }

    mutating func estimate(_ estimate: Estimate?) {
        guard let estimate else { return bytes.append(0) }
        bytes.append(5)
        raw(Int64(estimate.low))
        raw(Int64(estimate.best))
        raw(Int64(estimate.high))
    }
}
