// P6: from network simplex ranks to the ranks the layering uses (dagre `removeEmptyRanks`,
// `nestingGraph.cleanup`, `normalizeRanks`, `assignRankMinMax`, edge-label proxies).
//
// Needs: ranks of every `NestingGraph` node satisfying its minimum lengths.
// Guarantees: the scaffolding root is gone; ranks start at 0; empty ranks that are not on the
// `rankFactor` grid are removed (ranks a label sits on count as occupied); every labelled edge has
// a `labelRank` strictly between its ends; every cluster spans `minRank...maxRank` (its top and
// bottom border ranks) with minRank(c) < rank(member) < maxRank(c), nested spans strictly inside.

/// Ranks of the layering, after clean-up.
struct RankCleanup {
    /// Rank per prepared node.
    var nodeRank: [Int]
    /// Per prepared edge (oriented), the rank its label dummy goes on, or -1 without a label.
    var labelRank: [Int]
    var clusterMinRank: [Int]
    var clusterMaxRank: [Int]
    var rankCount: Int

    init(_ graph: PreparedGraph, nesting: NestingGraph, ranks: [Int]) {
        let clusterCount = graph.clusterParent.count
        var label = Array(repeating: -1, count: graph.edges.count)
        for (e, edge) in graph.edges.enumerated() where edge.hasLabel {
            let t = ranks[nesting.tails[e]], h = ranks[nesting.heads[e]]
            label[e] = t + (h - t) / 2
        }
        // Occupied ranks (root included, as in dagre, so the grid keeps its offset).
        let low = ranks.min() ?? 0
        let high = max(ranks.max() ?? 0, label.max() ?? 0)
        var occupied = Array(repeating: false, count: high - low + 1)
        for r in ranks { occupied[r - low] = true }
        for r in label where r >= 0 { occupied[r - low] = true }
        var newRank = Array(repeating: 0, count: occupied.count)
        var delta = 0
        for i in occupied.indices {
            if !occupied[i] && i % nesting.rankFactor != 0 { delta -= 1 }
            newRank[i] = i + delta
        }
        let map = { (r: Int) in newRank[r - low] }
        var nodes = (0..<graph.nodeCount).map { map(ranks[$0]) }
        var mins = (0..<clusterCount).map { map(ranks[nesting.top($0)]) }
        var maxs = (0..<clusterCount).map { map(ranks[nesting.bottom($0)]) }
        var labels = label.map { $0 >= 0 ? map($0) : -1 }
        let offset = min(nodes.min() ?? 0, mins.min() ?? 0)
        nodes = nodes.map { $0 - offset }
        mins = mins.map { $0 - offset }
        maxs = maxs.map { $0 - offset }
        labels = labels.map { $0 >= 0 ? $0 - offset : -1 }
        nodeRank = nodes
        labelRank = labels
        clusterMinRank = mins
        clusterMaxRank = maxs
        rankCount = max(nodes.max() ?? -1, maxs.max() ?? -1) + 1
    }
}
