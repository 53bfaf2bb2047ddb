import Testing

@testable import RecipeLayout

/// Hand-made graphs whose crossing counts and shapes are known.
@Suite struct KnownGraphTests {
    /// The sample recipe's ClusterIP/NodePort/LoadBalancer flowchart with the sizes mermaid
    /// 11.16.1 gave its boxes and labels in Chromium (read from its SVG), nodes in mermaid's order
    /// (subgraph members first, then vertices by first mention).
    static func serviceTypes(_ direction: LayoutGraph.Direction = .topToBottom, titleHeight: Double = 24) -> LayoutGraph {
        let nodes = [
            LayoutGraph.Node(width: 148.96875, height: 102, cluster: 0),  // CIP
            LayoutGraph.Node(width: 162.3125, height: 102, cluster: 0),  // NP
            LayoutGraph.Node(width: 160.5, height: 102, cluster: 0),  // LB
            LayoutGraph.Node(width: 163.1875, height: 54, cluster: 0),  // PODS
            LayoutGraph.Node(width: 146.28125, height: 54),  // INTERNAL
            LayoutGraph.Node(width: 164.046875, height: 54),  // EXTERNAL1
            LayoutGraph.Node(width: 164.046875, height: 54),  // EXTERNAL2
        ]
        let edges = [
            LayoutGraph.Edge(source: .node(4), target: .node(0), labelWidth: 76.46875, labelHeight: 24),
            LayoutGraph.Edge(source: .node(0), target: .node(3)),
            LayoutGraph.Edge(source: .node(5), target: .node(1), labelWidth: 132.53125, labelHeight: 24),
            LayoutGraph.Edge(source: .node(1), target: .node(3)),
            LayoutGraph.Edge(source: .node(6), target: .node(2), labelWidth: 126.28125, labelHeight: 24),
            LayoutGraph.Edge(source: .node(2), target: .node(1)),
            LayoutGraph.Edge(source: .node(1), target: .node(3)),
        ]
        return LayoutGraph(
            direction: direction, nodes: nodes, edges: edges,
            clusters: [LayoutGraph.Cluster(titleWidth: 136.96875, titleHeight: titleHeight)])
    }

    @Test(arguments: RandomGraphs.directions)
    func serviceTypesDiagramHasNoCrossings(direction: LayoutGraph.Direction) {
        let graph = Self.serviceTypes(direction)
        let p = LayoutPipeline(graph)
        var counter = CrossingCounter()
        #expect(counter.count(p.positioned, edgesOnly: true) == 0)
        // Two edges enter the cluster through its left border chain (as in mermaid's drawing).
        #expect(p.ordering.best == 2)
        #expect(LayoutMetrics.crossings(p.result) == 0)
    }

    /// Without a reserved title band (mermaid reserves none), the layout is mermaid's: node
    /// centres, cluster box and canvas as mermaid-ref.sh read them from mermaid 11.16.1's SVG.
    @Test func serviceTypesDiagramMatchesMermaid() {
        let r = LayeredLayout.layout(Self.serviceTypes(titleHeight: 0))
        let mermaid: [(Double, Double)] = [
            (512.8125, 388), (723.359375, 388), (764.1484375, 212), (625.6328125, 516), (81.140625, 212),
            (286.3046875, 212), (764.1484375, 35),
        ]
        for (v, (x, y)) in mermaid.enumerated() {
            #expect(abs(r.nodes[v].center.x - x) < 0.01 && abs(r.nodes[v].center.y - y) < 0.01, "node \(v)")
        }
        let box = r.clusters[0]
        #expect(abs(box.minX - 403.328125) < 0.01 && abs(box.minY - 136) < 0.01)
        #expect(abs(box.width - 476.5234375) < 0.01 && abs(box.height - 432) < 0.01)
        #expect(abs(r.width - 887.8515625) < 0.01 && abs(r.height - 576) < 0.01)
        // dagre's label slots; mermaid moves 'curl NodeIP:30080' off its slot, which we do not.
        #expect(r.edges[0].labelCenter.map { abs($0.x - 512.8125) < 0.01 && abs($0.y - 300) < 0.01 } == true)
        #expect(r.edges[4].labelCenter.map { abs($0.x - 764.1484375) < 0.01 && abs($0.y - 99) < 0.01 } == true)
    }

