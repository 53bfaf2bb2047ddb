import Testing

@testable import RecipeLayout

/// Each phase's postconditions, checked on seeded random graphs (see ``RandomGraphs``).
@Suite struct PhaseInvariantTests {
    @Test(arguments: RandomGraphs.phaseSeeds)
    func acyclicLeavesNoCycleAndUndoRestores(seed: UInt64) {
        let p = RandomGraphs.pipelines[seed]!
        #expect(Self.isAcyclic(nodeCount: p.prepared.nodeCount, p.oriented))
        #expect(Acyclic.undo(p.oriented, reversed: p.reversed) == p.original)
        // A DAG is left alone.
        let again = Acyclic.run(nodeCount: p.prepared.nodeCount, edges: p.oriented)
        #expect(!again.contains(true))
    }

    @Test(arguments: RandomGraphs.phaseSeeds)
    func ranksHonourMinimumLengths(seed: UInt64) {
        let p = RandomGraphs.pipelines[seed]!
        let nesting = p.nesting
        for e in nesting.tails.indices {
            #expect(p.simplexRanks[nesting.heads[e]] - p.simplexRanks[nesting.tails[e]] >= nesting.minLengths[e])
        }
        for (e, edge) in p.prepared.edges.enumerated() {
            let span = p.ranks.nodeRank[p.oriented[e].head] - p.ranks.nodeRank[p.oriented[e].tail]
            #expect(span >= 2 * edge.minLength, "edge \(e) spans \(span) ranks for minLength \(edge.minLength)")
            if edge.hasLabel {
                let label = p.ranks.labelRank[e]
                #expect(label > p.ranks.nodeRank[p.oriented[e].tail] && label < p.ranks.nodeRank[p.oriented[e].head])
            }
        }
    }

    @Test(arguments: RandomGraphs.phaseSeeds)
    func clusterSpansEncloseMembersAndNest(seed: UInt64) {
        let p = RandomGraphs.pipelines[seed]!
        let r = p.ranks
        for v in 0..<p.prepared.nodeCount {
            var c = p.prepared.nodeCluster[v]
            while c >= 0 {
                #expect(r.clusterMinRank[c] < r.nodeRank[v] && r.nodeRank[v] < r.clusterMaxRank[c])
                c = p.prepared.clusterParent[c]
            }
        }
        for (c, parent) in p.prepared.clusterParent.enumerated() where parent >= 0 {
            #expect(r.clusterMinRank[parent] < r.clusterMinRank[c] && r.clusterMaxRank[c] < r.clusterMaxRank[parent])
        }
    }

    @Test(arguments: RandomGraphs.phaseSeeds)
    func normalizationMakesEveryEdgeSpanOneRank(seed: UInt64) {
        let p = RandomGraphs.pipelines[seed]!
        let g = p.normalized
        for v in 0..<g.nodeCount {
            for i in g.succs(v) { #expect(g.rank[g.succNode[i]] == g.rank[v] + 1) }
        }
        for (e, edge) in p.prepared.edges.enumerated() {
            let span = p.ranks.nodeRank[p.oriented[e].head] - p.ranks.nodeRank[p.oriented[e].tail]
            #expect(g.chains[e].count == span - 1)
            #expect((g.labelNode[e] >= 0) == edge.hasLabel)
        }
        // A dummy's parent spans its rank; one side border per side per cluster rank.
        for v in 0..<g.nodeCount where g.parent[v] >= 0 {
            #expect(g.isActive(g.parent[v], at: g.rank[v]))
        }
        for c in g.clusterParent.indices {
            #expect(g.borderLeft[c].count == g.maxRank[c] - g.minRank[c] + 1)
            #expect(g.borderRight[c].count == g.borderLeft[c].count)
        }
    }

    @Test(arguments: RandomGraphs.phaseSeeds)
    func orderingIsAPermutationWithContiguousClusters(seed: UInt64) {
        let p = RandomGraphs.pipelines[seed]!
        let g = p.positioned
        for (r, layer) in g.layers.enumerated() {
            let expected = (0..<g.nodeCount).filter { g.rank[$0] == r }
            #expect(layer.sorted() == expected, "rank \(r) is not a permutation")
            for (i, v) in layer.enumerated() { #expect(g.order[v] == i) }
            for c in g.clusterParent.indices where g.isActive(c, at: r) {
                let left = g.order[g.borderLeft[c][r - g.minRank[c]]]
                let right = g.order[g.borderRight[c][r - g.minRank[c]]]
                for v in layer where g.kind[v] != .selfLoop {
                    let inside = Self.isInside(g, v, c)
                    let between = left < g.order[v] && g.order[v] < right
                    #expect(inside == between, "rank \(r): node \(v) and cluster \(c) break contiguity")
                }
            }
        }
    }

    @Test(arguments: RandomGraphs.phaseSeeds)
    func crossingsNeverIncreaseAcrossSweeps(seed: UInt64) {
        let p = RandomGraphs.pipelines[seed]!
        let h = p.ordering
        // The kept order is the first best sweep, or the start if that was strictly better;
        // transposition never raises the count.
        var best = Double.infinity
        for count in h.sweeps { best = min(best, count) }
        #expect(h.bestSweep == min(best, h.initial))
        #expect(h.best <= h.bestSweep)
        #expect(h.best <= h.initial)
        var counter = CrossingCounter()
        #expect(counter.count(p.positioned) == h.best)
    }

    @Test(arguments: RandomGraphs.phaseSeeds)
    func positionsKeepRankNeighboursApart(seed: UInt64) {
        let p = RandomGraphs.pipelines[seed]!
        let g = p.positioned
        for layer in g.layers {
            for (u, v) in zip(layer, layer.dropFirst()) {
                #expect(g.x[v] - g.x[u] >= (g.width[u] + g.width[v]) / 2 + 19.999, "nodes \(u) and \(v) too close")
            }
            for v in layer { #expect(g.x[v].isFinite && g.y[v].isFinite) }
        }
    }

    static func isAcyclic(nodeCount: Int, _ edges: [Acyclic.Oriented]) -> Bool {
        var indegree = Array(repeating: 0, count: nodeCount)
        var out = Array(repeating: [Int](), count: nodeCount)
        for e in edges {
            indegree[e.head] += 1
            out[e.tail].append(e.head)
        }
        var queue = (0..<nodeCount).filter { indegree[$0] == 0 }
        var seen = 0
        while let v = queue.popLast() {
            seen += 1
            for w in out[v] {
                indegree[w] -= 1
                if indegree[w] == 0 { queue.append(w) }
            }
        }
        return seen == nodeCount
    }

    /// Whether `v` belongs inside cluster `c`'s borders (side borders of `c` itself do not).
    static func isInside(_ g: LayerGraph, _ v: Int, _ c: Int) -> Bool {
        var p = g.parent[v]
        if g.kind[v].isSideBorder {
            if p == c { return false }
        }
        while p >= 0 {
            if p == c { return true }
            p = g.clusterParent[p]
        }
        return false
    }
}
