import RecipeLayout

/// Writes the elements of one diagram from its scene and layout, growing the bounds as it goes.
///
/// Order (later is on top): cluster boxes outermost first, edges, nodes, edge labels.
struct SVGDrawing {
    let chart: Flowchart
    let scene: FlowchartScene
    let layout: LayoutResult
    var out = SVGWriter(capacity: 8192)
    private(set) var rawBounds = SVGBounds()
    /// Cluster titles, written after the edges so they can be placed clear of them.
    var pendingTitles: [PendingTitle] = []
    /// The drawn route of each visible edge, worked out once: edges, their labels and the
    /// cluster titles all need it.
    private var routes: [[LayoutPoint]?] = []

    var bounds: SVGBounds { rawBounds.normalized }
    /// The elements written so far.
    var body: String { out.text }

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
        chart.classStyle("default") + node.classes.flatMap { chart.classStyle($0) } + node.style
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
                subgraph.classes.flatMap { chart.classStyle($0) } + subgraph.style)
            out.raw("<g class=\"cluster\"><rect class=\"c\"")
            out.attribute("x", rect.minX)
            out.attribute("y", rect.minY)
            out.attribute("width", rect.width)
            out.attribute("height", rect.height)
            out.raw(" rx=\"4\"")
            out.raw(shapeStyle)
            out.raw("/></g>\n")
            let title = scene.clusterTitles[index]
            let top = scene.emptySubgraphNode[index] != nil
                ? rect.center.y - title.height / 2 : rect.minY + FlowchartScene.clusterTitlePadding / 2
            let fill = StyleSanitizer.split(subgraph.classes.flatMap { chart.classStyle($0) } + subgraph.style)
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
        text(box, centerX: centerX, top: top, className: "tt", style: "")
        out.raw("\n")
    }

    // MARK: Nodes

    mutating func drawNodes() {
        // Most nodes share their styles (none, or only classes): work each class list out once.
        var byClasses: [[String]: (String, String)] = [:]
        for (index, node) in chart.nodes.enumerated() where index < layout.nodes.count {
            let rect = layout.nodes[index]
            include(rect)
            let geometry = scene.geometry[index]
            let shapeStyle: String
            let textStyle: String
            if node.style.isEmpty, let known = byClasses[node.classes] {
                (shapeStyle, textStyle) = known
            } else {
                (shapeStyle, textStyle) = Self.shapeAndTextStyle(nodeStyle(node))
                if node.style.isEmpty { byClasses[node.classes] = (shapeStyle, textStyle) }
            }
            out.raw("<g class=\"node\">")
            outline(geometry, center: rect.center, style: shapeStyle)
            let label = scene.nodeLabels[index]
            var top = rect.center.y - label.height / 2
            if node.shape == .cylinder { top += geometry.capRadius / 2 }
            text(label, centerX: rect.center.x, top: top, className: "t", style: textStyle)
            out.raw("</g>\n")
        }
    }

    /// Writes the outline element(s) of a node shape centred at `c`.
    mutating func outline(_ g: NodeGeometry, center c: LayoutPoint, style: String) {
        let x = c.x - g.width / 2
        let y = c.y - g.height / 2
        func box() {
            out.attribute("x", x)
            out.attribute("y", y)
            out.attribute("width", g.width)
            out.attribute("height", g.height)
        }
        func circle(_ r: Double) {
            out.raw("<circle class=\"n\"")
            out.attribute("cx", c.x)
            out.attribute("cy", c.y)
            out.attribute("r", r)
            out.raw(style)
            out.raw("/>")
        }
        switch g.shape {
        case .rectangle, .rounded, .stadium, .subroutine:
            out.raw("<rect class=\"n\"")
            box()
            if g.shape == .rounded { out.raw(" rx=\"5\"") }
            if g.shape == .stadium { out.attribute("rx", g.height / 2) }
            out.raw(style)
            out.raw("/>")
            guard g.shape == .subroutine else { return }
            out.raw("<path class=\"n\" d=\"M")
            out.point(x + 8, y)
            out.raw("V")
            out.number(y + g.height)
            out.raw("M")
            out.point(x + g.width - 8, y)
            out.raw("V")
            out.number(y + g.height)
            out.raw("\"")
            out.raw(style)
            out.raw("/>")
        case .circle:
            circle(g.width / 2)
        case .doubleCircle:
            circle(g.width / 2)
            circle(g.width / 2 - 5)
        case .cylinder:
            cylinder(g, x: x, y: y, style: style)
        default:
            out.raw("<polygon class=\"n\" points=\"")
            for (i, corner) in (g.polygon ?? []).enumerated() {
                if i > 0 { out.raw(" ") }
                out.point(c.x + corner.0, c.y + corner.1)
            }
            out.raw("\"")
            out.raw(style)
            out.raw("/>")
        }
    }

    /// Writes a cylinder's outline: the top cap's two arcs, the sides and the bottom arc.
    mutating func cylinder(_ g: NodeGeometry, x: Double, y: Double, style: String) {
        let rx = g.width / 2
        let ry = g.capRadius
        let side = g.height - 2 * ry
        func arc(_ dx: Double) {
            out.raw("a")
            out.point(rx, ry)
            out.raw(" 0 0 0 ")
            out.number(dx)
            out.raw(",0")
        }
        out.raw("<path class=\"n\" d=\"M")
        out.point(x, y + ry)
        arc(g.width)
        arc(-g.width)
        out.raw("l0,")
        out.number(side)
        arc(g.width)
        out.raw("l0,")
        out.number(-side)
        out.raw("\"")
        out.raw(style)
        out.raw("/>")
    }

    // MARK: Text

    /// Writes a `<text>` with one `<tspan>` per line, centred on `centerX`, its first line box
    /// at `top`.
    mutating func text(_ box: LabelBox, centerX: Double, top: Double, className: StaticString, style: String) {
        out.raw("<text class=\"")
        out.raw(className)
        out.raw("\"")
        out.raw(style)
        out.raw(">")
        for (i, line) in box.lines.enumerated() {
            let baseline = top + Double(i) * LabelBox.lineHeight + LabelBox.baseline
            out.raw("<tspan")
            out.attribute("x", centerX)
            out.attribute("y", baseline)
            out.raw(">")
            for run in line.runs {
                switch run.style {
                case .regular: out.escaped(run.text)
                case .bold: out.raw("<tspan font-weight=\"bold\">")
                case .italic: out.raw("<tspan font-style=\"italic\">")
                case .boldItalic: out.raw("<tspan font-weight=\"bold\" font-style=\"italic\">")
                }
                if run.style != .regular {
                    out.escaped(run.text)
                    out.raw("</tspan>")
                }
            }
            out.raw("</tspan>")
        }
        out.raw("</text>")
    }

}