    /// With the title band reserved, everything in and below the cluster moves down by the
    /// band's height and nothing else changes.
    @Test func serviceTypesDiagramReservesTheTitleBand() {
        let plain = LayeredLayout.layout(Self.serviceTypes(titleHeight: 0))
        let titled = LayeredLayout.layout(Self.serviceTypes())
        for v in plain.nodes.indices {
            #expect(titled.nodes[v].center.x == plain.nodes[v].center.x)
            let shift = v == 6 ? 0.0 : 24.0
            #expect(titled.nodes[v].center.y == plain.nodes[v].center.y + shift, "node \(v)")
        }
        #expect(titled.clusters[0].height == plain.clusters[0].height + 24)
    }

    /// K(3,3) between two ranks: every order has C(3,2) * C(3,2) = 9 crossings.
    @Test func completeBipartiteGraphHasNineCrossings() {
        var edges: [LayoutGraph.Edge] = []
        for a in 0..<3 { for b in 3..<6 { edges.append(LayoutGraph.Edge(source: .node(a), target: .node(b))) } }
        let graph = LayoutGraph(nodes: Array(repeating: LayoutGraph.Node(width: 40, height: 30), count: 6), edges: edges)
        let p = LayoutPipeline(graph)
        #expect(p.ordering.best == 9)
        #expect(LayoutMetrics.crossings(p.result) == 9)
    }

    /// Two edges drawn crossed in input order (a -> d, b -> c with c declared first) untangle.
    @Test func avoidableCrossingIsRemoved() {
        let nodes = Array(repeating: LayoutGraph.Node(width: 40, height: 30), count: 4)
        let edges = [
            LayoutGraph.Edge(source: .node(1), target: .node(2)), LayoutGraph.Edge(source: .node(0), target: .node(3)),
            LayoutGraph.Edge(source: .node(1), target: .node(3)),
        ]
        let result = LayeredLayout.layout(LayoutGraph(nodes: nodes, edges: edges))
        #expect(LayoutMetrics.crossings(result) == 0)
    }

    /// A binary tree of depth 4 is drawn without crossings, parents centred over children.
    @Test func treeHasNoCrossings() {
        let nodes = Array(repeating: LayoutGraph.Node(width: 50, height: 30), count: 31)
        let edges = (1..<31).map { LayoutGraph.Edge(source: .node(($0 - 1) / 2), target: .node($0)) }
        let result = LayeredLayout.layout(LayoutGraph(nodes: nodes, edges: edges))
        #expect(LayoutMetrics.crossings(result) == 0)
        let root = result.nodes[0].center.x, children = (result.nodes[1].center.x + result.nodes[2].center.x) / 2
        #expect(abs(root - children) < 1e-9)
    }

    /// A long edge beside a chain stays one straight vertical line (BK aligns its dummies).
    @Test func longEdgeIsStraight() {
        let nodes = Array(repeating: LayoutGraph.Node(width: 60, height: 40), count: 4)
        let edges = [
            LayoutGraph.Edge(source: .node(0), target: .node(1)), LayoutGraph.Edge(source: .node(1), target: .node(2)),
            LayoutGraph.Edge(source: .node(2), target: .node(3)), LayoutGraph.Edge(source: .node(0), target: .node(3)),
        ]
        let result = LayeredLayout.layout(LayoutGraph(nodes: nodes, edges: edges))
        // The dummy points (a band's top and bottom, one point where a band is flat: 5 dummies,
        // two of them beside the 40 px nodes 1 and 2) lie on one vertical line, beside the chain.
        let long = result.edges[3].points
        #expect(long.count == 9)
        let inner = long.dropFirst().dropLast()
        #expect(inner.allSatisfy { $0.x == inner.first!.x })
        #expect(inner.first!.x > result.nodes[1].maxX)
        #expect(LayoutMetrics.crossings(result) == 0)
    }

    /// A two-node cycle keeps both edges, each running from its source to its target.
    @Test func cycleEdgesRunFromSourceToTarget() {
        let nodes = Array(repeating: LayoutGraph.Node(width: 60, height: 40), count: 2)
        let edges = [LayoutGraph.Edge(source: .node(0), target: .node(1)), LayoutGraph.Edge(source: .node(1), target: .node(0))]
        let r = LayeredLayout.layout(LayoutGraph(nodes: nodes, edges: edges))
        #expect(r.edges[0].points.first!.y == r.nodes[0].maxY && r.edges[0].points.last!.y == r.nodes[1].minY)
        #expect(r.edges[1].points.first!.y == r.nodes[1].minY && r.edges[1].points.last!.y == r.nodes[0].maxY)
    }

