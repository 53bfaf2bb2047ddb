import Foundation
import RecipeDiagnostics
import RecipeFuzzSupport
import RecipeTestSupport
import RecipeYAML
import Testing

@testable import RecipeSite

/// Hostile recipes, at a size that keeps the suite fast: each gives a diagnostic or a correct
/// page within a time bound, never a crash or a hang. The full-size versions (a 100 MB recipe,
/// a million-line fence) are measured with Fixtures/Limits/hostile_recipes.py --measure.
@Suite struct HardeningResourceLimitTests {
    static let front = "---\ntitle: Hostile\ndescription: A recipe that attacks the generator.\ncategory: hostile\n---\n\n"

    static func fence(_ language: String, _ body: String) -> String { "```\(language)\n\(body)\n```\n" }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        /// The error codes the recipe must get; empty means it must render without errors.
        var codes: Set<String>
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        let laughs = "lol0: &a0 [lol]\n" + (1..<10).map { i in "lol\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }.joined()
        let subgraphs = (0..<300).map { "subgraph s\($0)\n" }.joined() + "  a --> b\n" + String(repeating: "end\n", count: 300)
        return [
            Case(name: "yaml-alias-bomb", text: front + fence("yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: bomb\n" + laughs), codes: ["RG2004"]),
            Case(name: "yaml-deep-flow", text: front + fence("yaml", "key: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)), codes: ["RG2004"]),
            Case(name: "yaml-deep-block", text: front + fence("yaml", (0..<400).map { String(repeating: "  ", count: $0) + "k\($0):\n" }.joined()), codes: ["RG2004"]),
            Case(name: "yaml-many-keys", text: front + fence("yaml", (0..<20_000).map { "k\($0): v\n" }.joined()), codes: ["RG2010"]),
            Case(name: "shell-deep-substitution", text: front + fence("bash", "echo " + String(repeating: "$(", count: 5_000) + "x" + String(repeating: ")", count: 5_000)), codes: ["RG3001"]),
            Case(name: "shell-deep-subshell", text: front + fence("bash", String(repeating: "( ", count: 5_000) + "true" + String(repeating: " )", count: 5_000)), codes: ["RG3001"]),
            Case(name: "shell-deep-arithmetic", text: front + fence("bash", String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)), codes: []),
            Case(name: "shell-deep-braces", text: front + fence("bash", String(repeating: "{ ", count: 5_000) + "true; " + String(repeating: "}; ", count: 5_000)), codes: ["RG3001"]),
            Case(name: "mermaid-deep-subgraphs", text: front + fence("mermaid", "flowchart TD\n" + subgraphs), codes: ["RG4019"]),
            Case(name: "mermaid-long-chain", text: front + fence("mermaid", "flowchart LR\n" + (0..<300).map { "  n\($0) --> n\($0 + 1)\n" }.joined()), codes: []),
            Case(name: "markdown-deep-quotes", text: front + String(repeating: ">", count: 50_000) + " deep\n", codes: []),
            Case(name: "markdown-deep-lists", text: front + (0..<1_000).map { String(repeating: "  ", count: $0) + "- item\n" }.joined(), codes: []),
            Case(name: "markdown-emphasis", text: front + String(repeating: "*a **b ", count: 30_000) + "\n", codes: []),
            Case(name: "markdown-brackets", text: front + String(repeating: "[", count: 30_000) + "x" + String(repeating: "](", count: 15_000) + "\n", codes: []),
            Case(name: "long-line", text: front + String(repeating: "word ", count: 400_000) + "\n", codes: []),
            Case(name: "many-line-fence", text: front + fence("text", (0..<100_000).map { "line \($0)" }.joined(separator: "\n")), codes: []),
            Case(name: "many-line-shell", text: front + fence("bash", Array(repeating: "echo hello", count: 10_000).joined(separator: "\n")), codes: []),
            Case(name: "too-many-line-shell", text: front + fence("bash", Array(repeating: "echo hello", count: 30_000).joined(separator: "\n")), codes: ["RG3007"]),
            Case(name: "too-large-shell", text: front + fence("bash", "echo " + String(repeating: "a", count: 600_000)), codes: ["RG3007"]),
            Case(name: "nul-bytes", text: front + "Text\u{0}with NUL.\n\n" + fence("bash", "echo a\u{0}b"), codes: []),
            Case(name: "crlf", text: (front + "Some *text*.\n").replacingOccurrences(of: "\n", with: "\r\n"), codes: []),
            Case(name: "bom", text: "\u{FEFF}" + front + "Some *text*.\n", codes: []),
        ]
    }()

    @Test(arguments: cases)
    func hostileRecipeGetsADiagnosticOrAPageInBoundedTime(_ hostile: Case) throws {
        var checked: CheckedRecipe!
        let elapsed = ThreadCPUClock.measure { checked = RecipeProbe.recipe(hostile.text) }
        #expect(elapsed < .seconds(20), "\(hostile.name) took \(elapsed) of CPU")
        let errors = Set(checked.diagnostics.filter { $0.severity == .error }.map(\.code))
        #expect(errors == hostile.codes, "\(hostile.name): \(checked.diagnostics.prefix(3).map { "\($0.code) \($0.message)" })")
        #expect(DiagnosticBounds.violations(checked.diagnostics, in: hostile.text).isEmpty)
        #expect(HTMLSafety.violations(checked.bodyHTML).isEmpty)
        if hostile.codes.isEmpty { #expect(!checked.bodyHTML.isEmpty) }
    }

    /// libyaml's scanner is quadratic in flow depth; the highlighter stops at the parser's
    /// depth limit (200 KB of '[' took 90 s in a debug build before).
    @Test func deepFlowYAMLIsHighlightedInBoundedTime() {
        let text = "key: " + String(repeating: "[", count: 40_000) + String(repeating: "]", count: 40_000)
        var html = ""
        let elapsed = ThreadCPUClock.measure { html = YAMLHighlighter.html(text) }
        #expect(elapsed < .seconds(2))
        #expect(html.contains(String(repeating: "[", count: 40_000 - 200)))
    }

    /// The clock the bounded-time tests use counts this thread's work, not its waiting.
    @Test func threadCPUClockCountsWorkNotWaiting() {
        let slept = ThreadCPUClock.measure { usleep(300_000) }
        #expect(slept < .milliseconds(100))
        let start = ThreadCPUClock.now()
        let deadline = ContinuousClock.now + .seconds(20)
        var state: UInt64 = 1
        while ThreadCPUClock.now() - start < .milliseconds(50) && ContinuousClock.now < deadline { state = state &* 6_364_136_223_846_793_005 &+ 1 }
        #expect(ThreadCPUClock.now() - start >= .milliseconds(50), "the clock did not advance while working (\(state))")
    }

    @Test func crlfAndBOMRenderTheSamePageAsLF() {
        let lf = RecipeProbe.recipe(Self.front + "Some *text*.\n\n- a\n- b\n")
        let crlf = RecipeProbe.recipe((Self.front + "Some *text*.\n\n- a\n- b\n").replacingOccurrences(of: "\n", with: "\r\n"))
        let bom = RecipeProbe.recipe("\u{FEFF}" + Self.front + "Some *text*.\n\n- a\n- b\n")
        #expect(lf.diagnostics.isEmpty && crlf.diagnostics.isEmpty && bom.diagnostics.isEmpty)
        #expect(crlf.bodyHTML == lf.bodyHTML)
        #expect(bom.bodyHTML == lf.bodyHTML)
        #expect(crlf.frontMatter == lf.frontMatter && bom.frontMatter?.title == "Hostile")
    }

    @Test func invalidUTF8IsAReadError() throws {
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Content/hostile", withIntermediateDirectories: true)
        let bytes = Array(Self.front.utf8) + [0xFF, 0xFE, 0xC3, 0x28, 0x0A]
        FileManager.default.createFile(atPath: folder + "/Content/hostile/bad.md", contents: Data(bytes))
        var options = BuildOptions()
        options.content = folder + "/Content"
        options.config = folder + "/none.yaml"
        let result = try SiteBuilder.check(options)
        #expect(result.diagnostics.map(\.code) == ["RG0001"])
        #expect(result.diagnostics.first?.message.contains("is not valid UTF-8 text") == true)
    }
}
