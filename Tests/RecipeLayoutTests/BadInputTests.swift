import RecipeTestSupport
import Testing

@testable import RecipeLayout

/// Inputs a caller should not send still give a result of the right shape, never a crash.
@Suite struct BadInputTests {
    static func check(_ graph: LayoutGraph) {
        let result = LayeredLayout.layout(graph)
        #expect(result.nodes.count == graph.nodes.count)
        #expect(result.edges.count == graph.edges.count)
        #expect(result.clusters.count == graph.clusters.count)
        #expect(result.width.isFinite && result.height.isFinite)
        for rect in result.nodes + result.clusters {
            #expect(rect.center.x.isFinite && rect.center.y.isFinite && rect.width.isFinite && rect.height.isFinite)
        }
        for route in result.edges {
            #expect(route.points.count >= 2)
            #expect(route.points.allSatisfy { $0.x.isFinite && $0.y.isFinite })
        }
    }

    @Test func emptyGraph() {
        let result = LayeredLayout.layout(LayoutGraph())
        #expect(result.nodes.isEmpty && result.edges.isEmpty)
        #expect(result.width == 16 && result.height == 16)
    }

    @Test func edgesToMissingNodesAndClusters() {
        let nodes = [LayoutGraph.Node(width: 40, height: 20), LayoutGraph.Node(width: 40, height: 20)]
        Self.check(
            LayoutGraph(
                nodes: nodes,
                edges: [
                    LayoutGraph.Edge(source: .node(0), target: .node(7)), LayoutGraph.Edge(source: .node(-1), target: .node(1)),
                    LayoutGraph.Edge(source: .cluster(3), target: .node(1)), LayoutGraph.Edge(source: .node(0), target: .node(1)),
                ]))
    }

    @Test func cyclicAndOutOfRangeClusterParents() {
        let clusters = [
            LayoutGraph.Cluster(parent: 1), LayoutGraph.Cluster(parent: 2), LayoutGraph.Cluster(parent: 0),
            LayoutGraph.Cluster(parent: 9), LayoutGraph.Cluster(parent: 3),
        ]
        let nodes = (0..<6).map { LayoutGraph.Node(width: 30, height: 30, cluster: [0, 1, 2, 4, 17, -3][$0]) }
        let edges = (0..<5).map { LayoutGraph.Edge(source: .node($0), target: .node($0 + 1)) }
        Self.check(LayoutGraph(nodes: nodes, edges: edges, clusters: clusters))
    }

    @Test func nonFiniteAndNegativeSizes() {
        let nodes = [
            LayoutGraph.Node(width: .nan, height: -5), LayoutGraph.Node(width: .infinity, height: 20),
            LayoutGraph.Node(width: 0, height: 0),
        ]
        let edges = [
            LayoutGraph.Edge(source: .node(0), target: .node(1), minLength: -4, weight: .nan, labelWidth: .nan, labelHeight: 12),
            LayoutGraph.Edge(source: .node(1), target: .node(2), minLength: 1_000_000, weight: -3),
        ]
        Self.check(LayoutGraph(nodes: nodes, edges: edges, nodeSeparation: .nan, rankSeparation: -1, margin: .infinity))
    }

    @Test func emptyAndOnlyNestedClusters() {
        // Cluster 0 holds only cluster 1, which is empty; cluster 2 is empty; edges point at them.
        let clusters = [
            LayoutGraph.Cluster(titleWidth: 80, titleHeight: 24), LayoutGraph.Cluster(parent: 0, titleWidth: 60, titleHeight: 24),
            LayoutGraph.Cluster(titleWidth: 40, titleHeight: 24),
        ]
        let graph = LayoutGraph(
            nodes: [LayoutGraph.Node(width: 50, height: 30)],
            edges: [LayoutGraph.Edge(source: .node(0), target: .cluster(1)), LayoutGraph.Edge(source: .cluster(2), target: .cluster(0))],
            clusters: clusters)
        Self.check(graph)
        let result = LayeredLayout.layout(graph)
        #expect(LayoutResultInvariantTests.contains(result.clusters[0], result.clusters[1]))
        #expect(result.clusters[2].width >= 40)
    }

    /// Nesting far deeper than any diagram: flattened below a fixed depth, no deep recursion.
    @Test func deeplyNestedClusters() {
        let clusters = (0..<300).map { LayoutGraph.Cluster(parent: $0 == 0 ? nil : $0 - 1) }
        let nodes = [LayoutGraph.Node(width: 30, height: 30, cluster: 299), LayoutGraph.Node(width: 30, height: 30)]
        let graph = LayoutGraph(nodes: nodes, edges: [LayoutGraph.Edge(source: .node(1), target: .node(0))], clusters: clusters)
        Self.check(graph)
    }

    /// A long chain: the iterative phases do not overflow the stack.
    @Test func longChain() {
        let nodes = Array(repeating: LayoutGraph.Node(width: 20, height: 20), count: 3000)
        let edges = (0..<2999).map { LayoutGraph.Edge(source: .node($0), target: .node($0 + 1)) }
        Self.check(LayoutGraph(nodes: nodes, edges: edges))
    }

    /// Seeded garbage: ids in and out of range, cyclic parents, odd sizes and separations,
    /// units everywhere. Each must come back with one finite entry per input, twice the same.
    @Test(arguments: 1...120 as ClosedRange<UInt64>)
    func randomMalformedGraphs(seed: UInt64) {
        var rng = SplitMix64(seed: seed &* 7919)
        let odd: [Double] = [0, -1, .nan, .infinity, 1e-9, 3, 40, 250]
        func size() -> Double { odd.randomElement(using: &rng)! }
        func id(_ n: Int) -> Int { Int.random(in: -2...(n + 2), using: &rng) }
        let clusterCount = Int.random(in: 0...6, using: &rng)
        let nodeCount = Int.random(in: 0...25, using: &rng)
        let clusters = (0..<clusterCount).map { _ in
            LayoutGraph.Cluster(
                parent: Bool.random(using: &rng) ? id(clusterCount) : nil, titleWidth: size(), titleHeight: size(),
                direction: Bool.random(using: &rng) ? RandomGraphs.directions.randomElement(using: &rng) : nil)
        }
        let nodes = (0..<nodeCount).map { _ in
            LayoutGraph.Node(width: size(), height: size(), cluster: Bool.random(using: &rng) ? id(clusterCount) : nil)
        }
        let edges = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
            LayoutGraph.Edge(
                source: Bool.random(using: &rng) ? .node(id(nodeCount)) : .cluster(id(clusterCount)),
                target: Bool.random(using: &rng) ? .node(id(nodeCount)) : .cluster(id(clusterCount)),
                minLength: Int.random(in: -3...5, using: &rng), weight: size(), labelWidth: size(), labelHeight: size())
        }
        let graph = LayoutGraph(
            direction: RandomGraphs.directions.randomElement(using: &rng)!, nodes: nodes, edges: edges, clusters: clusters,
            nodeSeparation: size(), rankSeparation: size(), margin: size(), edgeSeparation: size())
        Self.check(graph)
        #expect(LayeredLayout.layout(graph) == LayeredLayout.layout(graph))
    }
}
