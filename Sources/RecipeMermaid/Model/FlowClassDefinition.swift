import RecipeDiagnostics

/// A `classDef name prop:value,…` definition (`default` applies to every node).
public struct FlowClassDefinition: Sendable, Hashable {
    public var name: String
    public var declarations: [StyleDeclaration]
    public var range: SourceRange

    /// A class definition.
    public init(name: String, declarations: [StyleDeclaration], range: SourceRange) {
        self.name = name
        self.declarations = declarations
        self.range = range
    }
}
