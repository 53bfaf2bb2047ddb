extension DiagnosticRegistry {
    /// Mermaid flowcharts.
    static let mermaidCodes: [DiagnosticCode] = []
}
