import RecipeDiagnostics

/// A ```mermaid fence turned into what a page shows: the inline SVG of a valid flowchart, or
/// the source in a `<pre>` for other diagram types and broken diagrams (never a silent pass:
/// the diagnostics say why).
///
/// The site projects the diagnostics into the Markdown file with
/// `Diagnostic.projected(into:)`; they are in block-local coordinates here.
public struct MermaidBlock: Sendable {
    /// The parsed flowchart, when the block is a valid flowchart.
    public var flowchart: Flowchart?
    /// Errors and warnings, block-local.
    public var diagnostics: [Diagnostic]
    /// `<svg …>…</svg>` for a valid flowchart, else `<pre class="rg-mermaid-source">…</pre>`.
    public var html: String

    /// Parses and draws `source` (the fence body); SVG ids start with `idPrefix`.
    public init(source: String, idPrefix: String) {
        let result = MermaidParser.parse(source)
        flowchart = result.flowchart
        diagnostics = result.diagnostics
        if let flowchart = result.flowchart {
            html = FlowchartRenderer(idPrefix: idPrefix).render(flowchart)
        } else {
            html = "<pre class=\"rg-mermaid-source\"><code>\(SVGText.escapeKeepingLines(source))</code></pre>\n"
        }
    }
}
