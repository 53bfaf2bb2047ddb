import RecipeDiagnostics
import RecipeServe
import RecipeSite

/// The one line printed at the end of `check`, `build` and each `serve` build:
/// `checked: 12 recipes, 40 examples checked, 3 diagrams, 0 errors, 1 warning in 0.84s`.
struct BuildSummary: Equatable {
    var recipes: Int
    var examples: Int
    var diagrams: Int
    var errors: Int
    var warnings: Int
    var duration: Duration?

    init(recipes: Int, examples: Int, diagrams: Int, errors: Int, warnings: Int, duration: Duration?) {
        self.recipes = recipes
        self.examples = examples
        self.diagrams = diagrams
        self.errors = errors
        self.warnings = warnings
        self.duration = duration
    }

    /// The counts of a finished check or build.
    init(_ result: SiteCheck, duration: Duration?) {
        self.init(
            recipes: result.recipes.count,
            examples: result.recipes.reduce(0) { $0 + $1.checkedExamples },
            diagrams: result.recipes.reduce(0) { $0 + $1.diagrams },
            errors: result.diagnostics.filter { $0.severity == .error }.count,
            warnings: result.diagnostics.filter { $0.severity == .warning }.count,
            duration: duration)
    }

    /// The counts of one build in serve mode.
    init(_ outcome: BuildOutcome) {
        self.init(
            recipes: outcome.recipes, examples: outcome.examples, diagrams: outcome.diagrams,
            errors: outcome.diagnostics.filter { $0.severity == .error }.count,
            warnings: outcome.diagnostics.filter { $0.severity == .warning }.count,
            duration: outcome.duration)
    }

    /// `verb: counts in time`.
    func line(verb: String) -> String {
        var line = "\(verb): " + [
            Self.count(recipes, "recipe"), Self.count(examples, "example") + " checked",
            Self.count(diagrams, "diagram"), Self.count(errors, "error"), Self.count(warnings, "warning"),
        ].joined(separator: ", ")
        if let duration { line += " in \(duration.formatted)" }
        return line
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
