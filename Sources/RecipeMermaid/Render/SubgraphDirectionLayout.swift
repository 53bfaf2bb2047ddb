import RecipeLayout

/// Lays out a scene, honouring `direction` inside subgraphs the way mermaid 11 does.
///
/// Needs: a ``FlowchartScene``. RecipeLayout has one direction per graph, so a subgraph whose
/// `direction` differs from the diagram's (and that holds nodes but no nested subgraphs, and is
/// not itself an edge end) is laid out on its own in its direction; the diagram is then laid
/// out with that subgraph's members replaced by one node of the inner drawing's size, inside
/// the subgraph's box, and the inner drawing is moved into place. Edges between a member and
/// the outside end at the subgraph's box, as mermaid draws them.
/// Guarantees: the result has one rectangle per scene node, one route per edge and one box per
/// subgraph, in the scene's order; `absorbed[n]` names the subgraph whose box stands in for
/// node `n` at the ends of outside edges.
struct SubgraphDirectionLayout {
    var result: LayoutResult
    var absorbed: [Int: Int] = [:]

    init(chart: Flowchart, scene: FlowchartScene) {
        let graph = scene.graph
        var groups: [(subgraph: Int, members: [Int])] = []
        for (s, subgraph) in chart.subgraphs.enumerated() {
            guard let direction = subgraph.direction, direction != chart.direction,
                scene.emptySubgraphNode[s] == nil,
                !chart.subgraphs.contains(where: { $0.parent == s }),
                !chart.edges.contains(where: { $0.source == .subgraph(s) || $0.target == .subgraph(s) })
            else { continue }
            let members = chart.nodes.indices.filter { chart.nodes[$0].subgraph == s }
            if !members.isEmpty { groups.append((s, members)) }
        }
        guard !groups.isEmpty else {
            result = LayeredLayout.layout(graph)
            return
        }
        var group = [Int?](repeating: nil, count: graph.nodes.count)
        for (g, entry) in groups.enumerated() { for m in entry.members { group[m] = g } }
        for entry in groups { for m in entry.members { absorbed[m] = entry.subgraph } }

        // Each group on its own, in its own direction.
        var inner: [LayoutResult] = []
        var innerEdges: [[Int]] = []
        for entry in groups {
            var sub = LayoutGraph(
                direction: LayoutGraph.Direction(
                    rawValue: chart.subgraphs[entry.subgraph].direction?.rawValue ?? "TB") ?? .topToBottom,
                nodeSeparation: graph.nodeSeparation, rankSeparation: graph.rankSeparation, margin: 0)
            var local: [Int: Int] = [:]
            for m in entry.members {
                local[m] = sub.nodes.count
                sub.nodes.append(LayoutGraph.Node(width: graph.nodes[m].width, height: graph.nodes[m].height))
            }
            var edgeIndices: [Int] = []
            for (e, edge) in graph.edges.enumerated() {
                guard case .node(let a) = edge.source, case .node(let b) = edge.target,
                    let la = local[a], let lb = local[b]
                else { continue }
                var copy = edge
                copy.source = .node(la)
                copy.target = .node(lb)
                sub.edges.append(copy)
                edgeIndices.append(e)
            }
            inner.append(LayeredLayout.layout(sub))
            innerEdges.append(edgeIndices)
        }

        // The diagram, with one node per group.
        var outer = graph
        outer.nodes = []
        var outerIndex = [Int](repeating: 0, count: graph.nodes.count)
        for (n, node) in graph.nodes.enumerated() where group[n] == nil {
            outerIndex[n] = outer.nodes.count
            outer.nodes.append(node)
        }
        var proxy: [Int] = []
        for (g, entry) in groups.enumerated() {
            proxy.append(outer.nodes.count)
            outer.nodes.append(
                LayoutGraph.Node(width: inner[g].width, height: inner[g].height, cluster: entry.subgraph))
        }
        for n in graph.nodes.indices { if let g = group[n] { outerIndex[n] = proxy[g] } }
        func map(_ end: LayoutGraph.Endpoint) -> LayoutGraph.Endpoint {
            if case .node(let n) = end { return .node(outerIndex[n]) }
            return end
        }
        let innerSet = Set(innerEdges.flatMap { $0 })
        var outerEdge: [Int: Int] = [:]
        outer.edges = []
        for (e, edge) in graph.edges.enumerated() where !innerSet.contains(e) {
            var copy = edge
            copy.source = map(edge.source)
            copy.target = map(edge.target)
            outerEdge[e] = outer.edges.count
            outer.edges.append(copy)
        }
        let placed = LayeredLayout.layout(outer)
        result = Self.compose(
            graph: graph, placed: placed, inner: inner, innerEdges: innerEdges, groups: groups,
            group: group, outerIndex: outerIndex, proxy: proxy, outerEdge: outerEdge)
    }

    /// Moves each inner drawing into its placeholder and gathers everything in scene order.
    private static func compose(
        graph: LayoutGraph, placed: LayoutResult, inner: [LayoutResult], innerEdges: [[Int]],
        groups: [(subgraph: Int, members: [Int])], group: [Int?], outerIndex: [Int], proxy: [Int],
        outerEdge: [Int: Int]
    ) -> LayoutResult {
        func shift(_ p: LayoutPoint, _ g: Int) -> LayoutPoint {
            let box = placed.nodes[proxy[g]]
            return LayoutPoint(x: p.x + box.minX, y: p.y + box.minY)
        }
        var nodes: [LayoutRect] = []
        for n in graph.nodes.indices {
            if let g = group[n], let local = groups[g].members.firstIndex(of: n) {
                let rect = inner[g].nodes[local]
                nodes.append(LayoutRect(center: shift(rect.center, g), width: rect.width, height: rect.height))
            } else {
                nodes.append(placed.nodes[outerIndex[n]])
            }
        }
        var edges = [LayoutResult.EdgeRoute](
            repeating: LayoutResult.EdgeRoute(points: []), count: graph.edges.count)
        for (e, o) in outerEdge { edges[e] = placed.edges[o] }
        for (g, indices) in innerEdges.enumerated() {
            for (local, e) in indices.enumerated() {
                let route = inner[g].edges[local]
                edges[e] = LayoutResult.EdgeRoute(
                    points: route.points.map { shift($0, g) },
                    labelCenter: route.labelCenter.map { shift($0, g) })
            }
        }
        return LayoutResult(
            nodes: nodes, edges: edges, clusters: placed.clusters, width: placed.width,
            height: placed.height)
    }
}
