import RecipeDiagnostics

/// Parses the body of a ```mermaid fence: flowcharts in full, other diagram types recognised.
///
/// Follows the language as mermaid 11 accepts it (the project's mermaid-flowchart reference):
/// accepts what mermaid accepts, rejects what it rejects or fails to draw, and stops at the first
/// error as mermaid does. Comments, `%%{…}%%` directives and leading frontmatter are trivia, so
/// positions are source positions. Never traps on input; nesting depth and size are bounded.
public enum MermaidParser {
    /// Mermaid's `maxTextSize`: longer text is refused.
    public static let maxTextSize = 50_000
    /// Mermaid's `maxEdges`.
    public static let maxEdges = 500
    /// The deepest subgraph nesting accepted (mermaid has no limit; recursion must have one).
    public static let maxSubgraphDepth = 64

    /// Diagram types mermaid knows besides flowcharts; they get RG4001, not a syntax error.
    static let otherDiagramTypes: Set<String> = [
        "sequenceDiagram", "classDiagram", "classDiagram-v2", "stateDiagram", "stateDiagram-v2",
        "erDiagram", "journey", "gantt", "pie", "quadrantChart", "requirementDiagram",
        "gitGraph", "mindmap", "timeline", "C4Context", "C4Container", "C4Component",
        "C4Dynamic", "C4Deployment", "sankey-beta", "sankey", "xychart-beta", "xychart",
        "block-beta", "block", "packet-beta", "packet", "architecture-beta", "kanban",
        "radar-beta", "zenuml", "info", "treemap-beta", "treemap",
    ]

    /// Parses `text`, the fence body, in block-local coordinates.
    public static func parse(_ text: String) -> MermaidParseResult {
        let source = SourceText(text)
        if source.count > maxTextSize {
            let issue = MermaidIssue.limitExceeded(
                "\(source.count) bytes, the limit is \(maxTextSize)")
            return MermaidParseResult(
                flowchart: nil,
                diagnostics: [issue.diagnostic(at: source.range(0, min(source.count, 1)))])
        }
        var parser = FlowchartParser(source)
        return parser.run()
    }
}
