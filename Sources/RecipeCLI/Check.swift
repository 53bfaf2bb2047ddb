import ArgumentParser
import RecipeDiagnostics
import RecipeSite

/// `recipegen check`: every check of `build`, writing nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every recipe without writing anything.",
        discussion: "With paths, only diagnostics in those files are reported.")

    @OptionGroup var site: SiteOptions

    @Option(help: "How to print diagnostics: human, short, json or github.")
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
        let result = try reporter.run { try SiteBuilder.check(options) }
        reporter.report(result)
        let failed = result.fails(strict: site.strict)
        if format == .human || format == .short {
            reporter.summary(result, verb: failed ? "check failed" : "checked \(result.recipes.count) recipes", seconds: nil)
        }
        if failed { throw ExitCode(1) }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case human, short, json, github

    var diagnosticFormat: DiagnosticFormat {
        switch self {
        case .human: .human
        case .short: .short
        case .json: .json
        case .github: .github
        }
    }
}
