// P9: order each rank to reduce crossings (dagre `order/*.ts`; barycenters after Sugiyama,
// Tagawa, Toda 1981; transposition after Gansner et al. 1993; cluster blocks after Sander 1996
// and Forster, GD 2004).
//
// Needs: a proper `LayerGraph` (P7/P8): every node's parent cluster spans its rank and every
// cluster has side border nodes on each rank it spans.
// Guarantees:
// - every layer is a permutation of its rank's nodes and `order` matches `layers`;
// - clusters are contiguous: on each rank a cluster's nodes (and nested clusters) sit between its
//   left and right border nodes, and two sibling clusters keep one left-to-right order on every
//   rank they share (a per-sweep sibling list, extended as ranks are sorted, never reordered);
// - the kept order has the least crossing count of the initial order and every sweep (first
//   best wins: strict `<`), so the result is never worse than the initial order;
// - transposition only swaps two neighbours when that strictly lowers the count.
// A sweep sorts ranks top-down by predecessors (odd sweeps) or bottom-up by successors (even),
// by weighted barycenter; ties go to the current position (reversed when biased right); nodes
// without neighbours on that side keep their place. Stops after 4 sweeps without improvement.

/// Crossing reduction by layer sweeps.
struct Ordering {
    private struct Entry {
        var nodes: [Int]
        var sum: Double
        var weight: Double
        var index: Int
        var cluster: Int
    }

    /// Count before (index 0) and after each sweep, plus the count right before each
    /// transposition: `(afterSort, afterTranspose)` per sweep.
    struct History {
        var initial: Double = 0
        var sweeps: [(afterSort: Double, afterTranspose: Double)] = []
        var best: Double = 0
    }

    static let maxSweeps = 24

    private var g: LayerGraph
    private var counter = CrossingCounter()
    private var sum: [Double]
    private var weight: [Double]
    private var siblings: [[Int]]
    private var topClusters: [Int]

    /// Orders `graph` in place and reports the crossing counts seen.
    @discardableResult
    static func run(_ graph: inout LayerGraph) -> History {
        var ordering = Ordering(graph)
        graph = LayerGraph()  // release the copy's storage while ordering works on its own
        let history = ordering.minimise()
        graph = ordering.g
        return history
    }

    private init(_ graph: LayerGraph) {
        g = graph
        sum = Array(repeating: 0, count: graph.nodeCount)
        weight = Array(repeating: 0, count: graph.nodeCount)
        siblings = Array(repeating: [], count: graph.clusterParent.count + 1)
        topClusters = graph.clusterParent.indices.filter { graph.clusterParent[$0] < 0 }
    }

    private mutating func minimise() -> History {
        initialOrder()
        var history = History()
        var bestCount = counter.count(g)
        history.initial = bestCount
        var best = g.layers
        var sinceBest = 0
        var sweep = 0
        while sinceBest < 4 && sweep < Self.maxSweeps && bestCount > 0 {
            sweepLayers(down: sweep % 2 == 1, biasRight: sweep % 4 >= 2)
            let afterSort = counter.count(g)
            transpose()
            let count = counter.count(g)
            history.sweeps.append((afterSort, count))
            if count < bestCount {
                bestCount = count
                best = g.layers
                sinceBest = 0
            } else {
                sinceBest += 1
            }
            sweep += 1
        }
        g.layers = best
        g.syncOrder()
        history.best = bestCount
        return history
    }

    /// dagre's initial order: DFS along successors from the nodes sorted by rank, then each rank
    /// arranged into cluster blocks around its members' DFS positions.
    private mutating func initialOrder() {
        let n = g.nodeCount
        var visited = Array(repeating: false, count: n)
        var layers = Array(repeating: [Int](), count: g.layers.count)
        let starts = (0..<n).sorted { (g.rank[$0], $0) < (g.rank[$1], $1) }
        var stack: [Int] = []
        for start in starts where !visited[start] {
            stack.append(start)
            while let v = stack.popLast() {
                if visited[v] { continue }
                visited[v] = true
                layers[g.rank[v]].append(v)
                for w in g.succ[v].reversed() where !visited[w] { stack.append(w) }
            }
        }
        g.layers = layers
        g.syncOrder()
        resetSiblings()
        for r in g.layers.indices {
            for v in g.layers[r] {
                sum[v] = Double(g.order[v])
                weight[v] = 1
            }
            arrange(rank: r, biasRight: false)
        }
    }

    private mutating func resetSiblings() {
        for i in siblings.indices { siblings[i].removeAll(keepingCapacity: true) }
    }

    private mutating func sweepLayers(down: Bool, biasRight: Bool) {
        resetSiblings()
        let ranks: [Int] = down ? Array(g.layers.indices.dropFirst()) : Array(g.layers.indices.dropLast().reversed())
        for r in ranks {
            for v in g.layers[r] {
                var s = 0.0, w = 0.0
                let neighbours = down ? g.pred[v] : g.succ[v]
                let weights = down ? g.predWeight[v] : g.succWeight[v]
                for (i, u) in neighbours.enumerated() {
                    s += weights[i] * Double(g.order[u])
                    w += weights[i]
                }
                sum[v] = s
                weight[v] = w
            }
            arrange(rank: r, biasRight: biasRight)
        }
    }

    /// The nearest cluster of `v` (itself included) that spans rank `r`; -1 for the root.
    private func activeParent(_ v: Int, _ r: Int) -> Int {
        var p = g.parent[v]
        while p >= 0 && !g.isActive(p, at: r) { p = g.clusterParent[p] }
        return p
    }

