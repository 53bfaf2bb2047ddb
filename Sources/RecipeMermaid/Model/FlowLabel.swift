import RecipeDiagnostics

/// The text of a node, edge or subgraph label as written, with entity codes decoded.
///
/// `<br>` line breaks and Markdown emphasis are kept in `text` and interpreted when drawing.
public struct FlowLabel: Sendable, Hashable {
    /// How the label was written.
    public enum Kind: String, Sendable, Hashable {
        /// Unquoted text, or the id of a node without a shape.
        case plain
        /// `"…"`.
        case quoted
        /// ``"`…`"``: `**bold**` and `*italic*`, newlines are line breaks.
        case markdown
    }

    /// The text with quotes stripped, entity codes decoded and the ends trimmed.
    public var text: String
    /// Plain, quoted or Markdown.
    public var kind: Kind
    /// The range of the text as written, quotes included.
    public var range: SourceRange

    /// A label with this text.
    public init(text: String, kind: Kind, range: SourceRange) {
        self.text = text
        self.kind = kind
        self.range = range
    }
}
