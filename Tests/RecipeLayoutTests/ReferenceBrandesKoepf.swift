@testable import RecipeLayout

/// The straightforward Brandes–Köpf of the first implementation: each alignment on copied,
/// reversed layers and freshly allocated block-graph arrays. ``BrandesKoepf`` must give the
/// same x to the bit.
struct ReferenceBrandesKoepf {
    private let g: LayerGraph
    private let nodeSeparation: Double
    private let edgeSeparation: Double
    var conflicts = Set<Int>()

    /// x per node of `graph`.
    static func positionX(_ graph: LayerGraph, nodeSeparation: Double, edgeSeparation: Double) -> [Double] {
        var bk = ReferenceBrandesKoepf(g: graph, nodeSeparation: nodeSeparation, edgeSeparation: edgeSeparation)
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
                let against = isInner ? borders : inner + borders
                for t in against {
                    let o = segments[t]
                    if (s.north - o.north) * (s.south - o.south) < 0 {
                        conflicts.insert(key(s.u, s.v))
                        break
                    }
                }
            }
        }
    }

    private func combine() -> [Double] {
        var candidates: [[Double]] = []
        for up in [true, false] {
            let vertical = up ? g.layers : Array(g.layers.reversed())
            for left in [true, false] {
                let layering = left ? vertical : vertical.map { Array($0.reversed()) }
                let (root, _) = verticalAlignment(layering, up: up)
                var xs = horizontalCompaction(layering, root: root, reverseSep: !left)
                if !left { xs = xs.map { -$0 } }
                candidates.append(xs)
            }
        }
        let n = g.nodeCount
        guard n > 0 else { return [] }
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
            if delta != 0 { candidates[i] = candidates[i].map { $0 + delta } }
        }
        return (0..<n).map { v in
            BrandesKoepf.medianOfFour(candidates[0][v], candidates[1][v], candidates[2][v], candidates[3][v])
        }
    }

    func verticalAlignment(_ layering: [[Int]], up: Bool) -> (root: [Int], align: [Int]) {
        let n = g.nodeCount
        var root = Array(0..<n), align = Array(0..<n), pos = Array(repeating: 0, count: n)
        var ws: [Int] = []
        ws.reserveCapacity(8)
        for layer in layering { for (i, v) in layer.enumerated() { pos[v] = i } }
        for layer in layering {
            var previous = -1
            for v in layer {
                ws.removeAll(keepingCapacity: true)
                if up {
                    for i in g.preds(v) { ws.append(g.predNode[i]) }
                } else {
                    for i in g.succs(v) { ws.append(g.succNode[i]) }
                }
                guard !ws.isEmpty else { continue }
                if ws.count > 1 { ws.sort { (pos[$0], $0) < (pos[$1], $1) } }
                let mp = Double(ws.count - 1) / 2
                for i in Int(mp.rounded(.down))...Int(mp.rounded(.up)) {
                    let w = ws[i]
                    if align[v] == v && previous < pos[w] && (conflicts.isEmpty || !conflicts.contains(key(v, w))) {
                        align[w] = v
                        root[v] = root[w]
                        align[v] = root[v]
                        previous = pos[w]
                    }
                }
            }
        }
        return (root, align)
    }

    private func separation(_ v: Int, _ u: Int) -> Double {
        g.width[v] / 2 + (g.kind[v].isDummy ? edgeSeparation : nodeSeparation) / 2
            + (g.kind[u].isDummy ? edgeSeparation : nodeSeparation) / 2 + g.width[u] / 2
    }

    private func horizontalCompaction(_ layering: [[Int]], root: [Int], reverseSep: Bool) -> [Double] {
        let n = g.nodeCount
        // The block graph: an edge from the block left of each node to the node's block,
        // weighted by their separation; kept as compressed rows.
        var from: [Int] = [], to: [Int] = [], gap: [Double] = []
        from.reserveCapacity(n)
        to.reserveCapacity(n)
        gap.reserveCapacity(n)
        var inDegree = Array(repeating: 0, count: n)
        var seen = Array(repeating: false, count: n)
        var roots: [Int] = []
        roots.reserveCapacity(n)
        for layer in layering {
            var u = -1
            for v in layer {
                let rv = root[v]
                if !seen[rv] {
                    seen[rv] = true
                    roots.append(rv)
                }
                if u >= 0 {
                    from.append(root[u])
                    to.append(rv)
                    gap.append(separation(v, u))
                    inDegree[rv] += 1
                }
                u = v
            }
        }
        var start = Array(repeating: 0, count: n + 1)
        for r in from { start[r + 1] += 1 }
        for v in 0..<n { start[v + 1] += start[v] }
        var fill = start
        var target = Array(repeating: 0, count: from.count), separation = Array(repeating: 0.0, count: from.count)
        for e in from.indices {
            target[fill[from[e]]] = to[e]
            separation[fill[from[e]]] = gap[e]
            fill[from[e]] += 1
        }
        // Topological order of the block graph (Kahn, FIFO in first-seen order).
        var topo: [Int] = []
        topo.reserveCapacity(roots.count)
        for r in roots where inDegree[r] == 0 { topo.append(r) }
        var head = 0
        while head < topo.count {
            let r = topo[head]
            head += 1
            for i in start[r]..<start[r + 1] {
                inDegree[target[i]] -= 1
                if inDegree[target[i]] == 0 { topo.append(target[i]) }
            }
        }
        var xs = Array(repeating: 0.0, count: n)
        for r in topo { for i in start[r]..<start[r + 1] { xs[target[i]] = max(xs[target[i]], xs[r] + separation[i]) } }
        let skip: LayerGraph.Kind = reverseSep ? .borderLeft : .borderRight
        for r in topo.reversed() where g.kind[r] != skip {
            var least = Double.infinity
            for i in start[r]..<start[r + 1] { least = min(least, xs[target[i]] - separation[i]) }
            if least.isFinite { xs[r] = max(xs[r], least) }
        }
        return (0..<n).map { xs[root[$0]] }
    }
}
