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
        let progress = ProgressDisplay(
            label: "building \(BuildSummary.count(ProgressDisplay.markdownFiles(in: site.content), "recipe")) into '\(output)'",
            verbose: site.verbose)
        progress.begin()
        let built = Result { try BuildProgress.$current.withValue(progress.counts) { try SiteBuilder.build(options) } }
        progress.end()
        let result = try reporter.run { try built.get() }
        reporter.report(result)
        let failed = result.fails(strict: site.strict)
        let summary = BuildSummary(result, duration: clock.now - start)
        if failed {
            StandardError.write(summary.line(verb: "build failed") + "\n")
            throw ExitCode(1)
        }
        StandardError.write(summary.line(verb: "built into '\(output)'") + "\n")
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
