import RecipeTestSupport
import Testing

@testable import RecipeLayout

/// Clusters with their own direction: laid out apart, placed as one box.
@Suite struct ClusterUnitTests {
    /// flowchart TB with `subgraph S; direction LR; a --> b --> c; end` and x --> S, S --> y.
    static func isolatedLeftToRight(_ direction: LayoutGraph.Direction? = .leftToRight) -> LayoutGraph {
        let node = LayoutGraph.Node(width: 60, height: 40)
        var inside = node
        inside.cluster = 0
        return LayoutGraph(
            nodes: [node, inside, inside, inside, node],
            edges: [
                LayoutGraph.Edge(source: .node(0), target: .cluster(0)), LayoutGraph.Edge(source: .node(1), target: .node(2)),
                LayoutGraph.Edge(source: .node(2), target: .node(3)), LayoutGraph.Edge(source: .cluster(0), target: .node(4)),
            ],
            clusters: [LayoutGraph.Cluster(titleWidth: 50, titleHeight: 24, direction: direction)])
    }

    @Test func unitRunsInItsOwnDirection() {
        let r = LayeredLayout.layout(Self.isolatedLeftToRight())
        let (a, b, c) = (r.nodes[1], r.nodes[2], r.nodes[3])
        #expect(a.center.y == b.center.y && b.center.y == c.center.y)
        #expect(a.maxX < b.minX && b.maxX < c.minX)
        // The rank separation inside is 25 larger (75), halved on each side of the empty label
        // rank between two real ranks.
        #expect(b.minX - a.maxX == 75)
        // The outside runs top to bottom around the box.
        let box = r.clusters[0]
        #expect(r.nodes[0].maxY < box.minY && box.maxY < r.nodes[4].minY)
        for member in [a, b, c] { #expect(LayoutResultInvariantTests.contains(box, member)) }
        // Title band on top, then the usual padding.
        #expect(min(a.minY, b.minY, c.minY) - box.minY >= 24)
    }

    @Test func edgesAcrossAUnitEndOnItsBox() {
        var graph = Self.isolatedLeftToRight()
        graph.edges.append(LayoutGraph.Edge(source: .node(0), target: .node(2)))
        let r = LayeredLayout.layout(graph)
        let end = r.edges[4].points.last!
        #expect(LayoutResultInvariantTests.isOnBorder(end, of: r.clusters[0]))
        #expect(LayoutResultInvariantTests.isOnBorder(r.edges[0].points.last!, of: r.clusters[0]))
        #expect(LayoutResultInvariantTests.isOnBorder(r.edges[3].points.first!, of: r.clusters[0]))
        // Inner edges start and end on their nodes.
        #expect(LayoutResultInvariantTests.isOnBorder(r.edges[1].points.first!, of: r.nodes[1]))
        #expect(LayoutResultInvariantTests.isOnBorder(r.edges[1].points.last!, of: r.nodes[2]))
    }

    @Test func withoutDirectionTheClusterIsInline() {
        let r = LayeredLayout.layout(Self.isolatedLeftToRight(nil))
        #expect(r.nodes[1].maxY < r.nodes[2].minY && r.nodes[2].maxY < r.nodes[3].minY)
    }

    /// Random graphs whose clusters get random directions: the result invariants still hold,
    /// with an edge end on a member of a unit allowed to stop on the unit's box instead.
    @Test(arguments: Array(RandomGraphs.seeds.prefix(40)))
    func randomUnitsKeepTheInvariants(seed: UInt64) {
        var rng = SplitMix64(seed: seed ^ 0xD1CE)
        var graph = RandomGraphs.make(seed: seed, direction: RandomGraphs.directions.randomElement(using: &rng)!)
        for c in graph.clusters.indices where Bool.random(using: &rng) {
            graph.clusters[c].direction = RandomGraphs.directions.randomElement(using: &rng)
        }
        let r = LayeredLayout.layout(graph)
        #expect(r == LayeredLayout.layout(graph))
        for i in r.nodes.indices {
            for j in r.nodes.indices where j > i { #expect(!LayoutResultInvariantTests.overlap(r.nodes[i], r.nodes[j])) }
        }
        for (v, node) in graph.nodes.enumerated() {
            var c = node.cluster
            while let cluster = c {
                #expect(LayoutResultInvariantTests.contains(r.clusters[cluster], r.nodes[v]))
                c = graph.clusters[cluster].parent
            }
            for (c, box) in r.clusters.enumerated() where !LayoutResultInvariantTests.isMember(graph, v, of: c) {
                #expect(!LayoutResultInvariantTests.overlap(box, r.nodes[v]), "node \(v) intrudes into cluster \(c)")
            }
        }
        for (c, cluster) in graph.clusters.enumerated() {
            if let p = cluster.parent { #expect(LayoutResultInvariantTests.contains(r.clusters[p], r.clusters[c])) }
        }
        for (e, edge) in graph.edges.enumerated() where edge.source != edge.target {
            let points = r.edges[e].points
            for (a, b) in zip(points, points.dropFirst()) {
                for (v, rect) in r.nodes.enumerated() {
                    #expect(!LayoutResultInvariantTests.segment(a, b, crossesInteriorOf: rect), "edge \(e) passes through node \(v)")
                }
            }
        }
        for (e, edge) in graph.edges.enumerated() {
            guard let first = r.edges[e].points.first, let last = r.edges[e].points.last else { continue }
            #expect(Self.endsOnBorder(first, edge.source, graph, r), "edge \(e) start")
            #expect(Self.endsOnBorder(last, edge.target, graph, r), "edge \(e) end")
        }
    }

    /// On its node's (or cluster's) border, or on the border of any enclosing box.
    static func endsOnBorder(_ p: LayoutPoint, _ end: LayoutGraph.Endpoint, _ graph: LayoutGraph, _ r: LayoutResult) -> Bool {
        var boxes: [LayoutRect] = []
        var c: Int?
        switch end {
        case .node(let v):
            boxes.append(r.nodes[v])
            c = graph.nodes[v].cluster
        case .cluster(let k):
            c = k
        }
        while let cluster = c {
            boxes.append(r.clusters[cluster])
            c = graph.clusters[cluster].parent
        }
        return boxes.contains { LayoutResultInvariantTests.isOnBorder(p, of: $0) } || r.nodes.contains { LayoutResultInvariantTests.isOnBorder(p, of: $0) }
    }
}
