import RecipeDiagnostics

/// A flowchart edge between two nodes or subgraphs.
public struct FlowEdge: Sendable, Hashable {
    /// One end of an edge: a node, or a whole subgraph.
    public enum Endpoint: Sendable, Hashable {
        case node(Int)
        case subgraph(Int)
    }

    /// How the line is drawn.
    public enum Stroke: String, Sendable, Hashable {
        case normal, thick, dotted, invisible
    }

    /// What is drawn at an end of the line.
    public enum Head: String, Sendable, Hashable {
        case none, arrow, circle, cross
    }

    /// Where the edge starts.
    public var source: Endpoint
    /// Where the edge ends (the arrow side of `-->`).
    public var target: Endpoint
    /// How the line is drawn.
    public var stroke: Stroke
    /// The head at the source end (`<-->`, `o--o`).
    public var sourceHead: Head
    /// The head at the target end.
    public var targetHead: Head
    /// The minimum number of ranks the edge spans (1 to 10).
    public var length: Int
    /// The edge text, if any.
    public var label: FlowLabel?
    /// The edge id written as `e1@-->`, if any.
    public var id: String?
    /// Declarations from `linkStyle`.
    public var style: [StyleDeclaration]
    /// Class names from `class edgeId name`.
    public var classes: [String]
    /// The range of the operator (with its text, for `-- text -->`).
    public var range: SourceRange

    /// An edge with the given ends and link, without label or style.
    public init(
        source: Endpoint, target: Endpoint, stroke: Stroke, sourceHead: Head, targetHead: Head,
        length: Int, range: SourceRange
    ) {
        self.source = source
        self.target = target
        self.stroke = stroke
        self.sourceHead = sourceHead
        self.targetHead = targetHead
        self.length = length
        self.label = nil
        self.id = nil
        self.style = []
        self.classes = []
        self.range = range
    }
}
