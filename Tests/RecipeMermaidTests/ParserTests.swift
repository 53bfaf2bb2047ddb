import RecipeDiagnostics
import Testing

@testable import RecipeMermaid

/// Parses `text`, requiring a flowchart and no error.
func chart(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Flowchart {
    let result = MermaidParser.parse(text)
    #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    return try #require(result.flowchart, sourceLocation: sourceLocation)
}

/// The dump's lines after the header.
func dumpLines(_ text: String) throws -> [String] {
    Array(try chart(text).dump().split(separator: "\n").dropFirst().map(String.init))
}

/// What mermaid accepts (reference §2–§12), with the AST each construct gives.
@Suite struct ParserTests {
    @Test(arguments: [
        ("flowchart\n  A\n", "TB"), ("graph TD\n  A\n", "TB"), ("graph TB;\n  A\n", "TB"),
        ("flowchart LR\n", "LR"), ("flowchart RL\n", "RL"), ("flowchart BT\n", "BT"),
        ("flowchart-elk LR\n", "LR"), ("graph >\n", "LR"), ("graph <\n", "RL"),
        ("graph ^\n", "BT"), ("graph v\n", "TB"), ("\n\n   flowchart LR\n", "LR"),
        ("flowchart LR", "LR"), ("flowchart LR\r\n  A\r\n", "LR"),
    ])
    func headerAndDirection(text: String, direction: String) throws {
        #expect(try chart(text).direction.rawValue == direction)
    }

    @Test func elkLayoutIsReported() throws {
        let result = MermaidParser.parse("flowchart-elk TB\n  A --> B\n")
        #expect(result.flowchart != nil)
        #expect(result.diagnostics.map(\.code) == ["RG4021"])
        #expect(result.diagnostics.first?.range == SourceRange(line: 1, column: 1, length: 13))
    }

    @Test func headerRangeCoversTheDirection() throws {
        #expect(try chart("\n  flowchart LR\n").headerRange == SourceRange(line: 2, column: 3, length: 12))
    }

    @Test func separatorsAndStatementsOnOneLine() throws {
        let lines = try dumpLines("flowchart LR; A-->B; B-->C;;\n\n")
        #expect(lines.filter { $0.hasPrefix("Edge") }.count == 2)
        #expect(lines[0] == "Node A rectangle plain \"A\" @1:15-1:16 @1:15-1:16")
    }

    @Test(arguments: [
        "svc.ns", "api-v2_internal", "10.0.0.1", "/api/v1", "svc:80", "1test", "café", "graphql",
        "styles", "classic", "endpoints", "default", "hrefx", "callback", "call-x", "A&B", "Ωmega",
        "a=b", "a\"b",
    ])
    func identifiers(id: String) throws {
        let flowchart = try chart("flowchart LR\n  \(id) --> other\n")
        #expect(flowchart.nodes.map(\.id) == [id, "other"])
    }

    @Test func ampersandWithoutSpacesWarns() throws {
        let result = MermaidParser.parse("flowchart LR\n  A&B --> C\n")
        #expect(result.flowchart?.nodes.map(\.id) == ["A&B", "C"])
        #expect(result.diagnostics.map(\.code) == ["RG4010"])
        #expect(result.diagnostics.first?.range == SourceRange(line: 2, column: 3, length: 3))
    }

    @Test(arguments: [
        ("A[t]", FlowNode.Shape.rectangle), ("A(t)", .rounded), ("A([t])", .stadium),
        ("A[[t]]", .subroutine), ("A[(t)]", .cylinder), ("A((t))", .circle),
        ("A(((t)))", .doubleCircle), ("A>t]", .asymmetric), ("A{t}", .diamond),
        ("A{{t}}", .hexagon), ("A[/t/]", .leanRight), ("A[\\t\\]", .leanLeft),
        ("A[/t\\]", .trapezoid), ("A[\\t/]", .invertedTrapezoid),
        ("A@{ shape: cyl }", .cylinder), ("A@{ shape: diam, label: \"t\" }", .diamond),
        ("A@{\n  shape: notch-rect\n}", .rectangle), ("A@{ shape: lean-l }", .leanLeft),
        ("A@{ shape: dbl-circ }", .doubleCircle), ("A@{ shape: trap-t }", .invertedTrapezoid),
    ])
    func shapes(node: String, shape: FlowNode.Shape) throws {
        let text = "flowchart LR\n  \(node) --> B\n"
        if node.contains("notch-rect") {
            #expect(MermaidParser.parse(text).diagnostics.first?.code == "RG4009")
            return
        }
        let flowchart = try chart(text)
        #expect(flowchart.nodes[0].shape == shape)
        #expect(flowchart.nodes[0].label.text == (node.contains("@{ shape: cyl") ? "A" : node.contains("@") && !node.contains("label") ? "A" : "t"))
    }

    @Test func oddShapeAllowsGreaterThanInText() throws {
        #expect(try chart("flowchart LR\n  A>x > y]\n").nodes[0].label.text == "x > y")
    }

    @Test func labelKinds() throws {
        let lines = try dumpLines(
            """
            flowchart LR
              A["text (with) [brackets] {and} |pipes|"]
              B["`**bold** _it_`"]
              C[Ingress with tls: block; & #35; #quot;x#quot;]
              D[two
                lines]
              E["a<br/>b"]
            """)
        #expect(lines[0] == "Node A rectangle quoted \"text (with) [brackets] {and} |pipes|\" @2:5-2:43 @2:3-2:4")
        #expect(lines[1] == "Node B rectangle markdown \"**bold** _it_\" @3:5-3:22 @3:3-3:4")
        #expect(lines[2] == "Node C rectangle plain \"Ingress with tls: block; & # \\\"x\\\"\" @4:5-4:50 @4:3-4:4")
        #expect(lines[3] == "Node D rectangle plain \"two\\n    lines\" @5:5-6:10 @5:3-5:4")
        #expect(lines[4] == "Node E rectangle quoted \"a<br/>b\" @7:5-7:14 @7:3-7:4")
    }

    @Test func quotedTextMayBeFollowedByWords() throws {
        #expect(try chart("flowchart LR\n  A[\"x\" y] --> B\n").nodes[0].label.text == "x y")
        #expect(try chart("flowchart LR\n  A -- \"x\" y --> B\n").edges[0].label?.text == "x y")
        #expect(try chart("flowchart LR\n  A -->|\"x\" y| B\n").edges[0].label?.text == "x y")
    }

    @Test func clickAtStatementStartIsAClickStatement() throws {
        let result = MermaidParser.parse("flowchart LR\n  click --> other\n")
        #expect(result.flowchart?.nodes.isEmpty == true)
        #expect(result.diagnostics.map(\.code) == ["RG4020"])
    }

    @Test func atSignsInLabels() throws {
        #expect(try chart("flowchart LR\n  A[the user@x] --> B\n").nodes[0].label.text == "the user@x")
        #expect(try chart("flowchart LR\n  A[\"sa@project.iam\"] --> B\n").nodes[0].label.text == "sa@project.iam")
    }

    @Test func lastDefinitionWins() throws {
        let flowchart = try chart("flowchart LR\n  A[one] --> B\n  A(two)\n")
        #expect(flowchart.nodes[0].shape == .rounded)
        #expect(flowchart.nodes[0].label.text == "two")
        #expect(flowchart.nodes[0].range == SourceRange(line: 2, column: 3, length: 1))
    }

    /// stroke, source head, target head, length.
    @Test(arguments: [
        ("-->", "normal none-arrow length 1"), ("--->", "normal none-arrow length 2"),
        ("---->", "normal none-arrow length 3"), ("---", "normal none-none length 1"),
        ("----", "normal none-none length 2"), ("-.->", "dotted none-arrow length 1"),
        ("-..->", "dotted none-arrow length 2"), ("-.-", "dotted none-none length 1"),
        ("==>", "thick none-arrow length 1"), ("===>", "thick none-arrow length 2"),
        ("===", "thick none-none length 1"), ("====", "thick none-none length 2"),
        ("~~~", "invisible none-none length 1"), ("--o", "normal none-circle length 1"),
        ("--x", "normal none-cross length 1"), ("==o", "thick none-circle length 1"),
        ("-.-x", "dotted none-cross length 1"), ("<-->", "normal arrow-arrow length 1"),
        ("<==>", "thick arrow-arrow length 1"), ("<-.->", "dotted arrow-arrow length 1"),
        ("o--o", "normal circle-circle length 1"), ("x--x", "normal cross-cross length 1"),
        ("-----------------> ", "normal none-arrow length 10"),
    ])
    func edgeOperators(op: String, expected: String) throws {
        // Glued, a leading 'o' or 'x' would belong to the id ('Ao--oB' starts at 'Ao').
        let glued = op.hasPrefix("o") || op.hasPrefix("x") ? [] : ["flowchart LR\n  A\(op)B\n"]
        for text in ["flowchart LR\n  A \(op) B\n"] + glued {
            let edge = try #require(try dumpLines(text).first { $0.hasPrefix("Edge") })
            #expect(edge.hasPrefix("Edge A -> B \(expected)"), "\(text)")
        }
    }

    @Test func circleAndCrossHeadsBindToTheArrow() throws {
        #expect(try chart("flowchart LR\n  A---oB\n").nodes.map(\.id) == ["A", "B"])
        #expect(try chart("flowchart LR\n  A--xray\n").nodes.map(\.id) == ["A", "ray"])
        #expect(try chart("flowchart LR\n  A --- oB\n").nodes.map(\.id) == ["A", "oB"])
    }

    @Test func edgeTextForms() throws {
        let lines = try dumpLines(
            """
            flowchart LR
              A -->|pipe| B
              A --> |"a | b"| B
              A -- inline text --> B
              A == thick text ==> B
              A -. dotted text .-> B
              A -- some-dashed-text --- B
              A -- text ----> B
              A <-- both --> B
              A -- "quoted" --> B
              client([client])-. Ingress-managed <br> load balancer .->ingress[Ingress];
            """).filter { $0.hasPrefix("Edge") }
        #expect(lines[0] == "Edge A -> B normal none-arrow length 1 label plain \"pipe\" @2:9-2:13 @2:5-2:14")
        #expect(lines[1].contains("label quoted \"a | b\""))
        #expect(lines[2] == "Edge A -> B normal none-arrow length 1 label plain \"inline text\" @4:7-4:20 @4:5-4:23")
        #expect(lines[3].hasPrefix("Edge A -> B thick none-arrow length 1 label plain \"thick text\""))
        #expect(lines[4].hasPrefix("Edge A -> B dotted none-arrow length 1 label plain \"dotted text\""))
        #expect(lines[5].hasPrefix("Edge A -> B normal none-none length 1 label plain \"some-dashed-text\""))
        #expect(lines[6].hasPrefix("Edge A -> B normal none-arrow length 3 label plain \"text\""))
        #expect(lines[7].hasPrefix("Edge A -> B normal arrow-arrow length 1 label plain \"both\""))
        #expect(lines[8].hasPrefix("Edge A -> B normal none-arrow length 1 label quoted \"quoted\""))
        #expect(lines[9].hasPrefix("Edge client -> ingress dotted none-arrow length 1 label plain \"Ingress-managed <br> load balancer\""))
    }

    @Test func inlineTextMaySpanLines() throws {
        let edge = try #require(try chart("flowchart LR\n  A -- two\n  lines --> B\n").edges.first)
        #expect(edge.label?.text == "two\n  lines")
        #expect(edge.range == SourceRange(start: .init(line: 2, column: 5), end: .init(line: 3, column: 12)))
    }

    @Test func chainsAndFanOut() throws {
        func edges(_ text: String) throws -> [String] {
            let flowchart = try chart(text)
            return flowchart.edges.map { edge in
                guard case .node(let s) = edge.source, case .node(let t) = edge.target else { return "?" }
                return flowchart.nodes[s].id + flowchart.nodes[t].id
            }
        }
        #expect(try edges("flowchart LR\n  A --> B --> C\n") == ["AB", "BC"])
        #expect(try edges("flowchart LR\n  A & B --> C & D\n") == ["AC", "AD", "BC", "BD"])
        #expect(try edges("flowchart LR\n  A --> B & C --> D\n") == ["AB", "AC", "BD", "CD"])
        #expect(try edges("flowchart LR\n  A -->|x| B -- y --> C -. z .-> D\n") == ["AB", "BC", "CD"])
        let styled = try chart("flowchart LR\n  CM[(cfg)]:::c & SEC[(s)]:::c --> POD\n")
        #expect(styled.nodes.map(\.classes) == [["c"], ["c"], []])
        #expect(styled.nodes[1].shape == .cylinder)
    }

    @Test func edgeIDs() throws {
        let flowchart = try chart("flowchart LR\n  A e1@--> B\n  e1@{ animate: true }\n  class e1 hot\n")
        #expect(flowchart.nodes.map(\.id) == ["A", "B"])
        #expect(flowchart.edges[0].id == "e1")
        #expect(flowchart.edges[0].classes == ["hot"])
    }
}
