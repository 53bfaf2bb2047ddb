/// One `property:value` pair of a `classDef`, `style` or `linkStyle` statement, as written.
///
/// Values are not trusted: the renderer keeps a safe subset of properties and values.
public struct StyleDeclaration: Sendable, Hashable {
    /// The property name, such as `fill`.
    public var property: String
    /// The value, such as `#f9f`.
    public var value: String

    /// A declaration; both parts are stored trimmed.
    public init(property: String, value: String) {
        self.property = property
        self.value = value
    }
}
