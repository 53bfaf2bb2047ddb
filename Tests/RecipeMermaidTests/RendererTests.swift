import Foundation
import RecipeLayout
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import RecipeMermaid

/// The SVG renderer: golden drawings and the properties every drawing must have.
@Suite struct RendererTests {
    static let diagrams = GoldenFile.names(in: "SVG", ext: "mmd")

    @Test func goldenSetIsPresent() {
        #expect(Self.diagrams == [
            "edges", "ingress", "labels", "nested", "service-types", "shapes", "subgraph-direction",
        ])
    }

    /// Each `Golden/SVG/<name>.mmd` draws as `<name>.svg`, and its AST dumps as `<name>.dump`.
    @Test(arguments: diagrams)
    func golden(name: String) throws {
        let text = try GoldenFile.read("SVG/\(name).mmd")
        let flowchart = try chart(text)
        GoldenFile.assert(flowchart.dump(), matches: "SVG/\(name).dump")
        let svg = FlowchartRenderer(idPrefix: "mmd-\(name)").render(flowchart)
        GoldenFile.assert(svg, matches: "SVG/\(name).svg")
    }

    @Test(arguments: diagrams)
    func drawingIsSelfContainedAndDeterministic(name: String) throws {
        let flowchart = try chart(try GoldenFile.read("SVG/\(name).mmd"))
        let svg = FlowchartRenderer(idPrefix: "d1").render(flowchart)
        #expect(svg == FlowchartRenderer(idPrefix: "d1").render(flowchart))
        for banned in ["<foreignObject", "<script", "javascript:", "url(", "href"] {
            #expect(!svg.contains(banned), "\(banned)")
        }
        #expect(!svg.contains(/\son[a-z]+=/), "event handler attribute")
        #expect(!svg.contains(/="[^"]*(nan|inf)/), "non-finite number")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"d1\""))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"d1-title d1-desc\""))
        #expect(svg.contains("<title id=\"d1-title\">"))
        #expect(svg.contains("<desc id=\"d1-desc\">"))
        // Every id in the drawing carries the prefix.
        let ids = svg.split(separator: " ").filter { $0.hasPrefix("id=\"") }
        #expect(ids.allSatisfy { $0.hasPrefix("id=\"d1") })
        // Colours come from custom properties, with a dark-mode fallback.
        #expect(svg.contains("var(--rg-node-fill,"))
        #expect(svg.contains("@media (prefers-color-scheme:dark)"))
    }

    @Test(arguments: diagrams)
    func drawingIsWellFormedXML(name: String) throws {
        let svg = FlowchartRenderer(idPrefix: "x").render(try chart(try GoldenFile.read("SVG/\(name).mmd")))
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }

    @Test func labelsAndStylesAreEscapedAndSanitised() throws {
        var flowchart = try chart(
            """
            flowchart LR
              A["<script>alert('x')</script> & <img src=x onerror=y>"] --> B
              classDef bad fill:#fff</style><script>
              class A bad
            """)
        // Styles mermaid's grammar would reject still cannot get through (defence in depth).
        flowchart.nodes[1].style = [
            StyleDeclaration(property: "fill", value: "red"),
            StyleDeclaration(property: "stroke", value: "url(http://evil/x)"),
            StyleDeclaration(property: "color", value: "expression(alert(1))"),
            StyleDeclaration(property: "opacity", value: "1;background:red"),
            StyleDeclaration(property: "fill\"", value: "blue"),
        ]
        let svg = FlowchartRenderer(idPrefix: "x").render(flowchart)
        #expect(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=y&gt;"))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<img"))
        #expect(!svg.contains("evil"))
        #expect(!svg.contains("expression"))
        #expect(!svg.contains("background"))
        #expect(!svg.contains("</style><"))
        #expect(svg.contains("<rect class=\"n\" x=") && svg.contains("style=\"fill:red\"/>"))
    }

    @Test func linearCurveAndSpacingReachTheDrawing() throws {
        let basis = FlowchartRenderer(idPrefix: "c").render(try chart("flowchart TB\n  A --> B & C\n  B --> D\n  C --> D\n  A --> D\n"))
        let linear = FlowchartRenderer(idPrefix: "c").render(
            try chart("%%{init: {'flowchart': {'curve': 'linear', 'rankSpacing': 120}}}%%\nflowchart TB\n  A --> B & C\n  B --> D\n  C --> D\n  A --> D\n"))
        #expect(basis.contains("C"))
        let paths = linear.split(separator: "<path class=\"e\" d=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(!paths.isEmpty && paths.allSatisfy { !$0.contains("C") })
        #expect(height(linear) > height(basis) + 100)
    }

    private func height(_ svg: String) -> Double {
        let value = svg.split(separator: "height=\"")[1].prefix { $0 != "\"" }
        return Double(value) ?? 0
    }

    @Test func frontmatterTitleIsShownAboveTheDiagram() throws {
        let svg = FlowchartRenderer(idPrefix: "t").render(try chart("---\ntitle: Traffic & <routes>\n---\nflowchart LR\n  A --> B\n"))
        #expect(svg.contains("<title id=\"t-title\">Traffic &amp; &lt;routes&gt;</title>"))
        #expect(svg.contains("<text class=\"tt\"><tspan x="))
        #expect(svg.contains(">Traffic &amp; &lt;routes&gt;</tspan></text>"))
    }

    @Test func subgraphDirectionIsHonoured() throws {
        let flowchart = try chart(try GoldenFile.read("SVG/subgraph-direction.mmd"))
        let scene = FlowchartScene(flowchart)
        #expect(scene.graph.clusters[0].direction == .topToBottom)
        let layout = LayeredLayout.layout(scene.graph)
        let rect = { (id: String) in layout.nodes[flowchart.nodes.firstIndex { $0.id == id }!] }
        // Inside 'pods' (TB) the edges go down; outside (LR) they go right.
        #expect(rect("web2").minY > rect("web1").maxY)
        #expect(rect("db").minY > rect("api").maxY)
        #expect(rect("lb").minX > rect("client").maxX)
        let box = layout.clusters[0]
        #expect(rect("backup").minX > box.maxX)
        // Edges from outside stop at the box, as mermaid draws them; inner ones reach the nodes.
        let drawing = SVGDrawing(chart: flowchart, scene: scene, layout: layout)
        #expect(drawing.drawnEnd(.node(2), other: .node(1)) == .subgraph(0))
        #expect(drawing.drawnEnd(.node(2), other: .node(3)) == .node(2))
        let toWeb = try #require(drawing.route(1).last)
        #expect(abs(toWeb.x - box.minX) < 0.5)
    }

    @Test func idPrefixIsSanitised() {
        #expect(FlowchartRenderer(idPrefix: "a b\"<c").idPrefix == "a-b--c")
        #expect(FlowchartRenderer(idPrefix: "1x").idPrefix == "rg-1x")
        #expect(FlowchartRenderer(idPrefix: "").idPrefix == "rg-")
    }

    @Test func titleAndDescriptionComeFromTheDiagram() throws {
        let described = try chart("flowchart LR\n  accTitle: Routes\n  accDescr: From A to B\n  A --> B\n")
        let svg = FlowchartRenderer(idPrefix: "t").render(described)
        #expect(svg.contains("<title id=\"t-title\">Routes</title>"))
        #expect(svg.contains("<desc id=\"t-desc\">From A to B</desc>"))
        let generated = try chart("graph TB\n  A[Client] -->|HTTP<br/>80| B((Pod))\n  B --> C\n")
        let summary = FlowchartRenderer(idPrefix: "g").render(generated)
        #expect(summary.contains("<title id=\"g-title\">Flowchart</title>"))
        #expect(summary.contains(
            "<desc id=\"g-desc\">Flowchart, top to bottom, with 3 nodes and 2 edges: Client to Pod (HTTP 80); Pod to C.</desc>"))
    }

    @Test func textIsMeasuredWithTheEmbeddedMetrics() {
        // Chromium's widths for Liberation Sans 16 px (reference: layered-layout §6).
        #expect(TextMetrics.width("Kubernetes Cluster") == 136.96875)
        #expect(TextMetrics.width("NodeIP:30080") == 102.3125)
        #expect(TextMetrics.width("Backend Pods") == 103.1875)
        #expect(TextMetrics.width("curl NodeIP:30080") == 132.53125)
        #expect(TextMetrics.width("AVATAR WAVE") == 109.046875)
        #expect(TextMetrics.width("To Ty We Yo") == 88.359375)
        #expect(abs(TextMetrics.width("Kubernetes Cluster", style: .bold) - 147.59) < 0.02)
        #expect(TextMetrics.width("東京") == 32)
        #expect(TextMetrics.width("e\u{301}") == TextMetrics.width("e"))
    }

    @Test func labelsBreakAndWrapLikeMermaid() {
        let box = LabelBox(text: "ClusterIP<br/>10.96.0.1:80<BR>Internal   only", markdown: false)
        #expect(box.lines.map { $0.runs.map(\.text).joined() } == ["ClusterIP", "10.96.0.1:80", "Internal only"])
        #expect(box.height == 72)
        let long = LabelBox(text: "This label is long enough that it has to wrap onto more than one line", markdown: false)
        #expect(long.lines.count == 3)
        #expect(long.lines.allSatisfy { $0.width <= LabelBox.wrapWidth })
        let md = LabelBox(text: "**Bold** and _it_", markdown: true)
        #expect(md.lines[0].runs == [
            LabelBox.Run(text: "Bold", style: .bold), LabelBox.Run(text: " and ", style: .regular),
            LabelBox.Run(text: "it", style: .italic),
        ])
    }

    @Test(arguments: [
        (0.0, "0"), (-0.001, "0"), (12.0, "12"), (12.5, "12.5"), (12.345, "12.35"), (-0.25, "-0.25"),
        (0.005, "0.01"), (-1.005, "-1"), (1e20, "0"), (Double.nan, "0"), (100.10, "100.1"),
    ])
    func numbersHaveAFixedFormat(value: Double, text: String) {
        #expect(SVGNumber.format(value) == text)
    }
}
