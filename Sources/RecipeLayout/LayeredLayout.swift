/// Lays out a ``LayoutGraph`` in layers.
///
/// Placeholder arrangement until the phased layout lands: nodes in a single column in input
/// order, edges as straight lines, clusters as the bounding box of their members.
public enum LayeredLayout {
    public static func layout(_ graph: LayoutGraph) -> LayoutResult {
        var y = graph.margin
        let width = (graph.nodes.map(\.width).max() ?? 0) + 2 * graph.margin
        var rects: [LayoutRect] = []
        for node in graph.nodes {
            rects.append(LayoutRect(center: LayoutPoint(x: width / 2, y: y + node.height / 2), width: node.width, height: node.height))
            y += node.height + graph.rankSeparation
        }
        func center(_ end: LayoutGraph.Endpoint) -> LayoutPoint {
            if case .node(let i) = end, i < rects.count { return rects[i].center }
            return LayoutPoint(x: width / 2, y: graph.margin)
        }
        let edges = graph.edges.map { edge in
            LayoutResult.EdgeRoute(points: [center(edge.source), center(edge.target)])
        }
        let clusters = graph.clusters.indices.map { c -> LayoutRect in
            let members = graph.nodes.indices.filter { graph.nodes[$0].cluster == c }.map { rects[$0] }
            guard let first = members.first else { return LayoutRect(center: LayoutPoint(x: 0, y: 0), width: 0, height: 0) }
            let minX = members.map(\.minX).min()! - 8, maxX = members.map(\.maxX).max()! + 8
            let minY = members.map(\.minY).min()! - 8, maxY = members.map(\.maxY).max()! + 8
            _ = first
            return LayoutRect(center: LayoutPoint(x: (minX + maxX) / 2, y: (minY + maxY) / 2), width: maxX - minX, height: maxY - minY)
        }
        return LayoutResult(nodes: rects, edges: edges, clusters: clusters, width: width, height: y + graph.margin)
    }
}
