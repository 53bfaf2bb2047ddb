import RecipeDiagnostics

/// Collects what the statements say and resolves it into a ``Flowchart`` in a second pass.
///
/// Needs: statements in source order. Guarantees (mermaid's rules, reference §4 and §9): a node's
/// last shape wins; ids that name a subgraph are clusters, not nodes, wherever they are used; a
/// node belongs to the innermost block that mentions it, the first sibling winning; `class` and
/// `style` reach nodes, subgraphs and edge ids, and unknown ids are ignored.
struct FlowchartBuilder {
    /// A subgraph while it is open or after it closed, with the ids mentioned inside it.
    struct SubgraphRecord {
        var subgraph: FlowSubgraph
        var mentions: [String] = []
        var closeOrder = 0
    }

    /// An edge whose ends are still ids.
    struct PendingEdge {
        var source: String
        var target: String
        var edge: FlowEdge
    }

    var chart: Flowchart
    private(set) var nodes: [FlowNode] = []
    private var nodeIndex: [String: Int] = [:]
    private(set) var edges: [PendingEdge] = []
    private var edgeIDs: [String: Int] = [:]
    private(set) var subgraphs: [SubgraphRecord] = []
    /// Indices into `subgraphs` of the blocks open at this point, innermost last.
    private(set) var openSubgraphs: [Int] = []
    private var closedCount = 0
    private var classAssignments: [(ids: [String], name: String)] = []
    private var styleAssignments: [(id: String, declarations: [StyleDeclaration])] = []

    init(headerRange: SourceRange) {
        chart = Flowchart(headerRange: headerRange)
    }

    /// Whether an edge has this id.
    func isEdgeID(_ id: String) -> Bool { edgeIDs[id] != nil }

    /// Records a mention of `id` in a node or edge statement, creating the node on first mention.
    mutating func mention(_ id: String, range: SourceRange) {
        if nodeIndex[id] == nil {
            nodeIndex[id] = nodes.count
            nodes.append(FlowNode(id: id, range: range))
        }
        if let open = openSubgraphs.last { subgraphs[open].mentions.append(id) }
    }

    /// Gives node `id` a shape and label (the last definition wins).
    mutating func define(_ id: String, shape: FlowNode.Shape?, label: FlowLabel?) {
        guard let index = nodeIndex[id] else { return }
        if let shape { nodes[index].shape = shape }
        if let label { nodes[index].label = label }
    }

    /// Adds `name` to node `id`'s classes (`:::name`).
    mutating func addClass(_ name: String, toNode id: String) {
        guard let index = nodeIndex[id] else { return }
        nodes[index].classes.append(name)
    }

    /// Adds an edge; returns its index, which `linkStyle` counts.
    @discardableResult
    mutating func addEdge(from source: String, to target: String, edge: FlowEdge) -> Int {
        var edge = edge
        if let id = edge.id {
            if edgeIDs[id] == nil { edgeIDs[id] = edges.count } else { edge.id = nil }
        }
        edges.append(PendingEdge(source: source, target: target, edge: edge))
        return edges.count - 1
    }

    /// Applies `linkStyle` declarations to edge `index` (already checked to exist).
    mutating func styleEdge(_ index: Int, _ declarations: [StyleDeclaration]) {
        edges[index].edge.style += declarations
    }

    /// Records `class ids name`.
    mutating func assignClass(_ name: String, to ids: [String]) {
        classAssignments.append((ids, name))
    }

    /// Records `style id …`; the node is created now when the id is not yet known.
    mutating func assignStyle(_ declarations: [StyleDeclaration], to id: String, range: SourceRange) {
        if nodeIndex[id] == nil && !subgraphs.contains(where: { $0.subgraph.id == id }) {
            nodeIndex[id] = nodes.count
            nodes.append(FlowNode(id: id, range: range))
        }
        styleAssignments.append((id, declarations))
    }

