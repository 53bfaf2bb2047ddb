import Foundation
import RecipeTestSupport
import Testing

/// What `recipegen build` prints while it works: a redrawn progress line on a terminal, and
/// nothing but the summary into a pipe.
@Suite(.serialized) struct TerminalProgressTests {
    /// A site of `count` valid recipes, large enough that a build outlasts the progress line's delay.
    static func site(recipes count: Int) throws -> String {
        let folder = Repository.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/Content/networking", withIntermediateDirectories: true)
        for number in 0..<count {
            let text = """
                ---
                title: Service number \(number)
                description: Expose backend \(number) inside the cluster.
                category: networking
                tags: [services, t\(number % 7)]
                date: 2026-02-\(String(format: "%02d", 1 + number % 28))
                ---

                ## Steps

                Apply the Service and look at it.

                ```yaml title="svc-\(number).yaml"
                apiVersion: v1
                kind: Service
                metadata:
                  name: svc-\(number)
                spec:
                  selector:
                    app: backend-\(number)
                  ports:
                    - port: 80
                      targetPort: 8080
                ```

                ```bash
                kubectl apply -f svc-\(number).yaml
                kubectl get svc svc-\(number)
                ```

                """
            try text.write(toFile: folder + "/Content/networking/svc-\(number).md", atomically: false, encoding: .utf8)
        }
        return folder
    }

    /// Runs `recipegen arguments` in `directory` with stdout and stderr on a new pseudo-terminal
    /// (through util-linux `script`); returns the exit status and everything the terminal showed.
    static func onTerminal(_ arguments: [String], in directory: String) throws -> (status: Int32, screen: String) {
        let binary = CLITests.root + "/.build/debug/recipegen"
        let command = ([binary] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qfec", command, "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let screen = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: screen, as: UTF8.self))
    }

    static let summary = #"built into 'Output': 400 recipes, 800 examples checked, 0 diagrams, 0 errors, 0 warnings in [0-9]+\.[0-9]{2}s"#

    @Test func aTerminalShowsARedrawnProgressLineThenTheSummary() throws {
        let folder = try Self.site(recipes: 400)
        let run = try Self.onTerminal(["build", "--no-cache", "--config", "none.yaml", "--templates", CLITests.root + "/Templates"], in: folder)
        #expect(run.status == 0, "\(run.screen)")
        let lines = run.screen.components(separatedBy: "\r\u{1B}[K").filter { !$0.isEmpty }
        let progress = #"^building 400 recipes into 'Output'… ([0-9]+/400 checked, )?(rendering pages, |writing files, |[0-9]+ files written, )?[0-9]+\.[0-9]{2}s$"#
        let drawn = lines.dropLast()
        #expect(!drawn.isEmpty, "no progress line: \(run.screen)")
        for line in drawn { #expect(line.range(of: progress, options: .regularExpression) != nil, "\(line.debugDescription)") }
        #expect(drawn.contains { $0.range(of: #"… [0-9]+/400 checked, "#, options: .regularExpression) != nil }, "\(drawn)")
        // The line is erased before the summary, which is the last thing on the screen.
        let last = lines.last ?? ""
        #expect(last.range(of: "^" + Self.summary + "\r?\n$", options: .regularExpression) != nil, "\(last.debugDescription)")
        #expect(FileManager.default.fileExists(atPath: folder + "/Output/recipes/svc-7/index.html"))
    }

    @Test func aPipeGetsOnlyTheSummary() throws {
        let folder = try Self.site(recipes: 400)
        let run = try CLITests.recipegen(["build", "--no-cache", "--config", "none.yaml", "--templates", CLITests.root + "/Templates"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.range(of: "^" + Self.summary + "\n$", options: .regularExpression) != nil, "\(run.stderr.debugDescription)")
        let verbose = try CLITests.recipegen(["build", "--no-cache", "--config", "none.yaml", "--templates", CLITests.root + "/Templates", "--verbose"], in: folder)
        #expect(verbose.stderr.range(of: "^building 400 recipes into 'Output'…\n" + Self.summary + "\n$", options: .regularExpression) != nil, "\(verbose.stderr.debugDescription)")
    }
}
