// P10 + P12: self-loop dummies and coordinates (dagre `insertSelfEdges`, `position/index.ts`).
//
// Needs: an ordered `LayerGraph` (P9) in top-down axes (P0 swapped sizes for LR/RL).
// Guarantees: each self-loop has a dummy, sized like its label, right after its node (and after
// that node's earlier loops) in the node's layer, as close to it as the separation allows; every
// node has finite x and y; each layer is as tall as its tallest member, members are centred on
// the layer's y, and consecutive layers are at least `rankSeparation` apart (edge to edge); a
// cluster spans at least its `minimumSpan[c]` along the rank axis (its title's width in LR/RL,
// where the title runs across ranks), the extra space going in just inside its top and bottom
// border ranks; x comes from ``BrandesKoepf``.

/// Inserts self-loop dummies and assigns x and y.
enum Positioning {
    static func run(
        _ g: inout LayerGraph, selfLoops: [PreparedGraph.Edge], nodeSeparation: Double,
        rankSeparation: Double, edgeSeparation: Double, minimumSpan: [Double]
    ) {
        insertSelfLoops(&g, selfLoops)
        g.x = BrandesKoepf.positionX(g, nodeSeparation: nodeSeparation, edgeSeparation: edgeSeparation)
        pullInSelfLoops(&g, nodeSeparation: nodeSeparation, edgeSeparation: edgeSeparation)
        var extra = Array(repeating: 0.0, count: g.layers.count)
        assignY(&g, rankSeparation: rankSeparation, extra: extra)
        // Innermost clusters first, so that an outer one sees its children's final size.
        let clusters = g.clusterParent.indices.sorted { (depth(g, $0), $0) > (depth(g, $1), $1) }
        for c in clusters where c < minimumSpan.count {
            let span = g.rankBottom[g.maxRank[c]] - g.rankTop[g.minRank[c]]
            let deficit = minimumSpan[c] - span
            guard deficit > 0, g.maxRank[c] > g.minRank[c] else { continue }
            extra[g.minRank[c] + 1] += deficit / 2
            extra[g.maxRank[c]] += deficit / 2
            assignY(&g, rankSeparation: rankSeparation, extra: extra)
        }
    }

    private static func depth(_ g: LayerGraph, _ c: Int) -> Int {
        var d = 0
        var p = g.clusterParent[c]
        while p >= 0 {
            d += 1
            p = g.clusterParent[p]
        }
        return d
    }

    /// Layers top-down, `rankSeparation` plus `extra[r]` above layer r (r > 0).
    private static func assignY(_ g: inout LayerGraph, rankSeparation: Double, extra: [Double]) {
        g.y = Array(repeating: 0, count: g.nodeCount)
        g.rankTop = []
        g.rankBottom = []
        var top = 0.0
        for (r, layer) in g.layers.enumerated() {
            if r > 0 { top += rankSeparation + extra[r] }
            let height = layer.map { g.height[$0] }.max() ?? 0
            for v in layer { g.y[v] = top + height / 2 }
            g.rankTop.append(top)
            g.rankBottom.append(top + height)
            top += height
        }
    }

    /// A loop dummy has no edges, so compaction may leave it far from its node in a wide layer;
    /// move it left to the least allowed distance from its left neighbour (its node or that
    /// node's previous loop). Moving left toward a neighbour it already respects, and away from
    /// its right neighbour, cannot create an overlap.
    private static func pullInSelfLoops(
        _ g: inout LayerGraph, nodeSeparation: Double, edgeSeparation: Double
    ) {
        for d in g.selfLoopNode {
            let layer = g.layers[g.rank[d]], i = g.order[d]
            guard i > 0 else { continue }
            let left = layer[i - 1]
            let leftSep = g.kind[left].isDummy ? edgeSeparation : nodeSeparation
            let least = g.x[left] + (g.width[left] + g.width[d]) / 2 + (leftSep + edgeSeparation) / 2
            g.x[d] = min(g.x[d], least)
        }
    }

    private static func insertSelfLoops(_ g: inout LayerGraph, _ loops: [PreparedGraph.Edge]) {
        g.selfLoopNode = []
        guard !loops.isEmpty else { return }
        var after = Array(repeating: -1, count: g.nodeCount)
        for loop in loops {
            let v = loop.tail
            let d = g.addNode(
                .selfLoop, width: loop.labelWidth, height: loop.labelHeight, rank: g.rank[v], parent: g.parent[v])
            let anchor = after[v] >= 0 ? after[v] : v
            let r = g.rank[v]
            let at = (g.layers[r].firstIndex(of: anchor) ?? g.layers[r].count - 1) + 1
            g.layers[r].insert(d, at: at)
            after[v] = d
            g.selfLoopNode.append(d)
        }
        g.syncOrder()
        g.freeze()
    }
}
