import Testing

@testable import RecipeLayout

/// Invariants of the public result, in all four directions, on seeded random graphs.
@Suite struct LayoutResultInvariantTests {
    static let cases: [(UInt64, LayoutGraph.Direction)] = RandomGraphs.seeds.flatMap { seed in
        [LayoutGraph.Direction.topToBottom, .bottomToTop, .leftToRight, .rightToLeft].map { (seed, $0) }
    }
    static let epsilon = 1e-6

    @Test(arguments: cases)
    func nodesDoNotOverlapAndKeepTheirSize(seed: UInt64, direction: LayoutGraph.Direction) {
        let (graph, result) = RandomGraphs.layout(seed: seed, direction: direction)
        #expect(result.nodes.count == graph.nodes.count)
        for (rect, node) in zip(result.nodes, graph.nodes) {
            #expect(rect.width == node.width && rect.height == node.height)
        }
        for i in result.nodes.indices {
            for j in result.nodes.indices where j > i {
                #expect(!Self.overlap(result.nodes[i], result.nodes[j]), "nodes \(i) and \(j) overlap")
            }
        }
    }

    @Test(arguments: cases)
    func clusterBoxesContainMembersAndNest(seed: UInt64, direction: LayoutGraph.Direction) {
        let (graph, result) = RandomGraphs.layout(seed: seed, direction: direction)
        #expect(result.clusters.count == graph.clusters.count)
        for (v, node) in graph.nodes.enumerated() {
            var c = node.cluster
            while let cluster = c {
                #expect(Self.contains(result.clusters[cluster], result.nodes[v]), "cluster \(cluster) misses node \(v)")
                c = graph.clusters[cluster].parent
            }
            // A node outside a cluster stays out of its box.
            for (c, box) in result.clusters.enumerated() where !Self.isMember(graph, v, of: c) {
                #expect(!Self.overlap(box, result.nodes[v]), "node \(v) intrudes into cluster \(c)")
            }
        }
        for (c, cluster) in graph.clusters.enumerated() {
            if let parent = cluster.parent {
                #expect(Self.contains(result.clusters[parent], result.clusters[c]), "cluster \(c) leaves \(parent)")
            }
            for d in graph.clusters.indices where d > c && graph.clusters[d].parent == cluster.parent {
                #expect(!Self.overlap(result.clusters[c], result.clusters[d]), "sibling clusters \(c), \(d) overlap")
            }
            // The title fits: its band is inside the box.
            #expect(result.clusters[c].width + Self.epsilon >= cluster.titleWidth)
        }
    }

    @Test(arguments: cases)
    func edgesStartAndEndOnTheirBorders(seed: UInt64, direction: LayoutGraph.Direction) {
        let (graph, result) = RandomGraphs.layout(seed: seed, direction: direction)
        #expect(result.edges.count == graph.edges.count)
        for (e, edge) in graph.edges.enumerated() {
            let points = result.edges[e].points
            // Every edge spans two ranks or more, so it bends at a dummy at least once, unless it
            // was cut short at a cluster's box.
            let toCluster = if case .cluster = edge.target { true } else if case .cluster = edge.source { true } else { false }
            #expect(points.count >= (toCluster ? 2 : 3), "edge \(e) has \(points.count) points")
            guard let first = points.first, let last = points.last else { continue }
            #expect(Self.endsOnBorder(first, at: edge.source, other: edge.target, graph, result), "edge \(e) starts off its source")
            #expect(Self.endsOnBorder(last, at: edge.target, other: edge.source, graph, result), "edge \(e) ends off its target")
            #expect((result.edges[e].labelCenter != nil) == (edge.labelWidth > 0))
        }
    }

    /// Edge labels sit in their own slots: they overlap no node and no other label.
    @Test(arguments: cases)
    func labelsDoNotOverlap(seed: UInt64, direction: LayoutGraph.Direction) {
        let (graph, result) = RandomGraphs.layout(seed: seed, direction: direction)
        var labels: [(Int, LayoutRect)] = []
        for (e, edge) in graph.edges.enumerated() {
            guard let c = result.edges[e].labelCenter else { continue }
            labels.append((e, LayoutRect(center: c, width: edge.labelWidth, height: edge.labelHeight)))
        }
        for (i, (e, label)) in labels.enumerated() {
            for (v, node) in result.nodes.enumerated() {
                #expect(!Self.overlap(label, node), "label of edge \(e) covers node \(v)")
            }
            for (f, other) in labels[(i + 1)...] {
                #expect(!Self.overlap(label, other), "labels of edges \(e) and \(f) overlap")
            }
        }
    }

    /// No segment of an edge passes through a node other than its own ends (self-loops aside),
    /// nor through its own ends' interiors.
    @Test(arguments: cases)
    func edgesDoNotPassThroughNodes(seed: UInt64, direction: LayoutGraph.Direction) {
        let (graph, result) = RandomGraphs.layout(seed: seed, direction: direction)
        for (e, edge) in graph.edges.enumerated() where edge.source != edge.target {
            let points = result.edges[e].points
            for (a, b) in zip(points, points.dropFirst()) {
                for (v, rect) in result.nodes.enumerated() {
                    #expect(!Self.segment(a, b, crossesInteriorOf: rect), "edge \(e) passes through node \(v)")
                }
            }
        }
    }

