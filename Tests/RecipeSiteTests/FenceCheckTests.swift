import RecipeDiagnostics
import Testing

@testable import RecipeSite

/// Fences inside recipes: positions of diagnostics in the Markdown file, counter-examples.
@Suite struct FenceCheckTests {
    private func check(_ body: String) -> [String] {
        let text = "---\ntitle: T\ndescription: D\ncategory: c\n---\n" + body
        let checker = RecipeChecker(config: SiteConfig(), links: LinkResolver(slugs: [:], fileURLs: false))
        return checker.check(RecipeFile(path: "r.md", relativePath: "r.md", text: text)).diagnostics.sorted()
            .map { "\($0.code)@\($0.range.start.line):\($0.range.start.column)" }
    }

    @Test func yamlErrorInAFenceIsAtItsFileLine() {
        #expect(check("\n```yaml\nkind: Service\nspec:\n  a: 1\n  a: 2\n```\n") == ["RG2002@11:3"])
    }

    @Test func indentedFenceInAList() {
        #expect(check("\n1. Step\n\n   ```yaml\n   a: 1\n   a: 2\n   ```\n") == ["RG2002@11:4"])
    }

    @Test func fenceInABlockQuoteWithTab() {
        #expect(check("\n> ```yaml\n> a:\n> \tb: 1\n> ```\n") == ["RG2003@9:3"])
    }

    @Test func crlfRecipe() {
        let text = "---\r\ntitle: T\r\ndescription: D\r\ncategory: c\r\n---\r\n\r\n```yaml\r\na: 1\r\na: 2\r\n```\r\n"
        let checker = RecipeChecker(config: SiteConfig(), links: LinkResolver(slugs: [:], fileURLs: false))
        let found = checker.check(RecipeFile(path: "r.md", relativePath: "r.md", text: text)).diagnostics
        #expect(found.map { "\($0.code)@\($0.range.start.line):\($0.range.start.column)" } == ["RG2002@9:1"])
    }

    @Test func unknownAttributeIsAtItsColumn() {
        #expect(check("\n```yaml  ignroe\na: 1\n```\n") == ["RG1010@7:10"])
    }

    @Test func counterExampleThatPassesFails() {
        #expect(check("\n```yaml invalid\na: 1\n```\n") == ["RG1011@7:1"])
    }

    @Test func counterExampleThatFailsAsExpectedIsQuiet() {
        #expect(check("\n```yaml invalid\na: 1\na: 2\n```\n") == [])
        #expect(check("\n```yaml invalid=RG2002\na: 1\na: 2\n```\n") == [])
    }

    @Test func counterExampleWithTheWrongCode() {
        #expect(check("\n```yaml invalid=RG2003\na: 1\na: 2\n```\n") == ["RG1011@7:1"])
    }

    @Test func ignoredFenceIsNotChecked() {
        #expect(check("\n```yaml ignore\na: 1\na: 2\n```\n") == ["RG1012@7:1"])
    }

    @Test func unknownCallout() {
        #expect(check("\n> [!HINT]\n> text\n") == ["RG1013@7:3"])
    }
}
