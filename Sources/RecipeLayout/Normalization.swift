// P7 + P8: the proper layered graph (dagre `normalize.ts`, `parent-dummy-chains.ts`,
// `add-border-segments.ts`).
//
// Needs: the prepared graph, its acyclic orientation (P3) and cleaned-up ranks (P6).
// Guarantees: every edge of `LayerGraph` joins rank r to r + 1. An edge spanning k ranks becomes a
// chain of k - 1 dummies (0 x 0, except the label-sized one on its label rank); `chains[e]` lists
// them top to bottom, so `undo` (the routing phase) turns their centres into the edge's points.
// A dummy's parent is the cluster on the path tail -> lowest common ancestor -> head that spans
// its rank. Each cluster has a top and a bottom border node on its min and max rank and a left
// and a right border node on every rank it spans, each side chained by weight-1 edges. The title
// space goes on the border node that ends up at the visual top: the top border (TB), the bottom
// border (BT) or the left side borders (LR, RL: the axes are swapped afterwards).

/// Builds the ``LayerGraph``.
enum Normalization {
    static func run(
        _ graph: PreparedGraph, oriented: [Acyclic.Oriented], ranks: RankCleanup,
        direction: LayoutGraph.Direction
    ) -> LayerGraph {
        var g = LayerGraph()
        let size = expectedSize(graph, oriented: oriented, ranks: ranks)
        g.reserve(nodes: size.nodes, edges: size.edges)
        for v in 0..<graph.nodeCount {
            g.addNode(
                .real, width: graph.widths[v], height: graph.heights[v], rank: ranks.nodeRank[v],
                parent: graph.nodeCluster[v])
        }
        g.clusterParent = graph.clusterParent
        g.clusterChildren = graph.clusterChildren
        g.minRank = ranks.clusterMinRank
        g.maxRank = ranks.clusterMaxRank
        // Ids in dagre's order (ties in ordering go by id): top and bottom borders, dummies,
        // side borders.
        addTopAndBottom(&g, graph, direction: direction)
        g.labelNode = Array(repeating: -1, count: graph.edges.count)
        for e in graph.edges.indices {
            addChain(&g, edge: e, graph: graph, ends: oriented[e], labelRank: ranks.labelRank[e])
        }
        addSides(&g, graph, direction: direction)
        g.layers = Array(repeating: [], count: ranks.rankCount)
        for v in 0..<g.nodeCount { g.layers[g.rank[v]].append(v) }
        g.syncOrder()
        g.freeze()
        return g
    }

    /// The number of nodes and segments `run` creates: real nodes, top and bottom borders, one
    /// dummy per rank an edge skips, two side borders per rank a cluster spans, and the segments
    /// joining them. Only a capacity hint.
    private static func expectedSize(
        _ graph: PreparedGraph, oriented: [Acyclic.Oriented], ranks: RankCleanup
    ) -> (nodes: Int, edges: Int) {
        var nodes = graph.nodeCount + 2 * graph.clusterParent.count, edges = 0
        for ends in oriented {
            let span = max(ranks.nodeRank[ends.head] - ranks.nodeRank[ends.tail], 1)
            nodes += span - 1
            edges += span
        }
        for c in graph.clusterParent.indices {
            let span = max(ranks.clusterMaxRank[c] - ranks.clusterMinRank[c] + 1, 1)
            nodes += 2 * span
            edges += 2 * (span - 1)
        }
        return (nodes, edges)
    }

    private static func addTopAndBottom(_ g: inout LayerGraph, _ graph: PreparedGraph, direction: LayoutGraph.Direction) {
        for c in graph.clusterParent.indices {
            let tw = graph.titleWidths[c], th = graph.titleHeights[c]
            let topTitle = direction == .topToBottom, bottomTitle = direction == .bottomToTop
            g.borderTop.append(
                g.addNode(.borderTop, width: topTitle ? tw : 0, height: topTitle ? th : 0, rank: g.minRank[c], parent: c))
            g.borderBottom.append(
                g.addNode(
                    .borderBottom, width: bottomTitle ? tw : 0, height: bottomTitle ? th : 0, rank: g.maxRank[c],
                    parent: c))
        }
    }

