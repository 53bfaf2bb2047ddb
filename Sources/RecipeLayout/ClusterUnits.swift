// Clusters with a direction of their own (`LayoutGraph.Cluster.direction`), laid out separately
// and placed as one box: ELK's SEPARATE_CHILDREN, and what mermaid's recursive render does for a
// subgraph with a `direction` (reference §3, "A subgraph laid out as a unit").
//
// Needs: any `LayoutGraph` (cluster parents are sanitised as in P0, so nesting is acyclic and at
// most `PreparedGraph.maxClusterDepth` deep, which bounds the recursion).
// Guarantees: a unit (a cluster with a direction and no ancestor with one) is laid out as a graph
// of its own: its members, its inner clusters and the edges with both ends inside it, with the
// unit itself as the only top-level cluster (so it gets the usual padding and title band), ranks
// advancing in its direction, the rank separation 25 larger (as mermaid does) and no margin.
// Nested units recurse. The parent graph then holds one node per unit, of its box's size, and
// every edge that crosses a unit's border ends on that node, so on the unit's box. The unit's
// members, inner boxes and inner edge routes are moved into the place the parent gave its box.
// Without units this is exactly the phased layout of ``LayoutPipeline``.

/// Lays out clusters that have their own direction as separate graphs.
enum ClusterUnits {
    static func layout(_ graph: LayoutGraph) -> LayoutResult {
        let parents = PreparedGraph.sanitisedParents(graph.clusters, maxDepth: PreparedGraph.maxClusterDepth)
        let unitOf = outermostUnits(graph, parents)
        let units = graph.clusters.indices.filter { unitOf[$0] == $0 }
        guard !units.isEmpty else { return LayoutPipeline.result(graph) }
        let split = Split(graph: graph, parents: parents, unitOf: unitOf)
        let inner = units.map { split.unitGraph($0) }
        let innerResults = inner.map { layout($0.graph) }
        let outer = split.outerGraph(units: units, boxes: innerResults.map { $0.clusters[0] })
        let outerResult = LayoutPipeline.result(outer.graph)
        return compose(graph, outer: outer, outerResult: outerResult, inner: inner, innerResults: innerResults)
    }

    /// Per cluster, the outermost cluster with a direction among itself and its ancestors, or -1.
    private static func outermostUnits(_ graph: LayoutGraph, _ parents: [Int]) -> [Int] {
        parents.indices.map { c in
            var unit = -1
            var p = c
            while p >= 0 {
                if graph.clusters[p].direction != nil { unit = p }
                p = parents[p]
            }
            return unit
        }
    }

    /// Index maps between the input graph and the unit and outer graphs.
    private struct Split {
        let graph: LayoutGraph
        let parents: [Int]
        let unitOf: [Int]

        func unit(of end: LayoutGraph.Endpoint) -> Int {
            switch end {
            case .node(let v):
                guard v >= 0 && v < graph.nodes.count, let c = graph.nodes[v].cluster, c >= 0, c < unitOf.count else { return -1 }
                return unitOf[c]
            case .cluster(let c): return c >= 0 && c < unitOf.count ? unitOf[c] : -1
            }
        }

        func isInside(_ e: LayoutGraph.Edge, unit u: Int) -> Bool { unit(of: e.source) == u && unit(of: e.target) == u }

        /// The unit's own graph, and for each of its nodes, clusters and edges the input index.
        func unitGraph(_ u: Int) -> (graph: LayoutGraph, nodes: [Int], clusters: [Int], edges: [Int]) {
            let clusters = [u] + graph.clusters.indices.filter { $0 != u && unitOf[$0] == u }
            var clusterIndex = [Int: Int]()
            for (i, c) in clusters.enumerated() { clusterIndex[c] = i }
            let nodes = graph.nodes.indices.filter { unit(of: .node($0)) == u }
            var nodeIndex = [Int: Int]()
            for (i, v) in nodes.enumerated() { nodeIndex[v] = i }
            var sub = LayoutGraph(
                direction: graph.clusters[u].direction ?? graph.direction, nodeSeparation: graph.nodeSeparation,
                rankSeparation: graph.rankSeparation + 25, margin: 0, edgeSeparation: graph.edgeSeparation)
            sub.nodes = nodes.map { v in
                var node = graph.nodes[v]
                node.cluster = node.cluster.flatMap { clusterIndex[$0] }
                return node
            }
            sub.clusters = clusters.enumerated().map { i, c in
                var cluster = graph.clusters[c]
                cluster.parent = i == 0 ? nil : clusterIndex[parents[c]]
                if i == 0 { cluster.direction = nil }
                return cluster
            }
            let edges = graph.edges.indices.filter { isInside(graph.edges[$0], unit: u) }
            func map(_ end: LayoutGraph.Endpoint) -> LayoutGraph.Endpoint {
                switch end {
                case .node(let v): .node(nodeIndex[v] ?? -1)
                case .cluster(let c): .cluster(clusterIndex[c] ?? -1)
                }
            }
            sub.edges = edges.map { e in
                var edge = graph.edges[e]
                edge.source = map(edge.source)
                edge.target = map(edge.target)
                return edge
            }
            return (sub, nodes, clusters, edges)
        }

