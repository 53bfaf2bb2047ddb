import RecipeDiagnostics

/// A `classDef name prop:value,…` definition (`default` applies to every node).
public struct FlowClassDefinition: Sendable, Hashable {
    /// The class name (`default` styles every node).
    public var name: String
    /// The declarations, in order.
    public var declarations: [StyleDeclaration]
    /// The whole statement.
    public var range: SourceRange

    /// A class definition.
    public init(name: String, declarations: [StyleDeclaration], range: SourceRange) {
        self.name = name
        self.declarations = declarations
        self.range = range
    }
}
