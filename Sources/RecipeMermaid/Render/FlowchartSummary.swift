/// A plain-text description of a flowchart for `<desc>` when there is no `accDescr`.
enum FlowchartSummary {
    /// At most this many edges are spelled out.
    static let edgeLimit = 40

    /// "Flowchart, top to bottom, with 3 nodes and 2 edges: A to B (label); B to C."
    static func describe(_ chart: Flowchart) -> String {
        let direction: String
        switch chart.direction {
        case .topToBottom: direction = "top to bottom"
        case .bottomToTop: direction = "bottom to top"
        case .leftToRight: direction = "left to right"
        case .rightToLeft: direction = "right to left"
        }
        var text = "Flowchart, \(direction), with \(count(chart.nodes.count, "node"))"
        text += " and \(count(chart.edges.count, "edge"))"
        if !chart.subgraphs.isEmpty { text += " in \(count(chart.subgraphs.count, "group"))" }
        // A node is usually at the end of several edges: its name is worked out once.
        var nodeNames = [String?](repeating: nil, count: chart.nodes.count)
        func name(_ endpoint: FlowEdge.Endpoint) -> String {
            guard case .node(let i) = endpoint, chart.nodes.indices.contains(i) else { return Self.name(endpoint, chart) }
            if let known = nodeNames[i] { return known }
            let computed = Self.name(endpoint, chart)
            nodeNames[i] = computed
            return computed
        }
        for (index, edge) in chart.edges.prefix(edgeLimit).enumerated() {
            text += index == 0 ? ": " : "; "
            text += name(edge.source)
            text += " to "
            text += name(edge.target)
            if let label = edge.label {
                text += " ("
                text += plain(label.text)
                text += ")"
            }
        }
        if chart.edges.count > edgeLimit { text += "; and \(chart.edges.count - edgeLimit) more" }
        return text + "."
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private static func name(_ endpoint: FlowEdge.Endpoint, _ chart: Flowchart) -> String {
        switch endpoint {
        case .node(let i): chart.nodes.indices.contains(i) ? plain(chart.nodes[i].label.text) : "?"
        case .subgraph(let i):
            chart.subgraphs.indices.contains(i) ? "group " + plain(chart.subgraphs[i].title.text) : "?"
        }
    }

    /// Label text with `<br>` breaks and runs of whitespace as single spaces, trimmed.
    static func plain(_ text: String) -> String {
        ASCIILabel.isASCII(text) ? ASCIILabel.plain(text) : plainByCharacter(text)
    }

    /// ``plain(_:)`` by `Character`, for any text.
    static func plainByCharacter(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        var rest = Substring(text)
        while let first = rest.first {
            if first == "<", let length = LabelBox.breakTagLength(rest) {
                pendingSpace = true
                rest = rest.dropFirst(length)
                continue
            }
            if first == " " || first == "\t" || first.isNewline {
                pendingSpace = true
            } else {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(first)
            }
            rest = rest.dropFirst()
        }
        return result
    }
}
