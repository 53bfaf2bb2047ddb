import Foundation
import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeSite

/// LF, CR LF and CR-only (old Mac) recipes: the same diagnostics at the same line:column, and
/// the same built page.
@Suite struct HardeningLineEndTests {
    static let endings = ["\n", "\r\n", "\r"]

    /// Errors in the front matter, a YAML fence and a shell fence, each at a known column.
    static let broken = """
        ---
        title: Line ends
        description: One recipe saved with three kinds of line ends.
        category: networking
        difficulty: expert
        ---

        Some *text*, then a manifest:

        ```yaml title="web.yaml"
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: Bogus
          selector:
            app: web
          ports:
            - port: 80
              port: 81
        ```

        ```bash
        kubectl apply -f web.yaml
        kubectl get svc wbe
        echo "done" )
        ```

        """

    /// The same recipe without errors.
    static var valid: String {
        broken.replacingOccurrences(of: "difficulty: expert", with: "difficulty: beginner")
            .replacingOccurrences(of: "type: Bogus", with: "type: ClusterIP")
            .replacingOccurrences(of: "      port: 81\n", with: "")
            .replacingOccurrences(of: "svc wbe", with: "svc web")
            .replacingOccurrences(of: "\"done\" )", with: "\"done\"")
    }

    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.code)@\($0.range.start.line):\($0.range.start.column)-\($0.range.end.line):\($0.range.end.column)" }
    }

    @Test(arguments: endings.dropFirst())
    func diagnosticsStandWhereTheyStandInTheLFTwin(_ ending: String) {
        let lf = RecipeProbe.recipe(Self.broken)
        let other = RecipeProbe.recipe(Self.broken.replacingOccurrences(of: "\n", with: ending))
        let found = Self.summary(lf.diagnostics).sorted()
        #expect(found == ["RG1003@5:13-5:19", "RG2002@21:7-21:11", "RG2080@16:9-16:14", "RG3001@27:13-27:14", "RG3201@26:17-26:20"])
        #expect(Self.summary(other.diagnostics).sorted() == found)
        #expect(other.diagnostics.map(\.message).sorted() == lf.diagnostics.map(\.message).sorted())
    }

    @Test(arguments: endings.dropFirst())
    func aRecipeBuildsToThePageOfItsLFTwin(_ ending: String) throws {
        var pages: [String] = []
        for text in [Self.valid, Self.valid.replacingOccurrences(of: "\n", with: ending)] {
            let folder = try HardeningPathTests.site(["networking/line-ends.md": text])
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let result = try SiteBuilder.build(HardeningPathTests.options(folder))
            #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(Self.summary(result.diagnostics))")
            pages.append(try String(contentsOfFile: folder + "/Output/recipes/line-ends/index.html", encoding: .utf8))
        }
        #expect(pages[0].contains("<span class=\"sh-command\">kubectl</span>"))
        #expect(pages[1] == pages[0])
    }

    @Test func loneCarriageReturnsBecomeLineFeedsAndCRLFStays() {
        #expect(LineEnds.normalizingLoneCarriageReturns("a\rb\r\nc\r\rd\r") == "a\nb\r\nc\n\nd\n")
        #expect(LineEnds.normalizingLoneCarriageReturns("a\r\nb\n") == "a\r\nb\n")
        #expect(RecipeFile(path: "p", relativePath: "p", text: "x\ry").text == "x\ny")
    }
}