    private static func addSides(_ g: inout LayerGraph, _ graph: PreparedGraph, direction: LayoutGraph.Direction) {
        let sideTitle = direction == .leftToRight || direction == .rightToLeft
        for c in graph.clusterParent.indices {
            let tw = graph.titleWidths[c]
            var left: [Int] = [], right: [Int] = []
            for r in g.minRank[c]...g.maxRank[c] {
                let l = g.addNode(.borderLeft, width: sideTitle ? tw : 0, rank: r, parent: c)
                let rr = g.addNode(.borderRight, rank: r, parent: c)
                if let pl = left.last, let pr = right.last {
                    g.addEdge(pl, l, weight: 1)
                    g.addEdge(pr, rr, weight: 1)
                }
                left.append(l)
                right.append(rr)
            }
            g.borderLeft.append(left)
            g.borderRight.append(right)
        }
    }

    private static func addChain(
        _ g: inout LayerGraph, edge e: Int, graph: PreparedGraph, ends: Acyclic.Oriented, labelRank: Int
    ) {
        let edge = graph.edges[e]
        let path = clusterPath(graph, from: graph.nodeCluster[ends.tail], to: graph.nodeCluster[ends.head])
        var pathIndex = 0
        var ascending = true
        var previous = ends.tail
        var chain: [Int] = []
        let headRank = g.rank[ends.head]
        var r = g.rank[ends.tail] + 1
        while r < headRank {
            if ascending {
                while path.nodes[pathIndex] != path.lca && maxRank(g, path.nodes[pathIndex]) < r { pathIndex += 1 }
                if path.nodes[pathIndex] == path.lca { ascending = false }
            }
            if !ascending {
                while pathIndex < path.nodes.count - 1 && minRank(g, path.nodes[pathIndex + 1]) <= r { pathIndex += 1 }
            }
            let isLabel = r == labelRank
            let d = g.addNode(
                isLabel ? .labelDummy : .edgeDummy, width: isLabel ? edge.labelWidth : 0,
                height: isLabel ? edge.labelHeight : 0, rank: r, parent: path.nodes[pathIndex])
            if isLabel { g.labelNode[e] = d }
            g.addEdge(previous, d, weight: edge.weight)
            chain.append(d)
            previous = d
            r += 1
        }
        g.addEdge(previous, ends.head, weight: edge.weight)
        g.chains.append(chain)
    }

    private static func minRank(_ g: LayerGraph, _ c: Int) -> Int { c < 0 ? Int.min : g.minRank[c] }
    private static func maxRank(_ g: LayerGraph, _ c: Int) -> Int { c < 0 ? Int.max : g.maxRank[c] }

    /// Clusters from `a` up to the lowest common ancestor (inclusive), then down to `b`; -1 is the
    /// root (no cluster).
    static func clusterPath(_ graph: PreparedGraph, from a: Int, to b: Int) -> (nodes: [Int], lca: Int) {
        // Most edges stay in one cluster.
        if a == b { return ([a], a) }
        var upA: [Int] = [], upB: [Int] = []
        var p = a
        while p >= 0 {
            upA.append(p)
            p = graph.clusterParent[p]
        }
        upA.append(-1)
        p = b
        while p >= 0 {
            upB.append(p)
            p = graph.clusterParent[p]
        }
        upB.append(-1)
        // Strip the common suffix, keeping the lowest common element.
        var i = upA.count - 1, j = upB.count - 1
        while i > 0 && j > 0 && upA[i - 1] == upB[j - 1] {
            i -= 1
            j -= 1
        }
        let lca = upA[i]
        return (Array(upA[...i]) + upB[..<j].reversed(), lca)
    }
}
