import RecipeDiagnostics
import Foundation
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

    /// A valid Service; line 1 is `apiVersion`, ports start on line 6.
    static let service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n"

    @Test func yamlErrorInAFenceIsAtItsFileLine() {
        #expect(check("\n```yaml\n" + Self.service + "      port: 81\n```\n") == ["RG2002@15:7"])
    }

    @Test func schemaErrorInAFenceIsAtItsFileLine() {
        #expect(check("\n```yaml\n" + Self.service + "      nodePort: 80\n```\n") == ["RG2069@15:7"])
    }

    @Test func indentedFenceInAList() {
        let indented = Self.service.split(separator: "\n").map { "   " + $0 }.joined(separator: "\n")
        #expect(check("\n1. Step\n\n   ```yaml\n" + indented + "\n   a: 2\n   ```\n") == ["RG2017@17:4"])
    }

    @Test func fenceInABlockQuoteWithTab() {
        #expect(check("\n> ```yaml\n> a:\n> \tb: 1\n> ```\n") == ["RG2003@9:3"])
    }

    @Test func crlfRecipe() {
        let body = Self.service.replacingOccurrences(of: "\n", with: "\r\n")
        let text = "---\r\ntitle: T\r\ndescription: D\r\ncategory: c\r\n---\r\n\r\n```yaml\r\n" + body + "kind: Pod\r\n```\r\n"
        let checker = RecipeChecker(config: SiteConfig(), links: LinkResolver(slugs: [:], fileURLs: false))
        let found = checker.check(RecipeFile(path: "r.md", relativePath: "r.md", text: text)).diagnostics
        #expect(found.map { "\($0.code)@\($0.range.start.line):\($0.range.start.column)" } == ["RG2002@15:1"])
    }

    @Test func unknownAttributeIsAtItsColumn() {
        #expect(check("\n```yaml  ignroe\n" + Self.service + "```\n") == ["RG1010@7:10"])
    }

    @Test func counterExampleThatPassesFails() {
        #expect(check("\n```yaml invalid\n" + Self.service + "```\n") == ["RG1011@7:1"])
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

    @Test func unknownCalloutsInListsAndQuotes() {
        #expect(check("\n- item\n\n  > [!HINT]\n  > text\n") == ["RG1013@9:5"])
        #expect(check("\n> quote\n>\n> > [!HINT]\n> > text\n") == ["RG1013@9:5"])
    }

    // MARK: file names given in prose

    /// A Service block after `prose`, then a command applying `web.yaml` and calling a Service
    /// `db` that no block defines.
    private func applied(after prose: String) -> [String] {
        check("\n" + prose + "\n\n```yaml\n" + Self.service + "```\n\n```bash\nkubectl apply -f web.yaml\ncurl http://db/\n```\n")
    }

    @Test func proseNamesTheBlocksFile() {
        // The block counts as web.yaml: no RG3105 for the applied file.
        #expect(applied(after: "Save this as `web.yaml`:") == ["RG3201@21:13"])
        #expect(applied(after: "Create a file named `web.yaml` with the Service.") == ["RG3201@21:13"])
    }

    @Test func proseThatOnlyMentionsAFileNamesNothing() {
        #expect(applied(after: "Unlike `web.yaml`, this one is short.") == ["RG3105@20:18", "RG3201@21:13"])
        #expect(applied(after: "Save `web.yaml` and `db.yaml`.") == ["RG3105@20:18", "RG3201@21:13"])
        #expect(applied(after: "Save this as `/etc/web.yaml`.") == ["RG3105@20:18", "RG3201@21:13"])
    }

    @Test func applyingAFolderIsNotAMissingFile() {
        #expect(check("\n```bash\nkubectl apply -f .\nkubectl apply -f ./k8s/..\n```\n") == [])
    }
}
