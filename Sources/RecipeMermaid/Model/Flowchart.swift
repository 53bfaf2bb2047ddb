import RecipeDiagnostics

/// A parsed Mermaid flowchart: nodes, edges, subgraphs and styling, with source ranges.
///
/// Ranges are in the coordinates of the text given to ``MermaidParser/parse(_:)`` (line 1 is the
/// first line of the fence body). Node, edge and subgraph indices are dense: an edge end
/// `.node(3)` is `nodes[3]`. Nodes are in first-mention order, edges in creation order (the order
/// `linkStyle` counts), subgraphs in declaration order.
public struct Flowchart: Sendable, Hashable {
    /// The direction ranks advance in.
    public enum Direction: String, Sendable, Hashable {
        case topToBottom = "TB", bottomToTop = "BT", leftToRight = "LR", rightToLeft = "RL"
    }

    /// The diagram's direction (`TD` is stored as `TB`).
    public var direction: Direction
    /// The range of the `flowchart`/`graph` header.
    public var headerRange: SourceRange
    /// The frontmatter `title`, if any.
    public var title: String?
    /// The `accTitle:` text, if any.
    public var accessibleTitle: String?
    /// The `accDescr` text, if any.
    public var accessibleDescription: String?
    /// The nodes, in first-mention order; subgraph ids are not nodes.
    public var nodes: [FlowNode]
    /// The edges, in creation order.
    public var edges: [FlowEdge]
    /// The subgraphs, in declaration order.
    public var subgraphs: [FlowSubgraph]
    /// The `classDef` definitions, in order; a later one with the same name adds to the earlier.
    public var classDefinitions: [FlowClassDefinition]
    /// Declarations of `linkStyle default`, which apply to every edge before its own.
    public var defaultEdgeStyle: [StyleDeclaration]
    /// The curve named by `linkStyle default interpolate` or the configuration, if any.
    public var curve: String?
    /// `flowchart.nodeSpacing` from the configuration (mermaid's default is 50).
    public var nodeSpacing: Double?
    /// `flowchart.rankSpacing` from the configuration (mermaid's default is 50).
    public var rankSpacing: Double?

    /// An empty top-to-bottom flowchart.
    public init(direction: Direction = .topToBottom, headerRange: SourceRange) {
        self.direction = direction
        self.headerRange = headerRange
        self.title = nil
        self.accessibleTitle = nil
        self.accessibleDescription = nil
        self.nodes = []
        self.edges = []
        self.subgraphs = []
        self.classDefinitions = []
        self.defaultEdgeStyle = []
        self.curve = nil
        self.nodeSpacing = nil
        self.rankSpacing = nil
    }

    /// The style declarations of the class definition named `name`, merged in order.
    public func classStyle(_ name: String) -> [StyleDeclaration] {
        classDefinitions.filter { $0.name == name }.flatMap(\.declarations)
    }
}
