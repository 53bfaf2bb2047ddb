import RecipeDiagnostics
import Testing

@testable import RecipeMermaid

/// One invalid diagram: the code and block-local line:column of the (first) diagnostic.
struct ErrorCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var code: String
    var line: Int
    var column: Int

    var testDescription: String { name }

    init(_ name: String, _ text: String, _ code: String, _ line: Int, _ column: Int) {
        self.name = name
        self.text = text
        self.code = code
        self.line = line
        self.column = column
    }
}

/// Mistakes from the reference's §15 table (and §2–§13), each rejected at the right place.
@Suite struct ParserErrorTests {
    static let cases: [ErrorCase] = [
        // Header and directions (§2)
        ErrorCase("no header", "A --> B\n", "RG4002", 1, 1),
        ErrorCase("empty block", "", "RG4002", 1, 1),
        ErrorCase("only a comment", "%% nothing yet\n", "RG4002", 2, 1),
        ErrorCase("header typo", "flowchar LR\n  A --> B\n", "RG4002", 1, 1),
        ErrorCase("header glued to direction", "flowchartLR\n  A\n", "RG4002", 1, 1),
        ErrorCase("unknown direction", "flowchart XY\n  A\n", "RG4005", 1, 11),
        ErrorCase("lowercase direction", "graph lr\n  A\n", "RG4005", 1, 7),
        ErrorCase("spelled direction", "flowchart LEFT\n  A\n", "RG4005", 1, 11),
        ErrorCase("BR is a quirk", "flowchart BR\n  A\n", "RG4005", 1, 11),
        ErrorCase("two directions", "flowchart TB LR\n  A\n", "RG4003", 1, 14),
        ErrorCase("semicolon without direction", "graph;\n  A\n", "RG4003", 1, 6),
        ErrorCase("space before semicolon", "flowchart LR ;\n  A\n", "RG4003", 1, 14),
        ErrorCase("second header", "flowchart LR\n  A\n  graph TD\n", "RG4003", 3, 3),
        // Frontmatter, comments, directives (§0, §12)
        ErrorCase("frontmatter after a comment", "%% c\n---\ntitle: x\n---\nflowchart LR\n", "RG4017", 2, 1),
        ErrorCase("empty frontmatter", "---\n---\nflowchart LR\n  A\n", "RG4003", 1, 1),
        ErrorCase("unclosed frontmatter", "---\ntitle: x\nflowchart LR\n", "RG4004", 1, 1),
        ErrorCase("trailing comment", "flowchart LR\n  A --> B %% note\n", "RG4011", 2, 11),
        ErrorCase("comment after header", "flowchart LR %% c\n  A\n", "RG4011", 1, 14),
        ErrorCase("unclosed directive", "%%{init: {}\nflowchart LR\n", "RG4004", 1, 1),
        ErrorCase("unclosed accDescr", "flowchart LR\n  accDescr {\n  A --> B\n", "RG4004", 2, 12),
        // Ids and keywords (§1, §4)
        ErrorCase("node called end", "flowchart LR\n  A --> end\n", "RG4007", 2, 9),
        ErrorCase("node starting with end-", "flowchart LR\n  end-user --> A\n", "RG4007", 2, 3),
        ErrorCase("class.x", "flowchart LR\n  class.x --> A\n", "RG4007", 2, 3),
        ErrorCase("style-guide", "flowchart LR\n  A --> style-guide\n", "RG4007", 2, 9),
        ErrorCase("href as id", "flowchart LR\n  A --> href\n", "RG4007", 2, 9),
        ErrorCase("call as id", "flowchart LR\n  call --> A\n", "RG4007", 2, 3),
        ErrorCase("click as target", "flowchart LR\n  A --> click\n", "RG4007", 2, 9),
        ErrorCase("subgraph as id", "flowchart LR\n  subgraph-x --> A\n", "RG4007", 2, 3),
        ErrorCase("emoji id", "flowchart LR\n  🚀 --> B\n", "RG4018", 2, 3),
        ErrorCase("two ids", "flowchart LR\n  A B --> C\n", "RG4003", 2, 5),
        ErrorCase("space before shape", "flowchart LR\n  SVC [x] --> B\n", "RG4003", 2, 7),
        // Shapes and labels (§5, §6)
        ErrorCase("unclosed bracket", "flowchart LR\n  A[Start --> B\n", "RG4004", 2, 4),
        ErrorCase("label runs into a bracket", "flowchart LR\n  A[one --> B[two]\n", "RG4003", 2, 14),
        ErrorCase("mismatched closer )", "flowchart LR\n  A[x) --> B\n", "RG4003", 2, 6),
        ErrorCase("mismatched closer ]", "flowchart LR\n  A(x] --> B\n", "RG4003", 2, 6),
        ErrorCase("parenthesis in unquoted label", "flowchart LR\n  A[kube-proxy (iptables)]\n", "RG4003", 2, 16),
        ErrorCase("quote in unquoted label", "flowchart LR\n  A[say \"hi\"]\n", "RG4003", 2, 9),
        ErrorCase("second quoted part", "flowchart LR\n  A[\"x\" y \"z\"]\n", "RG4003", 2, 11),
        ErrorCase("edge id at label start", "flowchart LR\n  SA[sa@project.iam] --> B\n", "RG4003", 2, 6),
        ErrorCase("empty label", "flowchart LR\n  A[] --> B\n", "RG4008", 2, 4),
        ErrorCase("empty quoted label", "flowchart LR\n  A[\"\"] --> B\n", "RG4008", 2, 4),
        ErrorCase("unterminated quote", "flowchart LR\n  A[\"open --> B\n", "RG4004", 2, 5),
        ErrorCase("ellipse", "flowchart LR\n  A(-x-)\n", "RG4009", 2, 4),
        ErrorCase("props rect", "flowchart LR\n  A[|k:v|x]\n", "RG4009", 2, 4),
        ErrorCase("unknown @shape", "flowchart LR\n  A@{ shape: pod }\n", "RG4009", 2, 14),
        ErrorCase("uppercase @shape", "flowchart LR\n  A@{ shape: Cyl }\n", "RG4009", 2, 14),
        ErrorCase("icon", "flowchart LR\n  A@{ icon: \"fa:user\" }\n", "RG4009", 2, 13),
        ErrorCase("unclosed @{", "flowchart LR\n  A@{ shape: cyl\n", "RG4004", 2, 4),
        ErrorCase("class marker without name", "flowchart LR\n  A::: --> B\n", "RG4012", 2, 4),
        // Edges (§7)
        ErrorCase("single-dash arrow", "flowchart LR\n  A -> B\n", "RG4006", 2, 5),
        ErrorCase("double head", "flowchart LR\n  A -->> B\n", "RG4006", 2, 5),
        ErrorCase("fat arrow", "flowchart LR\n  A => B\n", "RG4006", 2, 5),
        ErrorCase("fat arrow glued", "flowchart LR\n  A=>B\n", "RG4006", 2, 4),
        ErrorCase("em dash", "flowchart LR\n  A —> B\n", "RG4006", 2, 5),
        ErrorCase("dangling arrow", "flowchart LR\n  A -->\n", "RG4003", 2, 5),
        ErrorCase("unclosed pipe text", "flowchart LR\n  A -->|text B\n", "RG4004", 2, 8),
        ErrorCase("empty pipe text", "flowchart LR\n  A -->|| B\n", "RG4008", 2, 8),
        ErrorCase("inline text never closed", "flowchart LR\n  A -- text -> B\n", "RG4004", 2, 5),
        ErrorCase("inline strokes differ", "flowchart LR\n  A -- t ==> B\n", "RG4004", 2, 5),
        ErrorCase("left arrow alone", "flowchart LR\n  A <-- B\n", "RG4004", 2, 5),
        ErrorCase("inline heads differ", "flowchart LR\n  A x-- t --> B\n", "RG4014", 2, 5),
        ErrorCase("equals sign in thick text", "flowchart LR\n  A == a = b ==> B\n", "RG4003", 2, 10),
        ErrorCase("dot in dotted text", "flowchart LR\n  A -. a.b .-> B\n", "RG4003", 2, 9),
        ErrorCase("double dash in inline text", "flowchart LR\n  A -- a -- b --> B\n", "RG4003", 2, 10),
        // Chains and & (§8)
        ErrorCase("ampersand before arrow", "flowchart LR\n  A & --> B\n", "RG4003", 2, 5),
        ErrorCase("ampersand glued to next", "flowchart LR\n  A &B --> C\n", "RG4003", 2, 5),
        // Subgraphs (§9)
        ErrorCase("subgraph without end", "flowchart TB\n  subgraph S\n    A\n", "RG4004", 2, 3),
        ErrorCase("stray end", "flowchart TB\n  A\n  end\n", "RG4015", 3, 3),
        ErrorCase("extra end", "flowchart TB\n  subgraph S\n    A\n  end\n  end\n", "RG4015", 5, 3),
        ErrorCase("brackets in a words title", "flowchart LR\n  subgraph S (x)\n    A\n  end\n", "RG4003", 2, 14),
        ErrorCase("arrow after end", "flowchart LR\n  subgraph S\n    A\n  end --> B\n", "RG4007", 4, 3),
        ErrorCase("click without target", "flowchart LR\n  A\n  click A\n", "RG4012", 3, 3),
        ErrorCase("bare subgraph", "flowchart TB\n  subgraph\n    A\n  end\n", "RG4016", 2, 3),
        ErrorCase("bad direction in subgraph", "flowchart TB\n  subgraph S\n    direction XY\n  end\n", "RG4005", 3, 15),
        // Styling (§10)
        ErrorCase("classDef without styles", "flowchart LR\n  A\n  classDef x\n", "RG4012", 3, 3),
        ErrorCase("class without name", "flowchart LR\n  A\n  class A\n", "RG4012", 3, 3),
        ErrorCase("style without styles", "flowchart LR\n  A\n  style A\n", "RG4012", 3, 3),
        ErrorCase("linkStyle out of range", "flowchart LR\n  A --> B\n  linkStyle 1 stroke:#f00\n", "RG4013", 3, 13),
        ErrorCase("linkStyle before the edge", "flowchart LR\n  linkStyle 0 stroke:#f00\n  A --> B\n", "RG4013", 2, 13),
        ErrorCase("parenthesis in style", "flowchart LR\n  A\n  style A fill:url(x)\n", "RG4003", 3, 19),
        ErrorCase("rgb() in classDef", "flowchart LR\n  A\n  classDef x fill:rgb(1,2,3)\n", "RG4003", 3, 22),
        ErrorCase("trailing comma in style", "flowchart LR\n  A\n  style A fill:#fff,\n", "RG4003", 3, 20),
        ErrorCase("linkStyle not a number", "flowchart LR\n  A --> B\n  linkStyle x stroke:#f00\n", "RG4003", 3, 13),
    ]

