import ArgumentParser
import RecipeDiagnostics
import RecipeSite

/// `recipegen check`: every check of `build`, writing nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every recipe without writing anything.",
        discussion: """
            With paths, only diagnostics in those files are reported. With --format github, \
            errors come first, then warnings, then notes, and a summary line ends the output.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: "How to print diagnostics: human, short, json, github or sarif.")
    var format: OutputFormat = .human

    @Argument(help: "Recipe files to report on (default: all).")
    var paths: [String] = []

    func run() throws {
        var options = BuildOptions()
        options.content = site.content
        options.config = site.config
        options.drafts = site.drafts
        options.strict = site.strict
        options.cache = site.cacheDirectory
        options.only = paths
        let reporter = Reporter(format: format.diagnosticFormat, color: site.color)
        let clock = ContinuousClock()
        let start = clock.now
        let progress = ProgressDisplay(
            label: "checking \(BuildSummary.count(ProgressDisplay.markdownFiles(in: site.content), "recipe")) in '\(site.content)'",
            verbose: site.verbose)
        progress.begin()
        let checked = Result { try BuildProgress.$current.withValue(progress.counts) { try SiteBuilder.check(options, rendering: false) } }
        progress.end()
        var result = try reporter.run { try checked.get() }
        let failed = result.fails(strict: site.strict)
        if format == .github { result.diagnostics = Self.mostSevereFirst(result.diagnostics) }
        reporter.report(result)
        let verb = failed ? "check failed" : "checked"
        switch format {
        case .human, .short:
            StandardError.write(BuildSummary(result, duration: clock.now - start).line(verb: verb) + "\n")
        case .github:
            let notes = BuildSummary.count(result.diagnostics.filter { $0.severity == .note }.count, "note")
            print("recipegen: " + BuildSummary(result, duration: nil).line(verb: verb) + ", " + notes)
        case .json, .sarif:
            break
        }
        if failed { throw ExitCode(1) }
    }

    /// Errors, then warnings, then notes; in file order within each severity. GitHub shows only
    /// the first few annotations of a step, which should be the errors.
    static func mostSevereFirst(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }
            .map(\.element)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case human, short, json, github, sarif

    var diagnosticFormat: DiagnosticFormat {
        switch self {
        case .human: .human
        case .short: .short
        case .json: .json
        case .github: .github
        case .sarif: .sarif
        }
    }
}
