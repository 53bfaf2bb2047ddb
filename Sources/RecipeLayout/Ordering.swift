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
// - the kept order has the least crossing count of the sweeps (first best wins: strict `<`), or
//   the initial order if that is strictly better, so the result is never worse than the start;
// - transposition then swaps two neighbours of one block only when that strictly lowers the
//   count, so the result has at most the count of dagre's order.
// As in dagre, for parity with mermaid: the initial order is a DFS along successors from the
// nodes sorted by rank (here also arranged into cluster blocks); sweep i sorts ranks bottom-up by
// successors when i is even, top-down by predecessors when odd, biased right when i % 4 >= 2; by
// weighted barycenter, ties and entries without neighbours on that side going by id (clusters
// before nodes, which is mermaid's input order), not by current position. Stops after 4 sweeps
// without improvement.

/// Crossing reduction by layer sweeps.
struct Ordering {
    /// A node (`cluster` -1) or a child cluster's block, with its barycenter sum and weight.
    private struct Entry {
        var node: Int
        var sum: Double
        var weight: Double
        var index: Int
        var cluster: Int
    }

    /// The crossing counts seen: of the initial order, after each sweep, and after the final
    /// transposition of the best order (the result).
    struct History {
        var initial: Double = 0
        var sweeps: [Double] = []
        /// The least of `initial` and `sweeps`, before transposition.
        var bestSweep: Double = 0
        var best: Double = 0
    }

    static let maxSweeps = 24

