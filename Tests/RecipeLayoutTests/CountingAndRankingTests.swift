import RecipeTestSupport
import Testing

@testable import RecipeLayout

/// The crossing counter against a brute-force count, network simplex against longest path, and
/// the public crossing metric on drawings with known answers.
@Suite struct CountingAndRankingTests {
    /// Random two-or-more-layer graphs; every segment joins adjacent layers.
    static func randomLayering(seed: UInt64) -> LayerGraph {
        var rng = SplitMix64(seed: seed)
        var g = LayerGraph()
        let layerCount = Int.random(in: 2...5, using: &rng)
        g.layers = Array(repeating: [], count: layerCount)
        for r in 0..<layerCount {
            for _ in 0..<Int.random(in: 1...9, using: &rng) { g.layers[r].append(g.addNode(.real, rank: r, parent: -1)) }
        }
        for r in 0..<(layerCount - 1) {
            for _ in 0..<Int.random(in: 0...15, using: &rng) {
                let u = g.layers[r].randomElement(using: &rng)!, v = g.layers[r + 1].randomElement(using: &rng)!
                g.addEdge(u, v, weight: Double(Int.random(in: 1...3, using: &rng)))
            }
        }
        for r in 0..<layerCount { g.layers[r].shuffle(using: &rng) }
        g.syncOrder()
        g.freeze()
        return g
    }

    @Test(arguments: 1...200 as ClosedRange<UInt64>)
    func crossingCounterMatchesBruteForce(seed: UInt64) {
        let g = Self.randomLayering(seed: seed)
        var brute = 0.0
        let e = g.edgeTail.indices
        for i in e {
            for j in e where j > i {
                let (a, b, c, d) = (g.edgeTail[i], g.edgeHead[i], g.edgeTail[j], g.edgeHead[j])
                guard g.rank[a] == g.rank[c] else { continue }
                if (g.order[a] - g.order[c]) * (g.order[b] - g.order[d]) < 0 { brute += g.edgeWeight[i] * g.edgeWeight[j] }
            }
        }
        var counter = CrossingCounter()
        #expect(counter.count(g) == brute)
    }

    /// Seeded random DAGs (edges go from lower to higher id) with minimum lengths 1–3.
    static func randomDAG(seed: UInt64) -> (n: Int, tails: [Int], heads: [Int], minLengths: [Int], weights: [Double]) {
        var rng = SplitMix64(seed: seed)
        let n = Int.random(in: 2...40, using: &rng)
        var tails: [Int] = [], heads: [Int] = [], minLengths: [Int] = [], weights: [Double] = []
        for v in 1..<n {
            // Keep it connected: every node hangs from an earlier one.
            tails.append(Int.random(in: 0..<v, using: &rng))
            heads.append(v)
            minLengths.append(Int.random(in: 1...3, using: &rng))
            weights.append(Double(Int.random(in: 0...4, using: &rng)))
        }
        for _ in 0..<Int.random(in: 0...(2 * n), using: &rng) {
            let a = Int.random(in: 0..<n, using: &rng), b = Int.random(in: 0..<n, using: &rng)
            guard a != b else { continue }
            tails.append(min(a, b))
            heads.append(max(a, b))
            minLengths.append(Int.random(in: 1...3, using: &rng))
            weights.append(Double(Int.random(in: 0...4, using: &rng)))
        }
        return (n, tails, heads, minLengths, weights)
    }

    @Test(arguments: 1...200 as ClosedRange<UInt64>)
    func networkSimplexIsFeasibleAndNoWorseThanLongestPath(seed: UInt64) {
        let d = Self.randomDAG(seed: seed)
        let ranks = NetworkSimplex.rank(
            nodeCount: d.n, tails: d.tails, heads: d.heads, minLengths: d.minLengths, weights: d.weights)
        let longest = NetworkSimplex.rank(
            nodeCount: d.n, tails: d.tails, heads: d.heads, minLengths: d.minLengths, weights: d.weights, maxPivots: 0)
        #expect(ranks.min() == 0)
        func cost(_ r: [Int]) -> Double {
            d.tails.indices.reduce(0) { $0 + d.weights[$1] * Double(r[d.heads[$1]] - r[d.tails[$1]]) }
        }
        for e in d.tails.indices { #expect(ranks[d.heads[e]] - ranks[d.tails[e]] >= d.minLengths[e]) }
        #expect(cost(ranks) <= cost(longest))
        // Deterministic.
        #expect(ranks == NetworkSimplex.rank(nodeCount: d.n, tails: d.tails, heads: d.heads, minLengths: d.minLengths, weights: d.weights))
    }

    /// Gansner et al.'s point: longest path pushes a source down to its sink's rank; network
    /// simplex pulls it up next to what it feeds. a -> b -> c -> d and x -> d: x sits on c's rank.
    @Test func networkSimplexShortensEdges() {
        let ranks = NetworkSimplex.rank(
            nodeCount: 5, tails: [0, 1, 2, 4], heads: [1, 2, 3, 3], minLengths: [1, 1, 1, 1], weights: [1, 1, 1, 1])
        #expect(ranks == [0, 1, 2, 3, 2])
    }

    @Test func metricCountsOneCrossOfTwoSegments() {
        let p = { (x: Double, y: Double) in LayoutPoint(x: x, y: y) }
        let result = LayoutResult(
            nodes: [], edges: [.init(points: [p(0, 0), p(10, 10)]), .init(points: [p(10, 0), p(0, 10)])], clusters: [],
            width: 10, height: 10)
        #expect(LayoutMetrics.crossings(result) == 1)
    }

    @Test func metricIgnoresSharedEndsTouchingAndParallels() {
        let p = { (x: Double, y: Double) in LayoutPoint(x: x, y: y) }
        let shared = LayoutResult(
            nodes: [], edges: [.init(points: [p(0, 0), p(10, 10)]), .init(points: [p(0, 0), p(-10, 10)])], clusters: [],
            width: 10, height: 10)
        #expect(LayoutMetrics.crossings(shared) == 0)
        let parallel = LayoutResult(
            nodes: [], edges: [.init(points: [p(0, 0), p(0, 10)]), .init(points: [p(5, 0), p(5, 10)])], clusters: [],
            width: 10, height: 10)
        #expect(LayoutMetrics.crossings(parallel) == 0)
        let polyline = LayoutResult(
            nodes: [],
            edges: [.init(points: [p(0, 0), p(10, 10), p(0, 20)]), .init(points: [p(10, 0), p(0, 10), p(10, 20)])],
            clusters: [], width: 10, height: 20)
        #expect(LayoutMetrics.crossings(polyline) == 2)
    }
}
