// P12 (x): horizontal coordinates by Brandes and Köpf, "Fast and Simple Horizontal Coordinate
// Assignment" (GD 2001), with dagre's compaction (`position/bk.ts`), which avoids the error in
// the paper's compaction step (Brandes, Walter, Zink, arXiv:2008.01252). Conflicts are found
// pair by pair rather than by dagre's scan (see `findConflicts`).
//
// Needs: an ordered proper `LayerGraph` (`order` matches `layers`), top-down axes (P11).
// Guarantees: finite x for every node, and in every layer, for neighbours u left of v,
// x[v] - x[u] >= (w[u] + w[v]) / 2 + s(u)/2 + s(v)/2 with s = edge separation for dummies and
// borders, node separation for real nodes (so nothing in a rank overlaps). Four alignments
// (up/down x left/right) each put a node on its median neighbour when no type-1 conflict (a
// non-inner segment crossing an inner one) or type-2 conflict (inner segments across a border
// chain) forbids it; compaction packs blocks by a longest path over the block graph; the result
// is the narrowest alignment's frame and, per node, the mean of its two median candidates.
// Left-median first and fixed iteration orders make it deterministic.

/// Brandes–Köpf x coordinates.
struct BrandesKoepf {
    private let g: LayerGraph
    private let nodeSeparation: Double
    private let edgeSeparation: Double
    var conflicts = Set<Int>()
    // Buffers shared by the four alignments, so that each allocates nothing.
    private var root: [Int] = []
    private var align: [Int] = []
    private var pos: [Int] = []
    private var ws: [Int] = []
    private var blockStart: [Int] = []
    private var fill: [Int] = []
    private var target: [Int] = []
    private var gap: [Double] = []
    private var inDegree: [Int] = []
    private var seen: [Bool] = []
    private var roots: [Int] = []
    private var topo: [Int] = []
    private var blockX: [Double] = []

    /// x per node of `graph`.
    static func positionX(_ graph: LayerGraph, nodeSeparation: Double, edgeSeparation: Double) -> [Double] {
        var bk = BrandesKoepf(g: graph, nodeSeparation: nodeSeparation, edgeSeparation: edgeSeparation)
        bk.findConflicts()
        return bk.combine()
    }

    init(g: LayerGraph, nodeSeparation: Double, edgeSeparation: Double) {
        self.g = g
        self.nodeSeparation = nodeSeparation
        self.edgeSeparation = edgeSeparation
    }

    private func key(_ a: Int, _ b: Int) -> Int { min(a, b) * g.nodeCount + max(a, b) }

    /// Marks type-1 conflicts (a non-inner segment crossing an inner one: both ends dummies or
    /// borders) and type-2 conflicts (an inner segment crossing a cluster's side border chain).
    /// Checked pair by pair between each two layers: dagre's linear scan assumes that inner
    /// segments never cross one another, which the ordering does not guarantee (a dummy chain can
    /// pass a cluster on one rank's left and the next rank's right), and a missed conflict lets
    /// an alignment cut through a border chain, so that the cluster box would not be straight.
    mutating func findConflicts() {
        var segments: [(u: Int, v: Int, north: Int, south: Int)] = []
        var inner: [Int] = [], borders: [Int] = []
        for r in g.layers.indices.dropFirst() {
            segments.removeAll(keepingCapacity: true)
            inner.removeAll(keepingCapacity: true)
            borders.removeAll(keepingCapacity: true)
            for v in g.layers[r] {
                for i in g.preds(v) {
                    let u = g.predNode[i]
                    if g.kind[u].isDummy && g.kind[v].isDummy {
                        if g.kind[v].isSideBorder { borders.append(segments.count) } else { inner.append(segments.count) }
                    }
                    segments.append((u, v, g.order[u], g.order[v]))
                }
            }
            guard !inner.isEmpty || !borders.isEmpty else { continue }
            for s in segments {
                let isInner = g.kind[s.u].isDummy && g.kind[s.v].isDummy
                if g.kind[s.v].isSideBorder && isInner { continue }
                // An inner segment is checked against the borders; any other against the inner
                // segments, then the borders.
                var crosses = false
                if !isInner {
                    for t in inner where (s.north - segments[t].north) * (s.south - segments[t].south) < 0 {
                        crosses = true
                        break
                    }
                }
                if !crosses {
                    for t in borders where (s.north - segments[t].north) * (s.south - segments[t].south) < 0 {
                        crosses = true
                        break
                    }
                }
                if crosses { conflicts.insert(key(s.u, s.v)) }
            }
        }
    }