        /// The graph around the units, each unit one node of its box's size (added last).
        func outerGraph(units: [Int], boxes: [LayoutRect]) -> (graph: LayoutGraph, nodes: [Int], clusters: [Int], edges: [Int]) {
            let clusters = graph.clusters.indices.filter { unitOf[$0] < 0 }
            var clusterIndex = [Int: Int]()
            for (i, c) in clusters.enumerated() { clusterIndex[c] = i }
            let nodes = graph.nodes.indices.filter { unit(of: .node($0)) < 0 }
            var nodeIndex = [Int: Int]()
            for (i, v) in nodes.enumerated() { nodeIndex[v] = i }
            var unitNode = [Int: Int]()
            for (i, u) in units.enumerated() { unitNode[u] = nodes.count + i }
            var outer = graph
            outer.nodes = nodes.map { v in
                var node = graph.nodes[v]
                node.cluster = node.cluster.flatMap { clusterIndex[$0] }
                return node
            }
            for (u, box) in zip(units, boxes) {
                outer.nodes.append(
                    LayoutGraph.Node(width: box.width, height: box.height, cluster: parents[u] >= 0 ? clusterIndex[parents[u]] : nil))
            }
            outer.clusters = clusters.map { c in
                var cluster = graph.clusters[c]
                cluster.parent = parents[c] >= 0 ? clusterIndex[parents[c]] : nil
                return cluster
            }
            let edges = graph.edges.indices.filter { e in
                let u = unit(of: graph.edges[e].source)
                return u < 0 || !isInside(graph.edges[e], unit: u)
            }
            func map(_ end: LayoutGraph.Endpoint) -> LayoutGraph.Endpoint {
                let u = unit(of: end)
                if u >= 0 { return .node(unitNode[u] ?? -1) }
                switch end {
                case .node(let v): return .node(nodeIndex[v] ?? -1)
                case .cluster(let c): return .cluster(clusterIndex[c] ?? -1)
                }
            }
            outer.edges = edges.map { e in
                var edge = graph.edges[e]
                edge.source = map(edge.source)
                edge.target = map(edge.target)
                return edge
            }
            return (outer, nodes, clusters, edges)
        }
    }

    private static func compose(
        _ graph: LayoutGraph, outer: (graph: LayoutGraph, nodes: [Int], clusters: [Int], edges: [Int]),
        outerResult: LayoutResult,
        inner: [(graph: LayoutGraph, nodes: [Int], clusters: [Int], edges: [Int])], innerResults: [LayoutResult]
    ) -> LayoutResult {
        let empty = LayoutRect(center: LayoutPoint(x: 0, y: 0), width: 0, height: 0)
        var nodes = Array(repeating: empty, count: graph.nodes.count)
        var clusters = Array(repeating: empty, count: graph.clusters.count)
        var edges = Array(
            repeating: LayoutResult.EdgeRoute(points: [LayoutPoint(x: 0, y: 0), LayoutPoint(x: 0, y: 0)]), count: graph.edges.count)
        for (i, v) in outer.nodes.enumerated() { nodes[v] = outerResult.nodes[i] }
        for (i, c) in outer.clusters.enumerated() { clusters[c] = outerResult.clusters[i] }
        for (i, e) in outer.edges.enumerated() { edges[e] = outerResult.edges[i] }
        for (k, part) in inner.enumerated() {
            let placed = outerResult.nodes[outer.nodes.count + k], box = innerResults[k].clusters[0]
            let dx = placed.minX - box.minX, dy = placed.minY - box.minY
            func move(_ p: LayoutPoint) -> LayoutPoint { LayoutPoint(x: p.x + dx, y: p.y + dy) }
            func move(_ r: LayoutRect) -> LayoutRect { LayoutRect(center: move(r.center), width: r.width, height: r.height) }
            for (i, v) in part.nodes.enumerated() { nodes[v] = move(innerResults[k].nodes[i]) }
            for (i, c) in part.clusters.enumerated() { clusters[c] = move(innerResults[k].clusters[i]) }
            for (i, e) in part.edges.enumerated() {
                let route = innerResults[k].edges[i]
                edges[e] = LayoutResult.EdgeRoute(points: route.points.map(move), labelCenter: route.labelCenter.map(move))
            }
        }
        return LayoutResult(nodes: nodes, edges: edges, clusters: clusters, width: outerResult.width, height: outerResult.height)
    }
}
