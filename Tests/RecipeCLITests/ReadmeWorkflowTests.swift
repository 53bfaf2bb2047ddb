import Foundation
import RecipeTestSupport
import RecipeYAML
import Testing

/// The GitHub Actions workflow in the README works: it parses as YAML, and its recipegen steps,
/// run as written against a copy of the repository's site, succeed and produce what they say.
@Suite(.serialized) struct ReadmeWorkflowTests {
    /// The first `yaml` fence after the README's CI heading.
    static func workflow() throws -> String {
        let readme = try String(contentsOfFile: CLITests.root + "/README.md", encoding: .utf8)
        let section = try #require(readme.range(of: "## In CI: GitHub Actions\n"))
        let rest = readme[section.upperBound...]
        let open = try #require(rest.range(of: "```yaml\n"))
        let close = try #require(rest[open.upperBound...].range(of: "\n```\n"))
        return String(rest[open.upperBound..<close.lowerBound]) + "\n"
    }

    struct Step {
        var name: String
        var uses: String?
        var run: String?
    }

    static func steps(_ text: String) throws -> [Step] {
        let (root, diagnostics) = YAMLParser.parseSingle(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let jobs = try #require(root?.pair("jobs")?.value.pairs)
        var steps: [Step] = []
        for job in jobs {
            for step in try #require(job.value.pair("steps")?.value.items) {
                let uses = step.pair("uses")?.value.string
                let run = step.pair("run")?.value.string
                #expect((uses == nil) != (run == nil), "a step needs exactly one of uses and run")
                steps.append(Step(name: step.pair("name")?.value.string ?? uses ?? "", uses: uses, run: run))
            }
        }
        return steps
    }

    @Test func theSARIFUploadHasThePermissionsItNeeds() throws {
        let (root, _) = YAMLParser.parseSingle(try Self.workflow())
        let steps = try Self.steps(try Self.workflow())
        try #require(steps.contains { $0.uses?.hasPrefix("github/codeql-action/upload-sarif@") == true })
        let permissions = try #require(root?.pair("permissions")?.value)
        // Writing code scanning alerts, and reading the workflow run (a private repository refuses it otherwise).
        #expect(permissions.pair("security-events")?.value.string == "write")
        #expect(permissions.pair("actions")?.value.string == "read")
        #expect(permissions.pair("contents")?.value.string == "read")
    }

    @Test func theReadmeWorkflowRunsAgainstTheRepositorysSite() throws {
        let steps = try Self.steps(try Self.workflow())
        #expect(steps.contains { $0.uses?.hasPrefix("actions/checkout@") == true })
        let package = try String(contentsOfFile: CLITests.root + "/Package.swift", encoding: .utf8)
        // A copy of what actions/checkout gives, with the debug recipegen where the build step puts one.
        let folder = Repository.temporaryFolder()
        let manager = FileManager.default
        for name in ["Content", "Templates", "recipegen.yaml"] where manager.fileExists(atPath: CLITests.root + "/" + name) {
            try manager.copyItem(atPath: CLITests.root + "/" + name, toPath: folder + "/" + name)
        }
        try manager.createDirectory(atPath: folder + "/.build/release", withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: folder + "/.build/release/recipegen", withDestinationPath: CLITests.root + "/.build/debug/recipegen")
        var ran = 0
        for step in steps {
            guard let run = step.run else { continue }  // GitHub's own actions
            if run.hasPrefix("apt-get ") {
                // The system libraries Package.swift links, by their Debian package names.
                #expect(package.contains("pkgConfig: \"libcmark-gfm\"") && run.contains("libcmark-gfm-dev") && run.contains("libcmark-gfm-extensions-dev"))
                #expect(package.contains("pkgConfig: \"yaml-0.1\"") && run.contains("libyaml-dev"))
                #expect(package.contains(".apt([\"libmimalloc-dev\"])") && run.contains("libmimalloc-dev"))
                continue
            }
            if run.hasPrefix("swift build") {
                #expect(run == "swift build -c release --product recipegen" && package.contains(".executable(name: \"recipegen\""))
                continue
            }
            #expect(run.hasPrefix(".build/release/recipegen "), "an unexpected step: \(run)")
            let status = try Self.shell(run, in: folder)
            #expect(status == 0, "step '\(step.name)' exited with \(status): \(run)")
            ran += 1
        }
        #expect(ran == 3)
        let sarif = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: folder + "/recipegen.sarif"))) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
        #expect((sarif?["runs"] as? [Any])?.count == 1)
        let home = try String(contentsOfFile: folder + "/Output/index.html", encoding: .utf8)
        #expect(home.contains("https://recipes.example.org/"))
    }

    /// Runs `command` as a GitHub Actions `run:` step does (`bash -e`), in `directory`.
    static func shell(_ command: String, in directory: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-e", "-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
