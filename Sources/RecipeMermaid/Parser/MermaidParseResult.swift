import RecipeDiagnostics

/// What ``MermaidParser/parse(_:)`` found: the flowchart when there was no error, and diagnostics.
///
/// `flowchart` is nil when any diagnostic is an error, and for diagram types other than
/// flowcharts (which get an RG4001 warning so the page can show the source instead).
public struct MermaidParseResult: Sendable {
    /// The flowchart, when the text is a valid flowchart.
    public var flowchart: Flowchart?
    /// Errors and warnings, in block-local coordinates (line 1 is the fence body's first line).
    public var diagnostics: [Diagnostic]

    /// A result.
    public init(flowchart: Flowchart?, diagnostics: [Diagnostic]) {
        self.flowchart = flowchart
        self.diagnostics = diagnostics
    }
}