    /// The four alignments' x, shifted onto the narrowest one's frame, and their per-node
    /// median. Alignment `up == false` walks the layers bottom-up, `left == false` each layer
    /// right to left (and its x are mirrored).
    private mutating func combine() -> [Double] {
        let n = g.nodeCount
        guard n > 0 else { return [] }
        var candidates: [[Double]] = []
        candidates.reserveCapacity(4)
        for up in [true, false] {
            for left in [true, false] {
                verticalAlignment(up: up, left: left)
                candidates.append(horizontalCompaction(up: up, left: left))
            }
        }
        var widths: [Double] = []
        var mins: [Double] = [], maxs: [Double] = []
        for xs in candidates {
            var lo = Double.infinity, hi = -Double.infinity
            var loX = Double.infinity, hiX = -Double.infinity
            for v in 0..<n {
                lo = min(lo, xs[v] - g.width[v] / 2)
                hi = max(hi, xs[v] + g.width[v] / 2)
                loX = min(loX, xs[v])
                hiX = max(hiX, xs[v])
            }
            widths.append(hi - lo)
            mins.append(loX)
            maxs.append(hiX)
        }
        let narrowest = widths.indices.min { (widths[$0], $0) < (widths[$1], $1) } ?? 0
        for i in candidates.indices where i != narrowest {
            let delta = i % 2 == 0 ? mins[narrowest] - mins[i] : maxs[narrowest] - maxs[i]
            if delta != 0 { for v in 0..<n { candidates[i][v] += delta } }
        }
        let (a, b, c, d) = (candidates[0], candidates[1], candidates[2], candidates[3])
        return (0..<n).map { v in Self.medianOfFour(a[v], b[v], c[v], d[v]) }
    }

