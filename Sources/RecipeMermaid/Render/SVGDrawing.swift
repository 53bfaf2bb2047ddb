import RecipeLayout

/// Writes the elements of one diagram from its scene and layout, growing the bounds as it goes.
///
/// Order (later is on top): cluster boxes outermost first, edges, nodes, edge labels.
struct SVGDrawing {
    let chart: Flowchart
    let scene: FlowchartScene
    let layout: LayoutResult
    var body = ""
    private(set) var rawBounds = SVGBounds()
    /// Cluster titles, written after the edges so they can be placed clear of them.
    var pendingTitles: [PendingTitle] = []
    /// The drawn route of each visible edge, worked out once: edges, their labels and the
    /// cluster titles all need it.
    private var routes: [[LayoutPoint]?] = []

    var bounds: SVGBounds { rawBounds.normalized }

    init(chart: Flowchart, scene: FlowchartScene, layout: LayoutResult) {
        self.chart = chart
        self.scene = scene
        self.layout = layout
        routes = chart.edges.indices.map { chart.edges[$0].stroke == .invisible ? nil : drawnRoute($0) }
    }

    /// The drawn route of edge `index` (see ``drawnRoute(_:)``).
    func route(_ index: Int) -> [LayoutPoint] {
        if index < routes.count, let cached = routes[index] { return cached }
        return drawnRoute(index)
    }

    mutating func include(_ rect: LayoutRect) { rawBounds.include(rect) }
    mutating func include(_ point: LayoutPoint) { rawBounds.include(x: point.x, y: point.y) }

    // MARK: Styles

    /// The merged declarations for a node: `classDef default`, its classes, then `style`.
    func nodeStyle(_ node: FlowNode) -> [StyleDeclaration] {
        chart.classStyle("default") + node.classes.flatMap(chart.classStyle) + node.style
    }

    /// ` style="…"` or nothing.
    static func styleAttribute(_ pairs: [(String, String)]) -> String {
        pairs.isEmpty ? "" : " style=\"\(SVGText.escape(StyleSanitizer.css(pairs)))\""
    }

    /// Shape and text styles, adding a readable text colour on a custom fill without `color`.
    static func shapeAndTextStyle(_ declarations: [StyleDeclaration]) -> (String, String) {
        var (shape, text) = StyleSanitizer.split(declarations)
        if !text.contains(where: { $0.0 == "fill" }),
            let fill = shape.first(where: { $0.0 == "fill" })?.1,
            let contrast = StyleSanitizer.contrastingText(on: fill)
        {
            text.append(("fill", contrast))
        }
        return (styleAttribute(shape), styleAttribute(text))
    }

    // MARK: Clusters

    /// The depth of subgraph `index` (0 at the top level), bounded against cycles.
    func depth(_ index: Int) -> Int {
        var depth = 0
        var current = chart.subgraphs[index].parent
        while let parent = current, depth <= chart.subgraphs.count {
            depth += 1
            current = chart.subgraphs[parent].parent
        }
        return depth
    }

    mutating func drawClusters() {
        let order = chart.subgraphs.indices.sorted { (depth($0), $0) < (depth($1), $1) }
        for index in order where index < layout.clusters.count {
            var rect = layout.clusters[index]
            if let node = scene.emptySubgraphNode[index], node < layout.nodes.count {
                rect = layout.nodes[node]
            }
            guard rect.width > 0 || rect.height > 0 else { continue }
            include(rect)
            let subgraph = chart.subgraphs[index]
            let (shapeStyle, textStyle) = Self.shapeAndTextStyle(
                subgraph.classes.flatMap(chart.classStyle) + subgraph.style)
            body += "<g class=\"cluster\">"
            body += "<rect class=\"c\" x=\"\(f(rect.minX))\" y=\"\(f(rect.minY))\""
            body += " width=\"\(f(rect.width))\" height=\"\(f(rect.height))\" rx=\"4\"\(shapeStyle)/>"
            body += "</g>\n"
            let title = scene.clusterTitles[index]
            let top = scene.emptySubgraphNode[index] != nil
                ? rect.center.y - title.height / 2 : rect.minY + FlowchartScene.clusterTitlePadding / 2
            let fill = StyleSanitizer.split(subgraph.classes.flatMap(chart.classStyle) + subgraph.style)
                .shape.last { $0.0 == "fill" }?.1
            pendingTitles.append(
                PendingTitle(box: title, rect: rect, top: top, textStyle: textStyle, fill: fill))
        }
    }

    // MARK: Title

