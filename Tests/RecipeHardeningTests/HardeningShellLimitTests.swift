import RecipeDiagnostics
import RecipeSite
import RecipeTestSupport
import Testing

/// The shell fence limit (RG3007): 512 KiB and 25,000 lines, counted the same for LF, CR LF
/// and CR line ends; a fence past it is refused at its first line and shown unhighlighted.
@Suite struct HardeningShellLimitTests {
    static let front = HardeningResourceLimitTests.front
    /// The fence's first body line in a recipe made by `recipe(_:ending:)`.
    static let bodyLine = front.split(separator: "\n", omittingEmptySubsequences: false).count + 1

    static func recipe(_ body: String, ending: String = "\n", language: String = "bash") -> String {
        (front + "```\(language)\n" + body + "\n```\n").replacingOccurrences(of: "\n", with: ending)
    }

    static func limitDiagnostics(_ text: String) -> [Diagnostic] {
        RecipeProbe.recipe(text).diagnostics.filter { $0.code == "RG3007" }
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func twentyFiveThousandLinesPassAndOneMoreIsRefused(_ ending: String) {
        let lines = Array(repeating: "echo hello", count: 25_000)
        #expect(Self.limitDiagnostics(Self.recipe(lines.joined(separator: "\n"), ending: ending)).isEmpty)
        let over = Self.limitDiagnostics(Self.recipe((lines + ["echo one more"]).joined(separator: "\n"), ending: ending))
        #expect(over.map(\.message) == ["shell block has more than 25000 lines"])
        #expect(over.first?.range.start.line == Self.bodyLine)
        #expect(over.first?.range.start.column == 1)
    }

    @Test(arguments: ["bash", "console"])
    func theByteLimitIsExact(_ language: String) {
        let limit = 512 << 10
        let prefix = language == "console" ? "$ echo " : "echo "
        // The fence's text ends with its last line's LF, which counts.
        let atLimit = prefix + String(repeating: "a", count: limit - prefix.utf8.count - 1)
        #expect(Self.limitDiagnostics(Self.recipe(atLimit, language: language)).isEmpty)
        let over = Self.limitDiagnostics(Self.recipe(atLimit + "a", language: language))
        #expect(over.map(\.message) == ["shell block is \(limit + 1) bytes; the limit is \(limit)"])
        #expect(over.first?.range.start.line == Self.bodyLine)
        #expect(over.first?.severity == .error)
    }

    /// A fence marked 'ignore' is not checked, so the limit does not apply; it is shown plain.
    @Test func anIgnoredFenceIsNotRefused() {
        let body = Array(repeating: "echo hello", count: 30_000).joined(separator: "\n")
        let checked = RecipeProbe.recipe(Self.recipe(body, language: "bash ignore"))
        #expect(checked.diagnostics.filter { $0.severity == .error }.isEmpty, "\(checked.diagnostics.map(\.code))")
        #expect(!checked.bodyHTML.contains("sh-command"))
        #expect(checked.bodyHTML.contains("echo hello\necho hello"))
    }

    /// The whole 30,000-line fence is refused quickly and shown as plain, escaped text.
    @Test func aRefusedFenceIsShownPlainAndQuickly() {
        let body = Array(repeating: "echo '<b>' | kubectl apply -f -", count: 30_000).joined(separator: "\n")
        var checked: CheckedRecipe!
        let elapsed = ThreadCPUClock.measure { checked = RecipeProbe.recipe(Self.recipe(body)) }
        #expect(elapsed < .seconds(5))
        #expect(checked.diagnostics.map(\.code) == ["RG3007"])
        #expect(!checked.bodyHTML.contains("sh-command"))
        #expect(checked.bodyHTML.contains("echo &#39;&lt;b&gt;&#39; | kubectl apply -f -\necho"))
    }
}