    /// A self-loop goes out of the top and back into the bottom, on the node's right.
    @Test func selfLoopSitsBesideItsNode() {
        let graph = LayoutGraph(
            nodes: [LayoutGraph.Node(width: 80, height: 40)],
            edges: [LayoutGraph.Edge(source: .node(0), target: .node(0), labelWidth: 30, labelHeight: 24)])
        let r = LayeredLayout.layout(graph)
        let node = r.nodes[0], points = r.edges[0].points
        #expect(points.count == 5)
        #expect(points.first!.y == node.minY && points.last!.y == node.maxY)
        #expect(points[2].x > node.maxX)
        #expect(r.edges[0].labelCenter == points[2])
    }

    /// A loop's dummy sits as close to its node as the separations allow (node separation / 2 +
    /// edge separation / 2 + half the label), even when a wide rank would let it drift.
    @Test func selfLoopStaysCloseInAWideRank() {
        // In a cluster, the compaction pushes an unaligned block toward the right border, which
        // a wide member on another rank puts far away.
        let graph = LayoutGraph(
            nodes: [LayoutGraph.Node(width: 80, height: 40, cluster: 0), LayoutGraph.Node(width: 600, height: 40, cluster: 0)],
            edges: [
                LayoutGraph.Edge(source: .node(0), target: .node(0), labelWidth: 30, labelHeight: 24),
                LayoutGraph.Edge(source: .node(0), target: .node(1)),
            ],
            clusters: [LayoutGraph.Cluster()])
        let r = LayeredLayout.layout(graph)
        let loop = r.edges[0].points
        #expect(loop[2].x - r.nodes[0].maxX == 25 + 10 + 15)
    }

    /// Left to right, a title runs across the ranks; the box still gets at least its width.
    @Test(arguments: [LayoutGraph.Direction.leftToRight, .rightToLeft])
    func sidewaysClusterIsAsWideAsItsTitle(direction: LayoutGraph.Direction) {
        let graph = LayoutGraph(
            direction: direction,
            nodes: [
                LayoutGraph.Node(width: 40, height: 30, cluster: 0), LayoutGraph.Node(width: 40, height: 30),
                LayoutGraph.Node(width: 40, height: 30),
            ],
            edges: [LayoutGraph.Edge(source: .node(1), target: .node(0)), LayoutGraph.Edge(source: .node(0), target: .node(2))],
            clusters: [LayoutGraph.Cluster(titleWidth: 220, titleHeight: 24)])
        let r = LayeredLayout.layout(graph)
        #expect(r.clusters[0].width >= 220)
        #expect(LayoutResultInvariantTests.contains(r.clusters[0], r.nodes[0]))
        #expect(!LayoutResultInvariantTests.overlap(r.clusters[0], r.nodes[1]))
        #expect(!LayoutResultInvariantTests.overlap(r.clusters[0], r.nodes[2]))
        // The title band (24 px) is above the member.
        #expect(r.nodes[0].minY - r.clusters[0].minY >= 24)
    }

    /// An edge to a subgraph ends where it meets the subgraph's box.
    @Test func edgeToClusterStopsAtItsBox() {
        let graph = LayoutGraph(
            nodes: [
                LayoutGraph.Node(width: 60, height: 40), LayoutGraph.Node(width: 60, height: 40, cluster: 0),
                LayoutGraph.Node(width: 60, height: 40, cluster: 0),
            ],
            edges: [LayoutGraph.Edge(source: .node(0), target: .cluster(0)), LayoutGraph.Edge(source: .node(1), target: .node(2))],
            clusters: [LayoutGraph.Cluster(titleWidth: 50, titleHeight: 24)])
        let r = LayeredLayout.layout(graph)
        let end = r.edges[0].points.last!
        #expect(end.y == r.clusters[0].minY)
        #expect(end.x >= r.clusters[0].minX && end.x <= r.clusters[0].maxX)
    }
}
