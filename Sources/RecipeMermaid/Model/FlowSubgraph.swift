import RecipeDiagnostics

/// A `subgraph … end` block: a titled box around its member nodes and nested subgraphs.
public struct FlowSubgraph: Sendable, Hashable {
    /// The id (written, or `subGraphN` when the title has spaces).
    public var id: String
    /// The title drawn at the top of the box.
    public var title: FlowLabel
    /// The `direction` statement inside the block, if any (the last one wins).
    public var direction: Flowchart.Direction?
    /// The enclosing subgraph.
    public var parent: Int?
    /// Class names from `class id name`.
    public var classes: [String]
    /// Declarations from `style id …`.
    public var style: [StyleDeclaration]
    /// From `subgraph` to `end` inclusive.
    public var range: SourceRange

    /// A subgraph with no parent, direction or style.
    public init(id: String, title: FlowLabel, range: SourceRange) {
        self.id = id
        self.title = title
        self.direction = nil
        self.parent = nil
        self.classes = []
        self.style = []
        self.range = range
    }
}
