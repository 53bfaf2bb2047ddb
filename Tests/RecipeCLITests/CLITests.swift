import Foundation
import RecipeTestSupport
import Testing

/// Runs the built `recipegen` binary on fixture sites, as a user or CI would.
@Suite(.serialized) struct CLITests {
    static let root = Repository.root()
    static let sites = root + "/Tests/RecipeSiteTests/Fixtures/Sites"
    static let golden = root + "/Tests/RecipeCLITests/Golden"

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs recipegen with `arguments` in `directory`, with colour off. A fixture site is copied
    /// to a temporary folder first, so the cache a run writes never lands in the repository.
    static func recipegen(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> Run {
        let binary = root + "/.build/debug/recipegen"
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw CLIError.missingBinary(binary)
        }
        var directory = directory
        if directory.hasPrefix(root + "/") {
            let copy = Repository.temporaryFolder() + "/site"
            try FileManager.default.copyItem(atPath: directory, toPath: copy)
            directory = copy
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    enum CLIError: Error {
        case missingBinary(String)
    }

    @Test(arguments: ["human", "json", "github", "short"])
    func frontMatterErrorsGolden(format: String) throws {
        let run = try Self.recipegen(["check", "--format", format], in: Self.sites + "/invalid-front-matter")
        #expect(run.status == 1)
        let text = Self.withoutTime(format == "json" || format == "github" ? run.stdout : run.stderr)
        let problem = Golden.check(text, path: Self.golden + "/front-matter-errors.\(format).txt")
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// The summary line's duration replaced by `in <time>`, for golden files.
    static func withoutTime(_ text: String) -> String {
        text.replacingOccurrences(of: #" in [0-9]+\.[0-9][0-9]s\n$"#, with: " in <time>\n", options: .regularExpression)
    }

    /// The binary allocates through mimalloc, not the C library: with its statistics switched
    /// on, mimalloc reports on exit only when its malloc served the process.
    @Test func theBinaryAllocatesThroughMimalloc() throws {
        let run = try Self.recipegen(["check"], in: Self.sites + "/basic", environment: ["MIMALLOC_SHOW_STATS": "1"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("heap stats"), "\(run.stderr)")
        #expect(run.stderr.contains("committed:"), "\(run.stderr)")
    }

    @Test func cleanSiteChecksWithExitZero() throws {
        let run = try Self.recipegen(["check"], in: Self.sites + "/basic")
        #expect(run.status == 0)
        #expect(run.stderr.hasPrefix("checked: 2 recipes, 3 examples checked, 0 diagrams, 0 errors, 0 warnings in "))
        #expect(run.stderr.hasSuffix("s\n") && run.stderr.split(separator: "\n").count == 1)
        #expect(run.stdout.isEmpty)
    }

    @Test func checkWithPathsReportsOnlyThoseFiles() throws {
        let run = try Self.recipegen(["check", "--format", "short", "Content/networking/crlf.md"], in: Self.sites + "/invalid-front-matter")
        #expect(run.status == 1)
        #expect(run.stderr.contains("Content/networking/crlf.md:13:6: error: duplicate key 'name' in a mapping [RG2002]\n"))
        #expect(!run.stderr.contains("bad-meta.md"))
    }

    @Test func missingContentIsAUsageError() throws {
        let run = try Self.recipegen(["check", "--content", "nowhere"], in: Repository.temporaryFolder())
        #expect(run.status == 2)
        #expect(run.stderr.contains("error[RG0002]: content folder 'nowhere' does not exist"))
    }

    @Test func badConfigIsAConfigurationError() throws {
        let folder = Repository.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/Content", withIntermediateDirectories: true)
        try "titel: x\n".write(toFile: folder + "/recipegen.yaml", atomically: true, encoding: .utf8)
        let run = try Self.recipegen(["check"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("error[RG0002]: unknown key 'titel' in recipegen.yaml"))
        #expect(run.stderr.contains("did you mean 'title'?"))
    }

    @Test func unknownFlagIsAUsageError() throws {
        let run = try Self.recipegen(["check", "--colour"], in: Repository.temporaryFolder())
        #expect(run.status == 64 || run.status == 2)
    }

    @Test func buildWritesTheSiteAndFailedBuildKeepsIt() throws {
        let folder = Repository.temporaryFolder()
        let output = folder + "/Out"
        let built = try Self.recipegen(
            ["build", "--templates", Self.root + "/Templates", "--output", output], in: Self.sites + "/basic")
        #expect(built.status == 0)
        #expect(FileManager.default.fileExists(atPath: output + "/recipes/expose-web/index.html"))
        let before = Repository.snapshot(output)
        let failed = try Self.recipegen(
            ["build", "--templates", Self.root + "/Templates", "--output", output], in: Self.sites + "/invalid-front-matter")
        #expect(failed.status == 1)
        #expect(Repository.snapshot(output) == before)
    }

    @Test func explainPrintsACodePage() throws {
        let run = try Self.recipegen(["explain", "RG1003"], in: Self.root)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("RG1003: front matter value is invalid (error)\n"))
        #expect(run.stdout.contains("Wrong:\n\n    difficulty: expert\n"))
        let unknown = try Self.recipegen(["explain", "RG9999"], in: Self.root)
        #expect(unknown.status != 0)
    }
}
