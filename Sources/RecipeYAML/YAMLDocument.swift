import RecipeDiagnostics

/// One document of a YAML stream. `root` is nil when the document could not be parsed.
public struct YAMLDocument: Hashable, Sendable {
    public var root: YAMLNode?
    /// The document's first line in the block (its `---` line, if it has one).
    public var startLine: Int
    /// The last line the document covers.
    public var endLine: Int
    /// Syntax errors, duplicate keys and exceeded limits of this document.
    public var diagnostics: [Diagnostic]

    public init(root: YAMLNode?, startLine: Int, endLine: Int, diagnostics: [Diagnostic]) {
        self.root = root
        self.startLine = startLine
        self.endLine = endLine
        self.diagnostics = diagnostics
    }
}

/// Limits that keep a hostile block from taking unbounded time or memory.
public struct YAMLLimits: Hashable, Sendable {
    /// Largest block accepted, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of mappings and sequences.
    public var maxDepth: Int
    /// Most nodes in one document after aliases are expanded.
    public var maxNodes: Int

    public init(maxBytes: Int = 4 << 20, maxDepth: Int = 128, maxNodes: Int = 200_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    public static let `default` = YAMLLimits()
}
