// P10 + P12: self-loop dummies and coordinates (dagre `insertSelfEdges`, `position/index.ts`).
//
// Needs: an ordered `LayerGraph` (P9) in top-down axes (P0 swapped sizes for LR/RL).
// Guarantees: each self-loop has a dummy, sized like its label, right after its node (and after
// that node's earlier loops) in the node's layer, as close to it as the separation allows; every node has finite x and y; each layer is as
// tall as its tallest member, members are centred on the layer's y, and consecutive layers are
// `rankSeparation` apart (edge to edge); x comes from ``BrandesKoepf``.

/// Inserts self-loop dummies and assigns x and y.
enum Positioning {
    static func run(
        _ g: inout LayerGraph, selfLoops: [PreparedGraph.Edge], nodeSeparation: Double,
        rankSeparation: Double, edgeSeparation: Double
    ) {
        insertSelfLoops(&g, selfLoops)
        g.x = BrandesKoepf.positionX(g, nodeSeparation: nodeSeparation, edgeSeparation: edgeSeparation)
        pullInSelfLoops(&g, nodeSeparation: nodeSeparation, edgeSeparation: edgeSeparation)
        g.y = Array(repeating: 0, count: g.nodeCount)
        g.rankTop = []
        g.rankBottom = []
        var top = 0.0
        for layer in g.layers {
            let height = layer.map { g.height[$0] }.max() ?? 0
            for v in layer { g.y[v] = top + height / 2 }
            g.rankTop.append(top)
            g.rankBottom.append(top + height)
            top += height + rankSeparation
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
