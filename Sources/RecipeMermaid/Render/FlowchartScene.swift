import RecipeLayout

/// A flowchart measured for layout: label boxes, node geometry and the ``LayoutGraph``.
///
/// Empty subgraphs have no members to surround, so (as mermaid does) they are laid out as nodes
/// of their own; `emptySubgraphNode[s]` is that layout node.
struct FlowchartScene {
    var nodeLabels: [LabelBox] = []
    var geometry: [NodeGeometry] = []
    var edgeLabels: [LabelBox?] = []
    var clusterTitles: [LabelBox] = []
    var emptySubgraphNode: [Int: Int] = [:]
    var graph = LayoutGraph()

    /// Padding between an edge label's text and its background's edge.
    static let edgeLabelPadding = 4.0
    /// Room above a cluster's contents for its title.
    static let clusterTitlePadding = 8.0

    init(_ chart: Flowchart) {
        graph.direction = LayoutGraph.Direction(rawValue: chart.direction.rawValue) ?? .topToBottom
        if let spacing = chart.nodeSpacing { graph.nodeSeparation = spacing }
        if let spacing = chart.rankSpacing { graph.rankSeparation = spacing }
        for node in chart.nodes {
            let box = LabelBox(node.label)
            nodeLabels.append(box)
            let shape = NodeGeometry(shape: node.shape, textWidth: box.width, textHeight: box.height)
            geometry.append(shape)
            graph.nodes.append(
                LayoutGraph.Node(width: shape.width, height: shape.height, cluster: node.subgraph))
        }
        var hasMembers = [Bool](repeating: false, count: chart.subgraphs.count)
        for node in chart.nodes { if let s = node.subgraph { hasMembers[s] = true } }
        for subgraph in chart.subgraphs { if let p = subgraph.parent { hasMembers[p] = true } }
        for (index, subgraph) in chart.subgraphs.enumerated() {
            let title = LabelBox(subgraph.title, bold: true)
            clusterTitles.append(title)
            graph.clusters.append(
                LayoutGraph.Cluster(
                    parent: subgraph.parent, titleWidth: title.width + 2 * Self.clusterTitlePadding,
                    titleHeight: title.height + Self.clusterTitlePadding,
                    direction: subgraph.direction.flatMap { LayoutGraph.Direction(rawValue: $0.rawValue) }))
            if !hasMembers[index] {
                emptySubgraphNode[index] = graph.nodes.count
                graph.nodes.append(
                    LayoutGraph.Node(
                        width: title.width + 4 * NodeGeometry.padding,
                        height: title.height + 2 * NodeGeometry.padding, cluster: subgraph.parent))
            }
        }
        for edge in chart.edges {
            let label = edge.label.map { LabelBox($0) }
            edgeLabels.append(label)
            graph.edges.append(
                LayoutGraph.Edge(
                    source: endpoint(edge.source), target: endpoint(edge.target),
                    minLength: edge.length, weight: 1,
                    labelWidth: label.map { $0.width + 2 * Self.edgeLabelPadding } ?? 0,
                    labelHeight: label.map { $0.height + Self.edgeLabelPadding } ?? 0))
        }
    }

    /// The layout end of an edge end.
    func endpoint(_ end: FlowEdge.Endpoint) -> LayoutGraph.Endpoint {
        switch end {
        case .node(let i): return .node(i)
        case .subgraph(let s): return emptySubgraphNode[s].map { .node($0) } ?? .cluster(s)
        }
    }
}