    private mutating func arrange(rank r: Int, biasRight: Bool) {
        var buckets = Array(repeating: [Int](), count: g.clusterParent.count + 1)
        for v in g.layers[r] where !g.kind[v].isSideBorder { buckets[activeParent(v, r) + 1].append(v) }
        let root = solve(cluster: -1, rank: r, buckets: buckets, biasRight: biasRight)
        g.layers[r] = root.nodes
        for (i, v) in root.nodes.enumerated() { g.order[v] = i }
    }

    private mutating func solve(cluster p: Int, rank r: Int, buckets: [[Int]], biasRight: Bool) -> Entry {
        var entries: [Entry] = buckets[p + 1].map {
            Entry(nodes: [$0], sum: sum[$0], weight: weight[$0], index: g.order[$0], cluster: -1)
        }
        for c in p < 0 ? topClusters : g.clusterChildren[p] where g.isActive(c, at: r) {
            var sub = solve(cluster: c, rank: r, buckets: buckets, biasRight: biasRight)
            sub.index = g.order[g.borderLeft[c][r - g.minRank[c]]]
            entries.append(sub)
        }
        entries.sort { $0.index < $1.index }
        var sorted = Self.sort(entries, biasRight: biasRight)
        keepSiblingOrder(&sorted, parent: p)
        var result = Entry(nodes: [], sum: 0, weight: 0, index: 0, cluster: p)
        for entry in sorted {
            result.nodes.append(contentsOf: entry.nodes)
            if entry.weight > 0 {
                result.sum += entry.sum
                result.weight += entry.weight
            }
        }
        if p >= 0 {
            let left = g.borderLeft[p][r - g.minRank[p]], right = g.borderRight[p][r - g.minRank[p]]
            result.nodes.insert(left, at: 0)
            result.nodes.append(right)
            if weight[left] > 0 && weight[right] > 0 {
                result.sum += sum[left] / weight[left] + sum[right] / weight[right]
                result.weight += 2
            }
        }
        return result
    }

    /// Barycenter sort; entries without neighbours keep their index among the entries.
    private static func sort(_ entries: [Entry], biasRight: Bool) -> [Entry] {
        var sortable: [(entry: Entry, i: Int)] = []
        var unsortable: [(entry: Entry, i: Int)] = []
        for (i, e) in entries.enumerated() {
            if e.weight > 0 { sortable.append((e, i)) } else { unsortable.append((e, i)) }
        }
        sortable.sort { a, b in
            let ba = a.entry.sum / a.entry.weight, bb = b.entry.sum / b.entry.weight
            if ba != bb { return ba < bb }
            return biasRight ? a.i > b.i : a.i < b.i
        }
        var result: [Entry] = []
        result.reserveCapacity(entries.count)
        var next = 0
        var u = 0
        func consume() {
            while u < unsortable.count && unsortable[u].i <= result.count {
                result.append(unsortable[u].entry)
                u += 1
            }
        }
        consume()
        while next < sortable.count {
            result.append(sortable[next].entry)
            next += 1
            consume()
        }
        while u < unsortable.count {
            result.append(unsortable[u].entry)
            u += 1
        }
        return result
    }

    /// Makes the child clusters of `p` follow this sweep's sibling list, then adds new ones.
    private mutating func keepSiblingOrder(_ entries: inout [Entry], parent p: Int) {
        let slots = entries.indices.filter { entries[$0].cluster >= 0 }
        guard !slots.isEmpty else { return }
        var list = siblings[p + 1]
        let known = slots.filter { list.contains(entries[$0].cluster) }
        let knownEntries = known.map { entries[$0] }.sorted {
            (list.firstIndex(of: $0.cluster) ?? 0) < (list.firstIndex(of: $1.cluster) ?? 0)
        }
        for (slot, entry) in zip(known, knownEntries) { entries[slot] = entry }
        var previous = -1
        for slot in slots {
            let c = entries[slot].cluster
            if let at = list.firstIndex(of: c) {
                previous = at
            } else {
                list.insert(c, at: previous + 1)
                previous += 1
            }
        }
        siblings[p + 1] = list
    }

    /// Swaps neighbours of one block while that strictly lowers the crossings.
    private mutating func transpose() {
        for _ in 0..<4 {
            var improved = false
            for r in g.layers.indices where g.layers[r].count > 1 {
                for i in 0..<(g.layers[r].count - 1) {
                    let u = g.layers[r][i], v = g.layers[r][i + 1]
                    guard !g.kind[u].isSideBorder, !g.kind[v].isSideBorder,
                        activeParent(u, r) == activeParent(v, r)
                    else { continue }
                    if pairCrossings(v, u) < pairCrossings(u, v) {
                        g.layers[r].swapAt(i, i + 1)
                        g.order[u] = i + 1
                        g.order[v] = i
                        improved = true
                    }
                }
            }
            if !improved { break }
        }
    }

    /// Crossings among the edges of `left` and `right` if `left` stood left of `right`.
    private func pairCrossings(_ left: Int, _ right: Int) -> Double {
        var total = 0.0
        for (i, a) in g.pred[left].enumerated() {
            for (j, b) in g.pred[right].enumerated() where g.order[a] > g.order[b] {
                total += g.predWeight[left][i] * g.predWeight[right][j]
            }
        }
        for (i, a) in g.succ[left].enumerated() {
            for (j, b) in g.succ[right].enumerated() where g.order[a] > g.order[b] {
                total += g.succWeight[left][i] * g.succWeight[right][j]
            }
        }
        return total
    }
}