    /// The mean of the two middle values of four (the x of a node over the four alignments),
    /// without sorting an array.
    static func medianOfFour(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> Double {
        let (low1, high1) = a <= b ? (a, b) : (b, a)
        let (low2, high2) = c <= d ? (c, d) : (d, c)
        // The two middle values are the larger of the lows and the smaller of the highs.
        return (max(low1, low2) + min(high1, high2)) / 2
    }


    /// Fills `root` (and `align`): each node on its median neighbour in the layer before it in
    /// the walk, unless a conflict or an earlier alignment in its layer forbids it.
    mutating func verticalAlignment(up: Bool, left: Bool) {
        let n = g.nodeCount
        root.removeAll(keepingCapacity: true)
        root.append(contentsOf: 0..<n)
        align.removeAll(keepingCapacity: true)
        align.append(contentsOf: 0..<n)
        // Each node's index in its layer as this walk sees it.
        pos.removeAll(keepingCapacity: true)
        pos.append(contentsOf: repeatElement(0, count: n))
        for layer in g.layers {
            for (i, v) in layer.enumerated() { pos[v] = left ? i : layer.count - 1 - i }
        }
        let layerCount = g.layers.count
        for step in 0..<layerCount {
            let layer = g.layers[up ? step : layerCount - 1 - step]
            var previous = -1
            for k in layer.indices {
                let v = layer[left ? k : layer.count - 1 - k]
                ws.removeAll(keepingCapacity: true)
                if up {
                    for i in g.preds(v) { ws.append(g.predNode[i]) }
                } else {
                    for i in g.succs(v) { ws.append(g.succNode[i]) }
                }
                guard !ws.isEmpty else { continue }
                if ws.count == 2 {
                    if (pos[ws[1]], ws[1]) < (pos[ws[0]], ws[0]) { ws.swapAt(0, 1) }
                } else if ws.count > 2 {
                    let pos = self.pos
                    ws.sort { (pos[$0], $0) < (pos[$1], $1) }
                }
                // The median, or the two medians of an even count, left first.
                for i in (ws.count - 1) / 2...ws.count / 2 {
                    let w = ws[i]
                    let pw = pos[w]
                    if align[v] == v && previous < pw && (conflicts.isEmpty || !conflicts.contains(key(v, w))) {
                        align[w] = v
                        root[v] = root[w]
                        align[v] = root[v]
                        previous = pw
                    }
                }
            }
        }
    }

    private func separation(_ v: Int, _ u: Int) -> Double {
        g.width[v] / 2 + (g.kind[v].isDummy ? edgeSeparation : nodeSeparation) / 2
            + (g.kind[u].isDummy ? edgeSeparation : nodeSeparation) / 2 + g.width[u] / 2
    }

    /// x per node for the current `root`: blocks packed by a longest path over the block graph
    /// (an edge from the block left of each node to the node's block, weighted by their
    /// separation, kept as compressed rows), then pulled right toward their right neighbours.
    private mutating func horizontalCompaction(up: Bool, left: Bool) -> [Double] {
        let n = g.nodeCount
        let layerCount = g.layers.count
        blockStart.removeAll(keepingCapacity: true)
        blockStart.append(contentsOf: repeatElement(0, count: n + 1))
        inDegree.removeAll(keepingCapacity: true)
        inDegree.append(contentsOf: repeatElement(0, count: n))
        seen.removeAll(keepingCapacity: true)
        seen.append(contentsOf: repeatElement(false, count: n))
        roots.removeAll(keepingCapacity: true)
        // Count the edges per block first, then fill the rows in the walk's order.
        var edgeCount = 0
        for step in 0..<layerCount {
            let layer = g.layers[up ? step : layerCount - 1 - step]
            for k in layer.indices.dropFirst() {
                let u = layer[left ? k - 1 : layer.count - k]
                blockStart[root[u] + 1] += 1
                edgeCount += 1
            }
        }
        for v in 0..<n { blockStart[v + 1] += blockStart[v] }
        fill.removeAll(keepingCapacity: true)
        fill.append(contentsOf: blockStart)
        target.removeAll(keepingCapacity: true)
        target.append(contentsOf: repeatElement(0, count: edgeCount))
        gap.removeAll(keepingCapacity: true)
        gap.append(contentsOf: repeatElement(0.0, count: edgeCount))
        for step in 0..<layerCount {
            let layer = g.layers[up ? step : layerCount - 1 - step]
            var u = -1
            for k in layer.indices {
                let v = layer[left ? k : layer.count - 1 - k]
                let rv = root[v]
                if !seen[rv] {
                    seen[rv] = true
                    roots.append(rv)
                }
                if u >= 0 {
                    let ru = root[u]
                    target[fill[ru]] = rv
                    gap[fill[ru]] = separation(v, u)
                    fill[ru] += 1
                    inDegree[rv] += 1
                }
                u = v
            }
        }
        // Topological order of the block graph (Kahn, FIFO in first-seen order).
        topo.removeAll(keepingCapacity: true)
        for r in roots where inDegree[r] == 0 { topo.append(r) }
        var head = 0
        while head < topo.count {
            let r = topo[head]
            head += 1
            for i in blockStart[r]..<blockStart[r + 1] {
                inDegree[target[i]] -= 1
                if inDegree[target[i]] == 0 { topo.append(target[i]) }
            }
        }
        blockX.removeAll(keepingCapacity: true)
        blockX.append(contentsOf: repeatElement(0.0, count: n))
        for r in topo {
            for i in blockStart[r]..<blockStart[r + 1] { blockX[target[i]] = max(blockX[target[i]], blockX[r] + gap[i]) }
        }
        let skip: LayerGraph.Kind = left ? .borderRight : .borderLeft
        for r in topo.reversed() where g.kind[r] != skip {
            var least = Double.infinity
            for i in blockStart[r]..<blockStart[r + 1] { least = min(least, blockX[target[i]] - gap[i]) }
            if least.isFinite { blockX[r] = max(blockX[r], least) }
        }
        return left ? (0..<n).map { blockX[root[$0]] } : (0..<n).map { -blockX[root[$0]] }
    }
}
