import ArgumentParser

/// The `recipegen` command and its subcommands.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct Recipegen: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "recipegen",
        abstract: "Build a Kubernetes recipe site whose examples are checked.",
        discussion: """
            Exit codes: 0 clean, 1 errors found (or warnings with --strict), \
            2 usage or configuration error, 3 internal error.
            """,
        subcommands: [Build.self, Check.self, Serve.self, New.self, Explain.self],
        defaultSubcommand: nil)

    public init() {}

    /// Parses the process's arguments and runs the command; the program's entry point.
    /// (Called through the async protocol so that `serve` runs on the async path.)
    public static func start() async {
        let command: any AsyncParsableCommand.Type = Recipegen.self
        await command.main()
    }
}

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Option(help: "The folder that holds the recipes.")
    var content = "Content"

    @Option(help: "The site configuration file (read when it exists).")
    var config = "recipegen.yaml"

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Include recipes marked 'draft: true'.")
    var drafts = false

    @Option(help: "When to colour terminal output: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Say what is being done even when stderr is not a terminal.")
    var verbose = false
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
