import Foundation
import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeMermaid

/// What a page shows for a fence, and robustness against arbitrary input.
@Suite struct MermaidBlockTests {
    @Test func validFlowchartIsAnSVG() {
        let block = MermaidBlock(source: "flowchart LR\n  A --> B\n", idPrefix: "fig-1")
        #expect(block.html.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"fig-1\""))
        #expect(block.diagnostics.isEmpty)
        #expect(block.flowchart?.edges.count == 1)
    }

    @Test func otherDiagramsAndErrorsShowTheSource() {
        let other = MermaidBlock(source: "sequenceDiagram\r\n\tA->>B: <hi>\r\n", idPrefix: "f")
        #expect(other.html == "<pre class=\"rg-mermaid-source\"><code>sequenceDiagram\n    A-&gt;&gt;B: &lt;hi&gt;\n</code></pre>\n")
        #expect(other.diagnostics.map(\.code) == ["RG4001"])
        let broken = MermaidBlock(source: "flowchart LR\n  A -> B\n", idPrefix: "f")
        #expect(broken.html.hasPrefix("<pre"))
        #expect(broken.diagnostics.hasErrors)
    }

    @Test func diagnosticsProjectIntoTheMarkdownFile() throws {
        // A fence whose body starts on line 12 of the file, indented by 2 in a list item.
        let block = MermaidBlock(source: "flowchart LR\n  A -> B\n", idPrefix: "f")
        let diagnostic = try #require(block.diagnostics.first)
        let projected = diagnostic.projected(into: EmbeddedSource(startLine: 12, columnOffsets: [2, 2]))
        #expect(projected.range.start == SourceLocation(line: 13, column: 7))
    }

    /// Seeded mutations of the golden diagrams: never a crash or hang, every range inside the
    /// text, a flowchart exactly when there is no error, and drawing always succeeds.
    @Test func mutatedInputsAreHandled() throws {
        var random = SplitMix64(seed: 0x5EED)
        let seeds = try RendererTests.diagrams.map { try GoldenFile.read("SVG/\($0).mmd") }
        let pieces = Array("[](){}|\"'<>-=.~&:;%@#\n\t xo`\\/é🚀end subgraph")
        let count = ProcessInfo.processInfo.environment["MERMAID_MUTATIONS"].flatMap { Int($0) } ?? 600
        for iteration in 0..<count {
            var bytes = Array(seeds[iteration % seeds.count])
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let at = Int(random.next() % UInt64(bytes.count + 1))
                switch random.next() % 3 {
                case 0: bytes.insert(pieces[Int(random.next() % UInt64(pieces.count))], at: at)
                case 1: if at < bytes.count { bytes.remove(at: at) }
                default: bytes = Array(bytes[..<min(at, bytes.count)])
                }
            }
            let text = String(bytes)
            let result = MermaidParser.parse(text)
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            for diagnostic in result.diagnostics {
                let end = diagnostic.range.end
                #expect(end.line >= 1 && end.line <= lines.count, "\(text)")
                if end.line >= 1 && end.line <= lines.count {
                    #expect(end.column <= lines[end.line - 1].utf8.count + 2, "\(text)")
                }
            }
            #expect((result.flowchart != nil) == !result.diagnostics.hasErrors)
            if let flowchart = result.flowchart {
                #expect(FlowchartRenderer(idPrefix: "m").render(flowchart).hasSuffix("</svg>\n"))
            }
        }
    }
}

