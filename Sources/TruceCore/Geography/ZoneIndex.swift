import Foundation

/// Finds the zones that contain a point at an instant, fast with thousands of polygons.
///
/// The polygons' bounding boxes are packed into a static R-tree (Sort-Tile-Recursive bulk loading, 16 entries a
/// node); a lookup walks only the nodes whose boxes hold the point, then runs the exact even-odd test on the few
/// polygons left.
public struct ZoneIndex: Sendable {
    /// One polygon of one zone, with its box.
    private struct Entry: Sendable {
        var box: BoundingBox
        var zone: Int
        var polygon: Int
    }

    /// A node of the tree: either children (node indexes) or entries (entry indexes).
    private struct Node: Sendable {
        var box: BoundingBox
        var children: [Int]
        var isLeaf: Bool
    }

    private static let fanout = 16

    /// The zones indexed, in the order given.
    public let zones: [Zone]
    private let entries: [Entry]
    private let nodes: [Node]
    private let root: Int?

    /// Indexes the zones; each zone's own in-force period is honoured by lookups.
    public init(zones: [Zone]) {
        self.zones = zones
        var entries: [Entry] = []
        for (z, zone) in zones.enumerated() {
            for (p, polygon) in zone.geometry.polygons.enumerated() {
                entries.append(Entry(box: polygon.boundingBox, zone: z, polygon: p))
            }
        }
        self.entries = entries
        var nodes: [Node] = []
        var level: [(box: BoundingBox, index: Int)] = entries.enumerated().map { ($0.element.box, $0.offset) }
        var leafLevel = true
        if level.isEmpty {
            self.nodes = []
            self.root = nil
            return
        }
        repeat {
            let groups = ZoneIndex.tile(level)
            var next: [(box: BoundingBox, index: Int)] = []
            for group in groups {
                let box = group.dropFirst().reduce(group[0].box) { $0.union($1.box) }
                nodes.append(Node(box: box, children: group.map(\.index), isLeaf: leafLevel))
                next.append((box, nodes.count - 1))
            }
            level = next
            leafLevel = false
        } while level.count > 1
        self.nodes = nodes
        self.root = level[0].index
    }

    /// Sort-Tile-Recursive grouping: slices by longitude, then runs of `fanout` by latitude within each slice.
    private static func tile(_ items: [(box: BoundingBox, index: Int)]) -> [[(box: BoundingBox, index: Int)]] {
        let nodeCount = (items.count + fanout - 1) / fanout
        let sliceCount = max(1, Int(Double(nodeCount).squareRoot().rounded(.up)))
        let sliceSize = sliceCount * fanout
        let byX = items.sorted { $0.box.center.longitude < $1.box.center.longitude }
        var groups: [[(box: BoundingBox, index: Int)]] = []
        var start = 0
        while start < byX.count {
            let slice = byX[start..<min(start + sliceSize, byX.count)].sorted {
                $0.box.center.latitude < $1.box.center.latitude
            }
            var i = slice.startIndex
            while i < slice.endIndex {
                let end = min(i + fanout, slice.endIndex)
                groups.append(Array(slice[i..<end]))
                i = end
            }
            start += sliceSize
        }
        return groups
    }

    /// The zones whose area contains the point and, when `instant` is given, whose regime is in force then.
    ///
    /// Each zone appears once, in index order.
    public func zones(containing point: GeoPoint, at instant: Date? = nil) -> [Zone] {
        zoneIndexes(containing: point, at: instant).map { zones[$0] }
    }

    /// Like ``zones(containing:at:)`` but returns positions in ``zones``.
    public func zoneIndexes(containing point: GeoPoint, at instant: Date? = nil) -> [Int] {
        guard let root else { return [] }
        var found = Set<Int>()
        var stack = [root]
        while let n = stack.popLast() {
            let node = nodes[n]
            guard node.box.contains(point) else { continue }
            if node.isLeaf {
                for e in node.children {
                    let entry = entries[e]
                    guard !found.contains(entry.zone), entry.box.contains(point) else { continue }
                    let zone = zones[entry.zone]
                    if let instant, !zone.isInForce(at: instant) { continue }
                    if zone.geometry.polygons[entry.polygon].contains(point) { found.insert(entry.zone) }
                }
            } else {
                stack.append(contentsOf: node.children)
            }
        }
        return found.sorted()
    }
}
