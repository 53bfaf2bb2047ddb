import Foundation
import RecipeDiagnostics
import RecipeSite

/// What one build of the site in serve mode produced.
public struct BuildOutcome: Sendable {
    /// Whether the build failed, so the previous output is still the one served.
    public var failed: Bool
    /// Every diagnostic, sorted; for a build that could not start, the reason.
    public var diagnostics: [Diagnostic]
    /// Texts of the files the diagnostics name, for excerpts.
    public var sources: [String: String]
    /// Recipes checked.
    public var recipes: Int
    /// Examples (manifests, commands, diagrams) checked.
    public var examples: Int
    /// Diagrams drawn.
    public var diagrams: Int
    /// How long the build took.
    public var duration: Duration
    /// The build's number, counting from 1; pages reload when it changes.
    public var generation: Int

    /// The diagnostics in the terminal format without colour, as the overlay shows them.
    public var plainReport: String {
        let sources = self.sources
        return DiagnosticFormat.human.render(diagnostics, source: { sources[$0] }, color: false)
    }

    /// Runs `SiteBuilder.build` and turns whatever happens into an outcome; never throws.
    static func build(_ options: BuildOptions) -> BuildOutcome {
        let clock = ContinuousClock()
        let start = clock.now
        var outcome = BuildOutcome(
            failed: true, diagnostics: [], sources: [:], recipes: 0, examples: 0, diagrams: 0,
            duration: .zero, generation: 0)
        do {
            let result = try SiteBuilder.build(options)
            outcome.failed = result.fails(strict: options.strict)
            outcome.diagnostics = result.diagnostics
            outcome.sources = result.sources
            outcome.recipes = result.recipes.count
            outcome.examples = result.recipes.reduce(0) { $0 + $1.checkedExamples }
            outcome.diagrams = result.recipes.reduce(0) { $0 + $1.diagrams }
        } catch let error as ConfigurationError {
            outcome.diagnostics = error.diagnostics
            for diagnostic in error.diagnostics { if let file = diagnostic.file { outcome.sources[file] = error.text } }
        } catch let error as TemplateError {
            outcome.diagnostics = error.diagnostics
        } catch let diagnostic as Diagnostic {
            outcome.diagnostics = [diagnostic]
        } catch {
            outcome.diagnostics = [
                Diagnostic(code: "RG0003", message: "internal error: \(error)", range: SourceRange(line: 1, column: 1))
            ]
        }
        outcome.duration = clock.now - start
        return outcome
    }
}
