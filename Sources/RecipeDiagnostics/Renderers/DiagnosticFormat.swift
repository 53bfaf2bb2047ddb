/// The ways diagnostics are written out.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// rustc-like: header, location, source excerpt with a caret, notes and help.
    case human
    /// One line each: `path:line:column: severity: message [code]`.
    case short
    /// `{"version":1,"diagnostics":[…]}`.
    case json
    /// GitHub Actions workflow commands (`::error file=…::message`).
    case github
    /// SARIF 2.1.0 (`{"version":"2.1.0","runs":[…]}`) for code scanning.
    case sarif

    /// Renders `diagnostics` (already sorted) in this format.
    ///
    /// - Parameters:
    ///   - source: the text of a file, for excerpts; nil when it is not known.
    ///   - color: whether to use ANSI colours (human format only).
    public func render(
        _ diagnostics: [Diagnostic], source: @escaping (String) -> String? = { _ in nil },
        color: Bool = false
    ) -> String {
        switch self {
        case .human:
            var renderer = HumanRenderer(color: color, source: source)
            return diagnostics.map { renderer.render($0) }.joined()
        case .short:
            return diagnostics.map(ShortRenderer.render).joined()
        case .json:
            return JSONRenderer.render(diagnostics)
        case .github:
            return GitHubRenderer.render(diagnostics)
        case .sarif:
            return SARIFRenderer.render(diagnostics, source: source)
        }
    }
}
