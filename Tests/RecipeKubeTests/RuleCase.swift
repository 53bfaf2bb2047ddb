import RecipeDiagnostics
import RecipeKube
import Testing

/// One rule of service-rules.md: a manifest it rejects (with a `📍` where the diagnostic must
/// start) and a close manifest it accepts.
struct RuleCase: Sendable, CustomTestStringConvertible {
    /// The rule id in service-rules.md (`P8`).
    let rule: String
    let code: String
    let bad: String
    let good: String
    var options = ValidationOptions()
    /// Other error codes the bad manifest also gets (the server reports them together).
    var alongside: [String] = []

    var testDescription: String { "\(rule) \(code)" }

    /// Asserts the bad manifest gives exactly `code` (plus `alongside`) at the marker and the
    /// good one gives no error and no `code`.
    func verify(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let marked = MarkedManifest(bad)
        let report = marked.validate(options)
        let severity = DiagnosticRegistry.code(code)?.severity ?? .error
        let errors = report.diagnostics.filter { $0.severity == .error }.map(\.code).sorted()
        let expected = severity == .error ? ([code] + alongside).sorted() : alongside.sorted()
        #expect(
            errors == expected,
            "\(report.diagnostics.map { "\($0.code) \($0.range.start) \($0.message)" })",
            sourceLocation: sourceLocation
        )
        let hit = report.diagnostics.first { $0.code == code }
        #expect(hit != nil, "no \(code)", sourceLocation: sourceLocation)
        if let expectedLocation = marked.location {
            #expect(
                hit?.range.start == expectedLocation,
                "\(code) at \(hit.map { "\($0.range.start)" } ?? "-"), expected \(expectedLocation)",
                sourceLocation: sourceLocation
            )
        }
        let accepted = MarkedManifest(good).validate(options)
        let problems = accepted.diagnostics.filter { $0.severity == .error || $0.code == code }
        #expect(
            problems.isEmpty,
            "good manifest: \(problems.map { "\($0.code) \($0.range.start) \($0.message)" })",
            sourceLocation: sourceLocation
        )
    }
}
