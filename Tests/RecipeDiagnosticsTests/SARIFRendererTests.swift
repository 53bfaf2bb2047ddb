import Foundation
import Testing

@testable import RecipeDiagnostics

/// SARIF details a golden file of ASCII recipes does not show.
@Suite struct SARIFRendererTests {
    private func render(_ diagnostics: [Diagnostic], source: [String: String] = [:]) throws -> [String: Any] {
        let text = DiagnosticFormat.sarif.render(diagnostics, source: { source[$0] })
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func region(_ sarif: [String: Any]) throws -> [String: Int] {
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let location = try #require((result["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        return try #require(physical["region"] as? [String: Int])
    }

    @Test func countsColumnsInCodePointsWhenTheTextIsKnown() throws {
        let diagnostic = Diagnostic(
            code: "RG1003", message: "m", file: "a.md",
            range: SourceRange(start: SourceLocation(line: 2, column: 7), end: SourceLocation(line: 2, column: 8)))
        let known = try render([diagnostic], source: ["a.md": "first\r\na: é x\r\n"])
        #expect(try region(known) == ["startLine": 2, "startColumn": 6, "endLine": 2, "endColumn": 7])
        let unknown = try render([diagnostic])
        #expect(try region(unknown) == ["startLine": 2, "startColumn": 7, "endLine": 2, "endColumn": 8])
    }

    @Test func encodesPathsAsURIReferences() {
        #expect(SARIFRenderer.uri("Content/my recipe#1.md") == "Content/my%20recipe%231.md")
        #expect(SARIFRenderer.uri("Content/ünï.md") == "Content/%C3%BCn%C3%AF.md")
    }

    @Test func anEmptyRunIsStillValid() throws {
        let sarif = try render([])
        #expect(sarif["version"] as? String == "2.1.0")
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "recipegen")
        #expect((driver["rules"] as? [Any])?.isEmpty == true)
    }
}