    private var g: LayerGraph
    private var counter = CrossingCounter()
    private var sum: [Double]
    private var weight: [Double]
    private var siblings: [[Int]]
    private var topClusters: [Int]
    private let clusterCount: Int
    /// Per rank, its nodes other than side borders, by id.
    private let rankById: [[Int]]
    // Buffers reused across ranks and sweeps.
    private var buckets: [[Int]]
    private var sortedEntries: [[Entry]]
    private var output: [Int] = []
    private var sortable: [(entry: Entry, i: Int)] = []
    private var unsortable: [(entry: Entry, i: Int)] = []

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
        clusterCount = graph.clusterParent.count
        // Ascending ids by construction: each layer holds exactly the nodes of its rank.
        var byId = Array(repeating: [Int](), count: graph.layers.count)
        for r in graph.layers.indices { byId[r].reserveCapacity(graph.layers[r].count) }
        for v in 0..<graph.nodeCount where !graph.kind[v].isSideBorder { byId[graph.rank[v]].append(v) }
        rankById = byId
        buckets = Array(repeating: [], count: graph.clusterParent.count + 1)
        sortedEntries = Array(repeating: [], count: graph.clusterParent.count + 1)
    }

    private mutating func minimise() -> History {
        initialOrder()
        var history = History()
        history.initial = counter.count(g)
        // Orders are kept as each node's position: one flat array per snapshot, and the layers
        // themselves stay unshared, so that sorting a rank never copies them.
        let initial = g.order
        var best = g.order
        var bestCount = Double.infinity
        var sinceBest = 0
        var sweep = 0
        // dagre's loop, for parity with mermaid: the initial order is not a candidate, the first
        // best sweep wins (strict <), four sweeps without improvement end it.
        while sinceBest < 4 && sweep < Self.maxSweeps && bestCount > 0 {
            sweepLayers(down: sweep % 2 == 1, biasRight: sweep % 4 >= 2)
            let count = counter.count(g)
            history.sweeps.append(count)
            if count < bestCount {
                bestCount = count
                best = g.order
                sinceBest = 0
            } else {
                sinceBest += 1
            }
            sweep += 1
        }
        // Never worse than the start (dagre does not check), then transposition, which only
        // ever lowers the count, so where dagre's order cannot be improved it is kept as is.
        if history.initial < bestCount {
            bestCount = history.initial
            best = initial
        }
        history.bestSweep = bestCount
        g.order = best
        // Every layer holds exactly the nodes of its rank, so `best` places them all.
        for v in 0..<g.nodeCount { g.layers[g.rank[v]][g.order[v]] = v }
        transpose()
        history.best = counter.count(g)
        return history
    }

    /// dagre's initial order: DFS along successors from the nodes sorted by rank, then each rank
    /// arranged into cluster blocks around its members' DFS positions.
    private mutating func initialOrder() {
        let n = g.nodeCount
        var visited = Array(repeating: false, count: n)
        // The nodes by rank, then id (a counting sort), and each rank's room.
        var rankStart = Array(repeating: 0, count: g.layers.count + 1)
        for v in 0..<n { rankStart[g.rank[v] + 1] += 1 }
        for r in g.layers.indices { rankStart[r + 1] += rankStart[r] }
        var layers = g.layers.indices.map { r -> [Int] in
            var layer: [Int] = []
            layer.reserveCapacity(rankStart[r + 1] - rankStart[r])
            return layer
        }
        var starts = Array(repeating: 0, count: n)
        var fill = rankStart
        for v in 0..<n {
            starts[fill[g.rank[v]]] = v
            fill[g.rank[v]] += 1
        }
        var stack: [(node: Int, next: Int)] = []
        stack.reserveCapacity(n)
        for start in starts where !visited[start] {
            visited[start] = true
            layers[g.rank[start]].append(start)
            stack.append((start, g.succStart[start]))
            while let top = stack.last {
                if top.next == g.succStart[top.node + 1] {
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let w = g.succNode[top.next]
                if !visited[w] {
                    visited[w] = true
                    layers[g.rank[w]].append(w)
                    stack.append((w, g.succStart[w]))
                }
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
                if down {
                    for i in g.preds(v) {
                        s += g.predWeight[i] * Double(g.order[g.predNode[i]])
                        w += g.predWeight[i]
                    }
                } else {
                    for i in g.succs(v) {
                        s += g.succWeight[i] * Double(g.order[g.succNode[i]])
                        w += g.succWeight[i]
                    }
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
        for i in buckets.indices { buckets[i].removeAll(keepingCapacity: true) }
        // In id order, which is the entries' tie order, so no sort is needed.
        for v in rankById[r] { buckets[activeParent(v, r) + 1].append(v) }
        _ = solve(cluster: -1, rank: r, biasRight: biasRight)
        output.removeAll(keepingCapacity: true)
        emit(cluster: -1, rank: r)
        g.layers[r].removeAll(keepingCapacity: true)
        g.layers[r].append(contentsOf: output)
        for (i, v) in output.enumerated() { g.order[v] = i }
    }

    /// Sorts the entries of cluster `p` on rank `r` (children first) into `sortedEntries[p + 1]`
    /// and returns the block's weighted barycenter sum and weight.
    private mutating func solve(cluster p: Int, rank r: Int, biasRight: Bool) -> (sum: Double, weight: Double) {
        var entries: [Entry] = []
        swap(&entries, &sortedEntries[p + 1])
        entries.removeAll(keepingCapacity: true)
        // Child clusters (in id order) come before nodes (in id order): mermaid's input order.
        for c in p < 0 ? topClusters : g.clusterChildren[p] where g.isActive(c, at: r) {
            let block = solve(cluster: c, rank: r, biasRight: biasRight)
            entries.append(Entry(node: -1, sum: block.sum, weight: block.weight, index: c, cluster: c))
        }
        for v in buckets[p + 1] {
            entries.append(Entry(node: v, sum: sum[v], weight: weight[v], index: clusterCount + v, cluster: -1))
        }
        sortEntries(&entries, biasRight: biasRight)
        keepSiblingOrder(&entries, parent: p)
        var total = (sum: 0.0, weight: 0.0)
        for entry in entries where entry.weight > 0 {
            total.sum += entry.sum
            total.weight += entry.weight
        }
        swap(&entries, &sortedEntries[p + 1])
        if p >= 0 {
            let left = g.borderLeft[p][r - g.minRank[p]], right = g.borderRight[p][r - g.minRank[p]]
            if weight[left] > 0 && weight[right] > 0 {
                total.sum += sum[left] / weight[left] + sum[right] / weight[right]
                total.weight += 2
            }
        }
        return total
    }

    /// Appends cluster `p`'s block on rank `r` to `output`: its left border, its sorted entries
    /// (child clusters expanded) and its right border.
    private mutating func emit(cluster p: Int, rank r: Int) {
        if p >= 0 { output.append(g.borderLeft[p][r - g.minRank[p]]) }
        for i in sortedEntries[p + 1].indices {
            let entry = sortedEntries[p + 1][i]
            if entry.cluster >= 0 { emit(cluster: entry.cluster, rank: r) } else { output.append(entry.node) }
        }
        if p >= 0 { output.append(g.borderRight[p][r - g.minRank[p]]) }
    }

    /// Barycenter sort; entries without neighbours keep their index among the entries.
    private mutating func sortEntries(_ entries: inout [Entry], biasRight: Bool) {
        guard entries.count > 1 else { return }
        sortable.removeAll(keepingCapacity: true)
        unsortable.removeAll(keepingCapacity: true)
        for (i, e) in entries.enumerated() {
            if e.weight > 0 { sortable.append((e, i)) } else { unsortable.append((e, i)) }
        }
        guard !sortable.isEmpty else { return }
        sortable.sort { a, b in
            let ba = a.entry.sum / a.entry.weight, bb = b.entry.sum / b.entry.weight
            if ba != bb { return ba < bb }
            return biasRight ? a.i > b.i : a.i < b.i
        }
        entries.removeAll(keepingCapacity: true)
        var u = 0
        for next in 0...sortable.count {
            while u < unsortable.count && unsortable[u].i <= entries.count {
                entries.append(unsortable[u].entry)
                u += 1
            }
            if next < sortable.count { entries.append(sortable[next].entry) }
        }
        while u < unsortable.count {
            entries.append(unsortable[u].entry)
            u += 1
        }
    }

    /// Makes the child clusters of `p` follow this sweep's sibling list, then adds new ones.
    private mutating func keepSiblingOrder(_ entries: inout [Entry], parent p: Int) {
        var clusterEntries = 0, only = -1
        for e in entries where e.cluster >= 0 {
            clusterEntries += 1
            only = e.cluster
        }
        guard clusterEntries > 0 else { return }
        if clusterEntries == 1 {
            // Nothing to reorder; a new sibling goes first, which no present sibling contradicts.
            if !siblings[p + 1].contains(only) { siblings[p + 1].insert(only, at: 0) }
            return
        }
        let slots = entries.indices.filter { entries[$0].cluster >= 0 }
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
        for i in g.preds(left) {
            let a = g.order[g.predNode[i]]
            for j in g.preds(right) where a > g.order[g.predNode[j]] { total += g.predWeight[i] * g.predWeight[j] }
        }
        for i in g.succs(left) {
            let a = g.order[g.succNode[i]]
            for j in g.succs(right) where a > g.order[g.succNode[j]] { total += g.succWeight[i] * g.succWeight[j] }
        }
        return total
    }
}
