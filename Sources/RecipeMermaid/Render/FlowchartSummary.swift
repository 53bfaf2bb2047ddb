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
        var text: [UInt8] = []
        text.reserveCapacity(64 + min(chart.edges.count, edgeLimit) * 48)
        func add(_ part: String) { text.append(contentsOf: part.utf8) }
        add("Flowchart, \(direction), with \(count(chart.nodes.count, "node"))")
        add(" and \(count(chart.edges.count, "edge"))")
        if !chart.subgraphs.isEmpty { add(" in \(count(chart.subgraphs.count, "group"))") }
        // A node is usually at the end of several edges: its name is worked out once.
        var nodeNames = [[UInt8]?](repeating: nil, count: chart.nodes.count)
        func addName(_ endpoint: FlowEdge.Endpoint) {
            guard case .node(let i) = endpoint, chart.nodes.indices.contains(i) else {
                add(Self.name(endpoint, chart))
                return
            }
            if nodeNames[i] == nil {
                var bytes: [UInt8] = []
                appendPlain(chart.nodes[i].label.text, to: &bytes)
                nodeNames[i] = bytes
            }
            text.append(contentsOf: nodeNames[i]!)
        }
        for (index, edge) in chart.edges.prefix(edgeLimit).enumerated() {
            add(index == 0 ? ": " : "; ")
            addName(edge.source)
            add(" to ")
            addName(edge.target)
            if let label = edge.label {
                add(" (")
                appendPlain(label.text, to: &text)
                add(")")
            }
        }
        if chart.edges.count > edgeLimit { add("; and \(chart.edges.count - edgeLimit) more") }
        add(".")
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends ``plain(_:)`` of `text` to `bytes`.
    static func appendPlain(_ text: String, to bytes: inout [UInt8]) {
        if ASCIILabel.isASCII(text) {
            ASCIILabel.appendPlain(text, to: &bytes)
        } else {
            bytes.append(contentsOf: plainByCharacter(text).utf8)
        }
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
