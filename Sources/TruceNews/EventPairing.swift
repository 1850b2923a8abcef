/// The largest one-to-one pairing of extracted and gold events under `ScoredEvent.matches`.
///
/// Two events can only match when they share the day, the root and the unordered pair of countries, so the events
/// fall into small groups that are paired independently. Within a group an event is one of four kinds (forward or
/// reversed countries, symmetric act or not) and kinds pair when their orientations agree or either act is
/// symmetric; the most pairs is a maximum flow over those eight kinds, whatever the counts (hostile files with
/// thousands of copies of one event stay fast).
enum EventPairing {
    /// Where two events could meet: same day, root and countries in either order.
    private struct Group: Hashable {
        var date: String?
        var root: String
        var first: String?
        var second: String?

        init(_ event: ScoredEvent) {
            date = event.date
            root = event.root
            if Self.precedes(event.target, event.source) {
                (first, second) = (event.target, event.source)
            } else {
                (first, second) = (event.source, event.target)
            }
        }

        /// Orders countries, no country first.
        private static func precedes(_ a: String?, _ b: String?) -> Bool {
            switch (a, b) {
            case (nil, nil), (_, nil): false
            case (nil, _): true
            case (let x?, let y?): x < y
            }
        }

        /// 0 when the event runs first → second (or both are the same), 1 when it runs second → first.
        func orientation(_ event: ScoredEvent) -> Int {
            event.source == first && event.target == second ? 0 : 1
        }
    }

    /// For each extracted event in order, the index of the gold event paired with it, or `nil`. Within a kind,
    /// earlier events are paired first.
    static func pairs(extracted: [ScoredEvent], gold: [ScoredEvent]) -> [Int?] {
        var groups: [Group: (extracted: [Int], gold: [Int])] = [:]
        for (index, event) in extracted.enumerated() { groups[Group(event), default: ([], [])].extracted.append(index) }
        for (index, event) in gold.enumerated() {
            let group = Group(event)
            if groups[group] != nil { groups[group]!.gold.append(index) }
        }
        var result = [Int?](repeating: nil, count: extracted.count)
        for (group, members) in groups where !members.gold.isEmpty {
            func kind(_ event: ScoredEvent) -> Int { group.orientation(event) * 2 + (event.symmetric ? 1 : 0) }
            var left = [[Int]](repeating: [], count: 4)
            var right = [[Int]](repeating: [], count: 4)
            for index in members.extracted { left[kind(extracted[index])].append(index) }
            for index in members.gold { right[kind(gold[index])].append(index) }
            let flow = maximumFlow(left: left.map(\.count), right: right.map(\.count))
            var nextLeft = [Int](repeating: 0, count: 4)
            var nextRight = [Int](repeating: 0, count: 4)
            for l in 0..<4 {
                for r in 0..<4 {
                    for _ in 0..<flow[l][r] {
                        result[left[l][nextLeft[l]]] = right[r][nextRight[r]]
                        nextLeft[l] += 1
                        nextRight[r] += 1
                    }
                }
            }
        }
        return result
    }

    /// Whether an extracted event of kind `l` may pair with a gold event of kind `r`: the same orientation, or
    /// either act symmetric.
    private static func compatible(_ l: Int, _ r: Int) -> Bool {
        l / 2 == r / 2 || l % 2 == 1 || r % 2 == 1
    }

    /// The flow between the four extracted kinds (with `left` events each) and the four gold kinds (`right`) that
    /// pairs the most events: augmenting paths over a ten-node network.
    private static func maximumFlow(left: [Int], right: [Int]) -> [[Int]] {
        // Nodes: 0 source, 1...4 extracted kinds, 5...8 gold kinds, 9 sink.
        let source = 0
        let sink = 9
        var capacity = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 10)
        for k in 0..<4 {
            capacity[source][1 + k] = left[k]
            capacity[5 + k][sink] = right[k]
            for r in 0..<4 where compatible(k, r) { capacity[1 + k][5 + r] = Int.max / 4 }
        }
        var flow = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 10)
        while true {
            var previous = [Int](repeating: -1, count: 10)
            previous[source] = source
            var queue = [source]
            var head = 0
            while head < queue.count, previous[sink] < 0 {
                let node = queue[head]
                head += 1
                for next in 0..<10 where previous[next] < 0 && capacity[node][next] - flow[node][next] > 0 {
                    previous[next] = node
                    queue.append(next)
                }
            }
            guard previous[sink] >= 0 else { break }
            var amount = Int.max
            var node = sink
            while node != source {
                amount = min(amount, capacity[previous[node]][node] - flow[previous[node]][node])
                node = previous[node]
            }
            node = sink
            while node != source {
                flow[previous[node]][node] += amount
                flow[node][previous[node]] -= amount
                node = previous[node]
            }
        }
        return (0..<4).map { l in (0..<4).map { r in max(flow[1 + l][5 + r], 0) } }
    }
}
