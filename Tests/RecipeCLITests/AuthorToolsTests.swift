import Foundation
import RecipeDiagnostics
import RecipeSite
import RecipeTestSupport
import Testing

@testable import RecipeCLI

/// `new`, `explain`, the SARIF format and the GitHub ordering, through the built binary where
/// a user would see the difference.
@Suite(.serialized) struct AuthorToolsTests {
    static let sites = CLITests.sites
    static let golden = CLITests.golden

    /// A temporary site with the fixture's configuration and an empty content folder.
    static func emptySite() throws -> String {
        let folder = Repository.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/Content", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: sites + "/basic/recipegen.yaml", toPath: folder + "/recipegen.yaml")
        return folder
    }

    @Test func newWritesASkeletonThatChecksClean() throws {
        let folder = try Self.emptySite()
        let made = try CLITests.recipegen(["new", "networking/my-recipe", "--title", "Route \"web\" traffic: a how-to"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout == "created Content/networking/my-recipe.md\n")
        let text = try String(contentsOfFile: folder + "/Content/networking/my-recipe.md", encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Route \\\"web\\\" traffic: a how-to\"\n"))
        #expect(text.contains("\ndate: \(New.today())\n"))
        for part in ["> [!TIP]", "```mermaid\nflowchart", "```yaml title=\"my-recipe-service.yaml\"", "kind: Service",
            "kubectl apply -f my-recipe-service.yaml", "|---|:-:|:-:|"] {
            #expect(text.contains(part), "the skeleton has no \(part)")
        }
        let checked = try CLITests.recipegen(["check", "--strict", "--format", "short"], in: folder)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stderr.hasPrefix("checked: 1 recipe, 3 examples checked, 1 diagram, 0 errors, 0 warnings in "), "\(checked.stderr)")
    }

    @Test func newRefusesToOverwrite() throws {
        let folder = try Self.emptySite()
        #expect(try CLITests.recipegen(["new", "storage/keep"], in: folder).status == 0)
        let path = folder + "/Content/storage/keep.md"
        try "mine\n".write(toFile: path, atomically: true, encoding: .utf8)
        let again = try CLITests.recipegen(["new", "storage/keep", "--title", "Other"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine\n")
    }

    @Test(arguments: ["networking", "Networking/x", "networking/My-Recipe", "networking/-x", "networking/x-",
        "networking/a--b", "networking/1st", "a/b/c", "../x", "networking/../x", "/networking/x", "networking/x.md",
        "networking/" + String(repeating: "a", count: 64)])
    func newRejectsBadSlugs(_ path: String) throws {
        let folder = try Self.emptySite()
        let run = try CLITests.recipegen(["new", path], in: folder)
        #expect(run.status == 64 || run.status == 2, "\(path): \(run.status)")
        #expect(Repository.snapshot(folder + "/Content").isEmpty)
    }

    @Test func everyCodeHasAnExplanationAndExamples() throws {
        #expect(DiagnosticRegistry.all.count > 100)
        for code in DiagnosticRegistry.all {
            #expect(!code.title.isEmpty, "\(code.id) has no title")
            #expect(!code.explanation.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(code.id) has no explanation")
            #expect(!code.wrongExample.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(code.id) has no wrong example")
            #expect(!code.rightExample.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(code.id) has no right example")
            let page = Explain.page(for: code)
            #expect(page.hasPrefix("\(code.id): \(code.title) (\(code.severity.rawValue))\n\n\(code.explanation)\n\nWrong:\n\n"))
            #expect(page.contains("Right:\n\n"))
        }
        let listing = try CLITests.recipegen(["explain"], in: CLITests.root)
        #expect(listing.status == 0)
        let listed = listing.stdout.split(separator: "\n").map { String($0.prefix(6)) }
        #expect(listed == DiagnosticRegistry.all.map(\.id))
    }

    @Test(arguments: ["rg2002", "RG4002", "RG5002"])
    func explainPrintsTheCodesPage(_ id: String) throws {
        let run = try CLITests.recipegen(["explain", id], in: CLITests.root)
        #expect(run.status == 0)
        let code = try #require(DiagnosticRegistry.code(id.uppercased()))
        #expect(run.stdout == Explain.page(for: code))
    }

    @Test func sarifGolden() throws {
        let run = try CLITests.recipegen(["check", "--format", "sarif"], in: Self.sites + "/invalid-front-matter")
        #expect(run.status == 1)
        #expect(run.stderr.isEmpty)
        let problem = Golden.check(run.stdout, path: Self.golden + "/front-matter-errors.sarif.json")
        #expect(problem == nil, "\(problem ?? "")")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? String == "2.1.0")
    }

    @Test func githubPutsErrorsFirstAndEndsWithASummary() throws {
        func diagnostic(_ code: String, _ severity: Severity, _ line: Int) -> Diagnostic {
            Diagnostic(code: code, severity: severity, message: "m", file: "a.md", range: SourceRange(line: line, column: 1))
        }
        let sorted = [
            diagnostic("RG2150", .warning, 1), diagnostic("RG1003", .error, 2), diagnostic("RG0003", .note, 3),
            diagnostic("RG1004", .error, 4), diagnostic("RG2150", .warning, 5),
        ]
        let ordered = Check.mostSevereFirst(sorted)
        #expect(ordered.map(\.range.start.line) == [2, 4, 1, 5, 3])
        let run = try CLITests.recipegen(["check", "--format", "github"], in: Self.sites + "/invalid-front-matter")
        #expect(run.stdout.hasSuffix(
            "\nrecipegen: check failed: 2 recipes, 1 example checked, 0 diagrams, 9 errors, 0 warnings, 0 notes\n"))
    }

    @Test func summaryLineCountsEverything() {
        let summary = BuildSummary(recipes: 1, examples: 2, diagrams: 1, errors: 0, warnings: 3, duration: .milliseconds(1234))
        #expect(summary.line(verb: "checked") == "checked: 1 recipe, 2 examples checked, 1 diagram, 0 errors, 3 warnings in 1.23s")
    }

    @Test func verboseSaysWhatIsBeingDoneOutsideATerminal() throws {
        let quiet = try CLITests.recipegen(["check"], in: Self.sites + "/basic")
        #expect(!quiet.stderr.contains("checking"))
        let verbose = try CLITests.recipegen(["check", "--verbose"], in: Self.sites + "/basic")
        #expect(verbose.status == 0)
        #expect(verbose.stderr.hasPrefix("checking 2 recipes in 'Content'…\nchecked: 2 recipes, "), "\(verbose.stderr)")
    }

    @Test func progressLineShowsCountsOnceReported() {
        var counts = RecipeSite.BuildProgress.Counts()
        #expect(ProgressDisplay.line("checking 3 recipes in 'Content'", counts, .milliseconds(2400))
            == "checking 3 recipes in 'Content'… 2.40s")
        counts.recipesTotal = 3
        counts.recipesChecked = 1
        counts.filesWritten = 12
        #expect(ProgressDisplay.line("building 3 recipes into 'Output'", counts, .milliseconds(10))
            == "building 3 recipes into 'Output'… 1/3 checked, 12 files written, 0.01s")
        counts.filesWritten = 0
        counts.stage = .rendering
        #expect(ProgressDisplay.line("building 3 recipes into 'Output'", counts, .milliseconds(10))
            == "building 3 recipes into 'Output'… 1/3 checked, rendering pages, 0.01s")
    }
}
