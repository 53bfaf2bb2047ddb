import RecipeLayout

/// Draws a ``Flowchart`` as a self-contained, deterministic inline `<svg>`.
///
/// No `<foreignObject>`, no script, no external reference: text is `<text>`/`<tspan>` sized from
/// embedded font metrics, colours are CSS custom properties with light and dark fallbacks, every
/// id is prefixed with ``idPrefix`` so several diagrams can share a page, and every label and
/// style value is escaped or sanitised. The same flowchart always gives the same bytes.
public struct FlowchartRenderer: Sendable {
    /// The prefix of every id in the SVG (letters, digits, `-` and `_` only).
    public let idPrefix: String

    /// A renderer whose ids start with `idPrefix` (other characters are replaced by `-`).
    public init(idPrefix: String) {
        var clean = String(
            idPrefix.unicodeScalars.map { scalar -> Character in
                scalar.properties.isASCIIHexDigit || ("a"..."z").contains(scalar)
                    || ("A"..."Z").contains(scalar) || scalar == "_" || scalar == "-"
                    ? Character(scalar) : "-"
            })
        if clean.first.map({ !$0.isLetter }) ?? true { clean = "rg-" + clean }
        self.idPrefix = clean
    }

    /// The SVG for `flowchart`.
    public func render(_ flowchart: Flowchart) -> String {
        let scene = FlowchartScene(flowchart)
        let layout = LayeredLayout.layout(scene.graph)
        var drawing = SVGDrawing(chart: flowchart, scene: scene, layout: layout)
        drawing.drawClusters()
        drawing.drawEdges()
        drawing.drawClusterTitles()
        drawing.drawNodes()
        drawing.drawEdgeLabels()
        drawing.drawTitle()
        return document(flowchart, body: drawing.out, bounds: drawing.bounds)
    }

    /// Wraps the drawn elements in the `<svg>` root with its title, description and style.
    private func document(_ chart: Flowchart, body: SVGWriter, bounds: SVGBounds) -> String {
        let margin = 8.0
        let x = bounds.minX - margin
        let y = bounds.minY - margin
        let width = bounds.maxX - bounds.minX + 2 * margin
        let height = bounds.maxY - bounds.minY + 2 * margin
        let title = chart.accessibleTitle ?? chart.title ?? "Flowchart"
        let description = chart.accessibleDescription ?? FlowchartSummary.describe(chart)
        var svg = SVGWriter(capacity: body.bytes.count + 2048 + description.utf8.count)
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
        svg.raw(idPrefix)
        svg.raw("\" class=\"rg-mermaid\" role=\"img\" aria-labelledby=\"")
        svg.raw(idPrefix)
        svg.raw("-title ")
        svg.raw(idPrefix)
        svg.raw("-desc\" viewBox=\"")
        svg.number(x)
        svg.raw(" ")
        svg.number(y)
        svg.raw(" ")
        svg.number(width)
        svg.raw(" ")
        svg.number(height)
        svg.raw("\"")
        svg.attribute("width", width)
        svg.attribute("height", height)
        svg.raw(" style=\"max-width:100%;height:auto\">\n<title id=\"")
        svg.raw(idPrefix)
        svg.raw("-title\">")
        svg.escaped(title)
        svg.raw("</title>\n<desc id=\"")
        svg.raw(idPrefix)
        svg.raw("-desc\">")
        svg.escaped(description)
        svg.raw("</desc>\n")
        SVGTheme.writeStyleElement(id: idPrefix, into: &svg)
        svg.raw("\n")
        svg.raw(body)
        svg.raw("</svg>\n")
        return svg.text
    }
}
