import ArgumentParser
import Foundation
import RecipeDiagnostics
import RecipeServe
import RecipeSite

/// `recipegen serve`: build, serve, rebuild on change and reload open pages.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it and rebuild it when a recipe or template changes.",
        discussion: """
            Open pages reload after each build. When a rebuild fails, the last good site stays \
            served and every page shows the diagnostics until a build succeeds. Ctrl-C stops.
            """)

    @OptionGroup var site: SiteOptions

    @Option(help: "The folder with the Mustache templates and assets.")
    var templates = "Templates"

    @Option(name: [.short, .long], help: "The folder to write and serve the site from.")
    var output = "Output"

    @Option(help: "The address to listen on; anything but loopback makes the site visible to others.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("port \(port) is not between 0 and 65535") }
    }

    func run() async throws {
        var build = BuildOptions()
        build.content = site.content
        build.templates = templates
        build.output = output
        build.config = site.config
        build.drafts = site.drafts
        build.strict = site.strict
        build.cache = site.cacheDirectory
        var options = DevServer.Options(build: build)
        options.host = host
        options.port = port
        let reporter = Reporter(format: .human, color: site.color)
        let output = self.output
        let host = self.host
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            StandardError.write("warning: listening on '\(host)' shows the site, drafts included, to other machines\n")
        }
        let server = DevServer(
            options: options,
            onReady: { port in
                let shown = host.contains(":") ? "[\(host)]" : host
                StandardError.write("serving http://\(shown):\(port)/ (Ctrl-C stops)\n")
            },
            onBuild: { outcome in
                reporter.emit(outcome.diagnostics, sources: { outcome.sources[$0] })
                var verb = "built"
                if outcome.failed {
                    let previous = FileManager.default.fileExists(atPath: output)
                    verb = previous ? "build failed; serving the last good site" : "build failed; nothing to serve yet"
                }
                StandardError.write(BuildSummary(outcome).line(verb: verb) + "\n")
            })
        do {
            try await server.runUntilSignalled()
        } catch {
            StandardError.write("error[RG0002]: cannot serve on \(host):\(port): \(error)\n")
            throw ExitCode(2)
        }
    }
}
