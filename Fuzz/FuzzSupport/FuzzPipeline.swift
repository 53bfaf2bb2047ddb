import RecipeDiagnostics
import RecipeKube
import RecipeMermaid
import RecipeShell
import RecipeSite
import RecipeYAML

/// The parsers a fuzzer drives, each run on arbitrary bytes with the invariants every input
/// must keep: no crash, no hang (the caller bounds time), and every diagnostic range inside the
/// text it was reported on.
///
/// Needs: nothing but the bytes. Guarantees: `run` returns the invariant violations found
/// (empty when all hold); it never throws.
public enum FuzzPipeline: String, CaseIterable, Sendable {
    case frontMatter = "front-matter"
    case yamlService = "yaml-service"
    case shell
    case mermaid
    case recipe

    /// Runs the pipeline on `bytes` (decoded as UTF-8, invalid sequences replaced as the
    /// content loader would refuse them) and returns the broken invariants.
    public func run(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let diagnostics: [Diagnostic]
        switch self {
        case .frontMatter:
            diagnostics = RecipeProbe.frontMatter(text).diagnostics
        case .yamlService:
            let documents = YAMLParser.parse(text)
            diagnostics = ManifestValidator.validate(documents, options: ValidationOptions()).diagnostics
        case .shell:
            let first = bytes.first ?? 0
            let body = String(decoding: bytes.dropFirst(), as: UTF8.self)
            let dialect: ShellDialect = first & 1 == 0 ? .bash : .console
            return DiagnosticBounds.violations(ShellParser.parse(body, dialect: dialect).diagnostics, in: body)
        case .mermaid:
            let block = MermaidBlock(source: text, idPrefix: "f")
            return DiagnosticBounds.violations(block.diagnostics, in: text) + HTMLSafety.violations(block.html)
        case .recipe:
            let checked = RecipeProbe.recipe(text)
            return DiagnosticBounds.violations(checked.diagnostics, in: text) + HTMLSafety.violations(checked.bodyHTML)
        }
        return DiagnosticBounds.violations(diagnostics, in: text)
    }

    /// Runs the pipeline and stops the process with the first broken invariant, so a fuzzer
    /// keeps the input.
    public func check(_ bytes: [UInt8]) {
        let problems = run(bytes)
        if let first = problems.first { fatalError("\(rawValue): \(first)") }
    }
}