    /// Opens a `subgraph` block.
    mutating func openSubgraph(_ subgraph: FlowSubgraph) {
        if let open = openSubgraphs.last { subgraphs[open].mentions.append(subgraph.id) }
        openSubgraphs.append(subgraphs.count)
        subgraphs.append(SubgraphRecord(subgraph: subgraph))
    }

    /// Sets the innermost open block's direction; a top-level `direction` is ignored.
    mutating func setDirection(_ direction: Flowchart.Direction) {
        guard let open = openSubgraphs.last else { return }
        subgraphs[open].subgraph.direction = direction
    }

    /// Closes the innermost block at `end`.
    mutating func closeSubgraph(endOffset end: SourceLocation) {
        guard let open = openSubgraphs.popLast() else { return }
        subgraphs[open].subgraph.range.end = end
        subgraphs[open].closeOrder = closedCount
        closedCount += 1
    }

    /// The resolved flowchart.
    func build() -> Flowchart {
        var chart = self.chart
        var subgraphIndex: [String: Int] = [:]
        for (index, record) in subgraphs.enumerated() where subgraphIndex[record.subgraph.id] == nil {
            subgraphIndex[record.subgraph.id] = index
        }
        // Nodes named like a subgraph are that subgraph.
        var newIndex = [Int?](repeating: nil, count: nodes.count)
        var keptIndex: [String: Int] = [:]
        for (old, node) in nodes.enumerated() where subgraphIndex[node.id] == nil {
            newIndex[old] = chart.nodes.count
            keptIndex[node.id] = chart.nodes.count
            chart.nodes.append(node)
        }
        chart.subgraphs = subgraphs.map(\.subgraph)
        assignMembership(&chart, subgraphIndex: subgraphIndex, nodeIndex: keptIndex)
        func endpoint(_ id: String) -> FlowEdge.Endpoint {
            if let s = subgraphIndex[id] { return .subgraph(s) }
            return .node(keptIndex[id] ?? 0)
        }
        chart.edges = edges.map { pending in
            var edge = pending.edge
            edge.source = endpoint(pending.source)
            edge.target = endpoint(pending.target)
            return edge
        }
        for assignment in classAssignments {
            for id in assignment.ids {
                if let s = subgraphIndex[id] {
                    chart.subgraphs[s].classes.append(assignment.name)
                } else if let e = edgeIDs[id] {
                    chart.edges[e].classes.append(assignment.name)
                } else if let n = keptIndex[id] {
                    chart.nodes[n].classes.append(assignment.name)
                }
            }
        }
        for assignment in styleAssignments {
            if let s = subgraphIndex[assignment.id] {
                chart.subgraphs[s].style += assignment.declarations
            } else if let n = keptIndex[assignment.id] {
                chart.nodes[n].style += assignment.declarations
            }
        }
        return chart
    }

    /// Assigns each node and subgraph to the innermost block that mentions it (first sibling wins).
    private func assignMembership(
        _ chart: inout Flowchart, subgraphIndex: [String: Int], nodeIndex: [String: Int]
    ) {
        // The comparison reads a plain array: a closure over `subgraphs` would copy the builder.
        let closeOrder = subgraphs.map(\.closeOrder)
        let closing = subgraphs.indices.sorted { closeOrder[$0] < closeOrder[$1] }
        for block in closing {
            for id in subgraphs[block].mentions {
                if let child = subgraphIndex[id] {
                    if child != block && chart.subgraphs[child].parent == nil
                        && !isAncestor(child, of: block, in: chart)
                    {
                        chart.subgraphs[child].parent = block
                    }
                } else if let node = nodeIndex[id], chart.nodes[node].subgraph == nil {
                    chart.nodes[node].subgraph = block
                }
            }
        }
    }

    /// Whether `candidate` is `block` or one of its ancestors (prevents parent cycles).
    private func isAncestor(_ candidate: Int, of block: Int, in chart: Flowchart) -> Bool {
        var current: Int? = block
        var steps = 0
        while let c = current, steps <= chart.subgraphs.count {
            if c == candidate { return true }
            current = chart.subgraphs[c].parent
            steps += 1
        }
        return false
    }
}
