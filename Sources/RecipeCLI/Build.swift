import ArgumentParser
import RecipeDiagnostics
import RecipeSite

/// `recipegen build`: check everything, then write the site atomically.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every recipe and write the site.",
        discussion: "Nothing is written when a check fails; the previous output stays as it was.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The folder with the Mustache templates and assets.")
    var templates = "Templates"

    @Option(name: [.short, .long], help: "The folder to write the site to.")
    var output = "Output"

    @Option(name: .customLong("base-url"), help: "The absolute URL the site is served from.")
    var baseURL: String?

    func run() throws {
        var options = BuildOptions()
        options.content = site.content
        options.templates = templates
        options.output = output
        options.config = site.config
        options.baseURL = baseURL
        options.drafts = site.drafts
        options.strict = site.strict
        options.cache = site.cacheDirectory
        let reporter = Reporter(format: .human, color: site.color)
        let clock = ContinuousClock()
        let start = clock.now
        let result = try reporter.run { try SiteBuilder.build(options) }
        reporter.report(result)
        let failed = result.fails(strict: site.strict)
        let seconds = (clock.now - start).formatted
        if failed {
            reporter.summary(result, verb: "build failed", seconds: seconds)
            throw ExitCode(1)
        }
        reporter.summary(result, verb: "built \(result.recipes.count) recipes into '\(output)'", seconds: seconds)
    }
}

extension Duration {
    /// Seconds with two decimals, such as `1.24s`.
    var formatted: String {
        let milliseconds = components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
        let hundredths = (milliseconds + 5) / 10
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)s"
    }
}
