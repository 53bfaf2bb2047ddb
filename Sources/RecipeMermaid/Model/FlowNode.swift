import RecipeDiagnostics

/// A flowchart node: its id, label, shape, classes and inline style.
public struct FlowNode: Sendable, Hashable {
    /// The shapes a node can be drawn as (mermaid's classic bracket shapes).
    public enum Shape: String, Sendable, Hashable, CaseIterable {
        case rectangle, rounded, stadium, subroutine, cylinder, circle, doubleCircle
        case asymmetric, diamond, hexagon, leanRight, leanLeft, trapezoid, invertedTrapezoid
    }

    /// The id as written.
    public var id: String
    /// The label; the id itself when the node was never given a shape.
    public var label: FlowLabel
    /// The shape from the brackets or `@{ shape: … }` (rectangle when none).
    public var shape: Shape
    /// Class names from `class`, `:::`, in order of application.
    public var classes: [String]
    /// Declarations from `style id …`.
    public var style: [StyleDeclaration]
    /// The innermost subgraph the node belongs to.
    public var subgraph: Int?
    /// Where the node was first mentioned.
    public var range: SourceRange

    /// A node drawn as a rectangle labelled with its id.
    public init(id: String, range: SourceRange) {
        self.id = id
        self.label = FlowLabel(text: id, kind: .plain, range: range)
        self.shape = .rectangle
        self.classes = []
        self.style = []
        self.subgraph = nil
        self.range = range
    }
}
