/// A line-per-element text form of a flowchart with source ranges, for tests and debugging.
extension Flowchart {
    /// The dump: the header, then nodes, edges, subgraphs and class definitions, one per line.
    ///
    /// ```
    /// Flowchart LR @1:1-1:13
    /// Node A rectangle plain "A" @2:3-2:4
    /// Edge A -> B normal none-arrow length 1 @2:5-2:8
    /// ```
    public func dump() -> String {
        var lines = ["Flowchart \(direction.rawValue) @\(headerRange)"]
        if let title { lines.append("Title \(quoted(title))") }
        if let accessibleTitle { lines.append("AccTitle \(quoted(accessibleTitle))") }
        if let accessibleDescription { lines.append("AccDescr \(quoted(accessibleDescription))") }
        for node in nodes { lines.append(dump(node)) }
        for edge in edges { lines.append(dump(edge)) }
        for subgraph in subgraphs { lines.append(dump(subgraph)) }
        for definition in classDefinitions {
            lines.append("ClassDef \(definition.name) \(dump(definition.declarations)) @\(definition.range)")
        }
        if !defaultEdgeStyle.isEmpty { lines.append("DefaultEdgeStyle \(dump(defaultEdgeStyle))") }
        if let curve { lines.append("Curve \(curve)") }
        if let nodeSpacing { lines.append("NodeSpacing \(nodeSpacing)") }
        if let rankSpacing { lines.append("RankSpacing \(rankSpacing)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private func dump(_ node: FlowNode) -> String {
        var line = "Node \(node.id) \(node.shape.rawValue) \(dump(node.label)) @\(node.range)"
        if let subgraph = node.subgraph { line += " in \(subgraphs[subgraph].id)" }
        if !node.classes.isEmpty { line += " classes \(node.classes.joined(separator: ","))" }
        if !node.style.isEmpty { line += " style \(dump(node.style))" }
        return line
    }

    private func dump(_ edge: FlowEdge) -> String {
        var line = "Edge \(name(edge.source)) -> \(name(edge.target)) \(edge.stroke.rawValue)"
        line += " \(edge.sourceHead.rawValue)-\(edge.targetHead.rawValue) length \(edge.length)"
        if let label = edge.label { line += " label \(dump(label))" }
        if let id = edge.id { line += " id \(id)" }
        line += " @\(edge.range)"
        if !edge.classes.isEmpty { line += " classes \(edge.classes.joined(separator: ","))" }
        if !edge.style.isEmpty { line += " style \(dump(edge.style))" }
        return line
    }

    private func dump(_ subgraph: FlowSubgraph) -> String {
        var line = "Subgraph \(subgraph.id) \(dump(subgraph.title)) @\(subgraph.range)"
        if let parent = subgraph.parent { line += " in \(subgraphs[parent].id)" }
        if let direction = subgraph.direction { line += " direction \(direction.rawValue)" }
        if !subgraph.classes.isEmpty { line += " classes \(subgraph.classes.joined(separator: ","))" }
        if !subgraph.style.isEmpty { line += " style \(dump(subgraph.style))" }
        return line
    }

    private func dump(_ label: FlowLabel) -> String {
        "\(label.kind.rawValue) \(quoted(label.text)) @\(label.range)"
    }

    private func dump(_ declarations: [StyleDeclaration]) -> String {
        declarations.map { "\($0.property):\($0.value)" }.joined(separator: ";")
    }

    private func name(_ endpoint: FlowEdge.Endpoint) -> String {
        switch endpoint {
        case .node(let index): nodes.indices.contains(index) ? nodes[index].id : "?"
        case .subgraph(let index): subgraphs.indices.contains(index) ? "[\(subgraphs[index].id)]" : "?"
        }
    }

    private func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
