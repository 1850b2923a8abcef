import Yams

/// Reads a GeoJSON `Polygon` or `MultiPolygon` geometry from a YAML (or JSON) node, checking that every ring is
/// closed, has at least four positions, and that every position is `[longitude, latitude]` in range.
struct GeoJSONGeometryReader {
    let file: String

    func geometry(_ node: Node, path: String) throws(InputError) -> ZoneGeometry {
        let object = try YAMLObject(node, path: path, file: file)
        try object.checkKeys(["type", "coordinates"])
        let type = try object.string("type")
        let coordinates = try object.required("coordinates")
        switch type {
        case "Polygon":
            return ZoneGeometry(polygons: [try polygon(coordinates, path: path + ".coordinates")])
        case "MultiPolygon":
            let parts = try sequence(coordinates, path: path + ".coordinates", what: "a list of polygons")
            guard !parts.isEmpty else {
                throw error(coordinates, path + ".coordinates", "a MultiPolygon needs at least one polygon")
            }
            var polygons: [Polygon] = []
            for (i, part) in parts.enumerated() {
                polygons.append(try polygon(part, path: path + ".coordinates[\(i)]"))
            }
            return ZoneGeometry(polygons: polygons)
        default:
            throw object.error("type", object.optional("type"), "expected Polygon or MultiPolygon, found '\(type)'")
        }
    }

    private func error(_ node: Node, _ path: String, _ message: String) -> InputError {
        InputError(file: file, line: node.mark?.line, column: node.mark?.column, field: path, message: message)
    }

    private func sequence(_ node: Node, path: String, what: String) throws(InputError) -> [Node] {
        guard case .sequence(let sequence) = node else { throw error(node, path, "expected \(what)") }
        return Array(sequence)
    }

    private func polygon(_ node: Node, path: String) throws(InputError) -> Polygon {
        let ringNodes = try sequence(node, path: path, what: "a list of rings")
        guard !ringNodes.isEmpty else { throw error(node, path, "a polygon needs an outer ring") }
        var rings: [[GeoPoint]] = []
        for (r, ringNode) in ringNodes.enumerated() {
            let ringPath = path + "[\(r)]"
            let positions = try sequence(ringNode, path: ringPath, what: "a ring (a list of [longitude, latitude] positions)")
            var ring: [GeoPoint] = []
            for (p, positionNode) in positions.enumerated() {
                ring.append(try position(positionNode, path: ringPath + "[\(p)]"))
            }
            guard ring.count >= 4 else {
                throw error(
                    ringNode, ringPath, "a ring needs at least 4 positions (3 corners and the closing point), found \(ring.count)"
                )
            }
            guard ring.first == ring.last else {
                throw error(
                    ringNode, ringPath,
                    "the ring does not close: its last position must equal its first ([\(ring[0].longitude), \(ring[0].latitude)])"
                )
            }
            rings.append(ring)
        }
        return Polygon(rings: rings)
    }

    private func position(_ node: Node, path: String) throws(InputError) -> GeoPoint {
        let values = try sequence(node, path: path, what: "a position [longitude, latitude]")
        guard values.count == 2 || values.count == 3 else {
            throw error(node, path, "a position is [longitude, latitude], found \(values.count) numbers")
        }
        var numbers: [Double] = []
        for value in values.prefix(2) {
            guard case .scalar(let scalar) = value, let number = Double(scalar.string), number.isFinite else {
                throw error(value, path, "expected a number")
            }
            numbers.append(number)
        }
        let point = GeoPoint(latitude: numbers[1], longitude: numbers[0])
        if let problem = point.problem() {
            throw error(node, path, "coordinates out of range: \(problem) (positions are [longitude, latitude])")
        }
        return point
    }
}