    @Test(arguments: cases)
    func reportsCodeAndPosition(_ c: ErrorCase) throws {
        let result = MermaidParser.parse(c.text)
        #expect(result.flowchart == nil)
        let first = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(first.code == c.code, "\(first.message)")
        #expect(first.range.start == SourceLocation(line: c.line, column: c.column), "\(first.message)")
        #expect(first.file == nil)
    }

    @Test func otherDiagramTypesWarnAndGiveNoFlowchart() throws {
        let result = MermaidParser.parse("%% sequence\nsequenceDiagram\n  Alice->>Bob: hi\n")
        #expect(result.flowchart == nil)
        let only = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(only.code == "RG4001")
        #expect(only.severity == .warning)
        #expect(only.range == SourceRange(line: 2, column: 1, length: 15))
        #expect(only.message == "'sequenceDiagram' diagrams are not checked or drawn; only flowcharts are")
    }

    @Test func messagesSayWhatWasFoundAndExpected() throws {
        let arrow = MermaidParser.parse("flowchart LR\n  A -> B\n").diagnostics[0]
        #expect(arrow.message == "'->' is not a flowchart arrow: did you mean '-->'?")
        let unclosed = MermaidParser.parse("flowchart LR\n  A[Start --> B\n").diagnostics[0]
        #expect(unclosed.message == "'[' of node 'A' is never closed: expected ']'")
        #expect(unclosed.label == "opened here")
        let keyword = MermaidParser.parse("flowchart LR\n  A --> end\n").diagnostics[0]
        #expect(keyword.message == "'end' is a keyword and cannot start a node id")
        #expect(keyword.help == "rename the node, or give it a quoted label: 'n1[\"end\"]'")
        let comment = MermaidParser.parse("flowchart LR\n  A --> B %% note\n").diagnostics[0]
        #expect(comment.range == SourceRange(line: 2, column: 11, length: 7))
    }

    @Test func sizeLimitsAreDiagnostics() throws {
        let long = "flowchart LR\n" + String(repeating: "  A --> B\n", count: 6000)
        #expect(MermaidParser.parse(long).diagnostics.first?.code == "RG4019")
        let many = "flowchart LR\n" + (0..<501).map { "  n\($0) --> m\($0)\n" }.joined()
        let result = MermaidParser.parse(many)
        #expect(result.diagnostics.first?.code == "RG4019")
        #expect(result.diagnostics.first?.range.start.line == 502)
        let deep = "flowchart LR\n" + String(repeating: "subgraph s\n", count: 70) + "A\n"
            + String(repeating: "end\n", count: 70)
        #expect(MermaidParser.parse(deep).diagnostics.first?.code == "RG4019")
    }
}