    /// Whether segment ab enters `rect` shrunk by 0.5 (Liang–Barsky clipping).
    static func segment(_ a: LayoutPoint, _ b: LayoutPoint, crossesInteriorOf rect: LayoutRect) -> Bool {
        let r = LayoutRect(center: rect.center, width: rect.width - 1, height: rect.height - 1)
        guard r.width > 0, r.height > 0 else { return false }
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - r.minX), (dx, r.maxX - a.x), (-dy, a.y - r.minY), (dy, r.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            }
        }
        return t0 < t1
    }

    @Test(arguments: cases)
    func everythingLiesOnTheCanvas(seed: UInt64, direction: LayoutGraph.Direction) {
        let (graph, result) = RandomGraphs.layout(seed: seed, direction: direction)
        let canvas = LayoutRect(
            center: LayoutPoint(x: result.width / 2, y: result.height / 2), width: result.width, height: result.height)
        for rect in result.nodes + result.clusters { #expect(Self.contains(canvas, rect)) }
        for (route, edge) in zip(result.edges, graph.edges) {
            guard let c = route.labelCenter else { continue }
            #expect(Self.contains(canvas, LayoutRect(center: c, width: edge.labelWidth, height: edge.labelHeight)))
        }
        for route in result.edges {
            for p in route.points {
                #expect(p.x.isFinite && p.y.isFinite && Self.contains(canvas, LayoutRect(center: p, width: 0, height: 0)))
            }
        }
    }

    @Test(arguments: cases)
    func sameInputGivesTheSameResult(seed: UInt64, direction: LayoutGraph.Direction) {
        let (graph, result) = RandomGraphs.layout(seed: seed, direction: direction)
        #expect(LayeredLayout.layout(graph) == result)
    }

    @Test(arguments: RandomGraphs.seeds)
    func directionsAreMirrorsAndTransposesOfTopToBottom(seed: UInt64) {
        // Ranks follow the direction: along every edge that was not reversed, the target lies
        // further along the rank axis than the source.
        // The orientation is the same in every direction, so the top-to-bottom pipeline says
        // which edges were reversed.
        let p = RandomGraphs.pipelines[seed]!
        for direction in RandomGraphs.directions {
            let (graph, result) = RandomGraphs.layout(seed: seed, direction: direction)
            for (e, edge) in p.prepared.edges.enumerated() where !p.reversed[e] {
                guard case .node(let s) = graph.edges[edge.original].source,
                    case .node(let t) = graph.edges[edge.original].target
                else { continue }
                let a = result.nodes[s].center, b = result.nodes[t].center
                switch direction {
                case .topToBottom: #expect(b.y > a.y)
                case .bottomToTop: #expect(b.y < a.y)
                case .leftToRight: #expect(b.x > a.x)
                case .rightToLeft: #expect(b.x < a.x)
                }
            }
        }
    }

    static func box(_ end: LayoutGraph.Endpoint, _ result: LayoutResult) -> LayoutRect {
        switch end {
        case .node(let v): result.nodes[v]
        case .cluster(let c): result.clusters[c]
        }
    }

    /// An end on a node lies on its border; an end on a cluster lies on the cluster's box, unless
    /// the other end is inside that cluster: then it stops at the anchor node inside.
    static func endsOnBorder(
        _ p: LayoutPoint, at end: LayoutGraph.Endpoint, other: LayoutGraph.Endpoint, _ graph: LayoutGraph,
        _ result: LayoutResult
    ) -> Bool {
        switch end {
        case .node(let v): return isOnBorder(p, of: result.nodes[v])
        case .cluster(let c):
            let otherInside: Bool
            switch other {
            case .node(let v): otherInside = isMember(graph, v, of: c)
            case .cluster(let d): otherInside = isWithin(graph, d, c)
            }
            return otherInside ? result.nodes.contains { isOnBorder(p, of: $0) } : isOnBorder(p, of: result.clusters[c])
        }
    }

    static func isWithin(_ graph: LayoutGraph, _ d: Int, _ c: Int) -> Bool {
        var p: Int? = d
        while let cluster = p {
            if cluster == c { return true }
            p = graph.clusters[cluster].parent
        }
        return false
    }

    static func isMember(_ graph: LayoutGraph, _ v: Int, of c: Int) -> Bool {
        var p = graph.nodes[v].cluster
        while let cluster = p {
            if cluster == c { return true }
            p = graph.clusters[cluster].parent
        }
        return false
    }

    static func overlap(_ a: LayoutRect, _ b: LayoutRect) -> Bool {
        a.minX < b.maxX - epsilon && b.minX < a.maxX - epsilon && a.minY < b.maxY - epsilon && b.minY < a.maxY - epsilon
    }

    static func contains(_ outer: LayoutRect, _ inner: LayoutRect) -> Bool {
        outer.minX <= inner.minX + epsilon && inner.maxX <= outer.maxX + epsilon && outer.minY <= inner.minY + epsilon
            && inner.maxY <= outer.maxY + epsilon
    }

    static func isOnBorder(_ p: LayoutPoint, of r: LayoutRect) -> Bool {
        let e = 1e-6
        let inside = p.x >= r.minX - e && p.x <= r.maxX + e && p.y >= r.minY - e && p.y <= r.maxY + e
        let onSide = abs(p.x - r.minX) < e || abs(p.x - r.maxX) < e || abs(p.y - r.minY) < e || abs(p.y - r.maxY) < e
        return inside && onSide
    }
}