    /// The frontmatter title, centred above everything else (as mermaid shows it).
    mutating func drawTitle() {
        guard let title = chart.title, !title.isEmpty else { return }
        let box = LabelBox(text: title, markdown: false)
        let current = rawBounds.normalized
        let top = current.minY - box.height - 8
        let centerX = (current.minX + current.maxX) / 2
        include(LayoutRect(center: LayoutPoint(x: centerX, y: top + box.height / 2), width: box.width, height: box.height))
        body += text(box, centerX: centerX, top: top, className: "tt", style: "")
        body += "\n"
    }

    // MARK: Nodes

    mutating func drawNodes() {
        for (index, node) in chart.nodes.enumerated() where index < layout.nodes.count {
            let rect = layout.nodes[index]
            include(rect)
            let geometry = scene.geometry[index]
            let (shapeStyle, textStyle) = Self.shapeAndTextStyle(nodeStyle(node))
            body += "<g class=\"node\">"
            body += outline(geometry, center: rect.center, style: shapeStyle)
            let label = scene.nodeLabels[index]
            var top = rect.center.y - label.height / 2
            if node.shape == .cylinder { top += geometry.capRadius / 2 }
            body += text(label, centerX: rect.center.x, top: top, className: "t", style: textStyle)
            body += "</g>\n"
        }
    }

    /// The outline element(s) of a node shape centred at `c`.
    func outline(_ g: NodeGeometry, center c: LayoutPoint, style: String) -> String {
        let x = c.x - g.width / 2
        let y = c.y - g.height / 2
        let box = "x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(g.width))\" height=\"\(f(g.height))\""
        switch g.shape {
        case .rectangle:
            return "<rect class=\"n\" \(box)\(style)/>"
        case .rounded:
            return "<rect class=\"n\" \(box) rx=\"5\"\(style)/>"
        case .stadium:
            return "<rect class=\"n\" \(box) rx=\"\(f(g.height / 2))\"\(style)/>"
        case .subroutine:
            let lines = "M\(f(x + 8)),\(f(y))V\(f(y + g.height))M\(f(x + g.width - 8)),\(f(y))V\(f(y + g.height))"
            return "<rect class=\"n\" \(box)\(style)/><path class=\"n\" d=\"\(lines)\"\(style)/>"
        case .circle:
            return "<circle class=\"n\" cx=\"\(f(c.x))\" cy=\"\(f(c.y))\" r=\"\(f(g.width / 2))\"\(style)/>"
        case .doubleCircle:
            return "<circle class=\"n\" cx=\"\(f(c.x))\" cy=\"\(f(c.y))\" r=\"\(f(g.width / 2))\"\(style)/>"
                + "<circle class=\"n\" cx=\"\(f(c.x))\" cy=\"\(f(c.y))\" r=\"\(f(g.width / 2 - 5))\"\(style)/>"
        case .cylinder:
            let rx = g.width / 2
            let ry = g.capRadius
            let side = g.height - 2 * ry
            var d = "M\(f(x)),\(f(y + ry))a\(f(rx)),\(f(ry)) 0 0 0 \(f(g.width)),0"
            d += "a\(f(rx)),\(f(ry)) 0 0 0 \(f(-g.width)),0l0,\(f(side))"
            d += "a\(f(rx)),\(f(ry)) 0 0 0 \(f(g.width)),0l0,\(f(-side))"
            return "<path class=\"n\" d=\"\(d)\"\(style)/>"
        default:
            let points = (g.polygon ?? []).map { SVGNumber.point(c.x + $0.0, c.y + $0.1) }
            return "<polygon class=\"n\" points=\"\(points.joined(separator: " "))\"\(style)/>"
        }
    }

    // MARK: Text

    /// A `<text>` with one `<tspan>` per line, centred on `centerX`, its first line box at `top`.
    func text(_ box: LabelBox, centerX: Double, top: Double, className: String, style: String) -> String {
        var result = "<text class=\"\(className)\"\(style)>"
        for (i, line) in box.lines.enumerated() {
            let baseline = top + Double(i) * LabelBox.lineHeight + LabelBox.baseline
            result += "<tspan x=\"\(f(centerX))\" y=\"\(f(baseline))\">"
            for run in line.runs {
                let escaped = SVGText.escape(run.text)
                switch run.style {
                case .regular: result += escaped
                case .bold: result += "<tspan font-weight=\"bold\">\(escaped)</tspan>"
                case .italic: result += "<tspan font-style=\"italic\">\(escaped)</tspan>"
                case .boldItalic:
                    result += "<tspan font-weight=\"bold\" font-style=\"italic\">\(escaped)</tspan>"
                }
            }
            result += "</tspan>"
        }
        return result + "</text>"
    }

    func f(_ value: Double) -> String { SVGNumber.format(value) }
}
