import RecipeDiagnostics
import Testing

@testable import RecipeMermaid

/// Subgraphs, styling statements and trivia (reference §9–§12).
@Suite struct ParserBlockTests {
    @Test func subgraphHeads() throws {
        let flowchart = try chart(
            """
            flowchart TB
              subgraph ns-prod [Namespace prod]
                a
              end
              subgraph ns-dev[Namespace dev]
                b
              end
              subgraph "Control Plane (managed)"
                c
              end
              subgraph "rack-1"
                d
              end
              subgraph Worker Node One
                e
              end
              subgraph cluster
                f
              end
              subgraph md["`**bold** title`"]
                g
              end
            """)
        #expect(flowchart.subgraphs.map(\.id) == ["ns-prod", "ns-dev", "subGraph2", "rack-1", "subGraph4", "cluster", "md"])
        #expect(flowchart.subgraphs.map(\.title.text) == [
            "Namespace prod", "Namespace dev", "Control Plane (managed)", "rack-1", "Worker Node One",
            "cluster", "**bold** title",
        ])
        #expect(flowchart.subgraphs[6].title.kind == .markdown)
        #expect(flowchart.nodes.map { $0.subgraph } == [0, 1, 2, 3, 4, 5, 6])
        #expect(flowchart.subgraphs[0].range == SourceRange(start: .init(line: 2, column: 3), end: .init(line: 4, column: 6)))
    }

    @Test func membershipFollowsMentions() throws {
        let flowchart = try chart(
            """
            flowchart TB
              top --> x
              subgraph outer
                subgraph inner
                  x
                end
                y --> x
              end
              subgraph sibling
                y
                z
              end
            """)
        let ids = flowchart.nodes.map(\.id)
        let groups = flowchart.nodes.map { $0.subgraph.map { flowchart.subgraphs[$0].id } ?? "-" }
        #expect(ids == ["top", "x", "y", "z"])
        // x: innermost block; y: outer closes before sibling, so outer keeps it.
        #expect(groups == ["-", "inner", "outer", "sibling"])
        #expect(flowchart.subgraphs[1].parent == 0)
        #expect(flowchart.subgraphs[0].parent == nil)
    }

    @Test func edgesToSubgraphsAndDirection() throws {
        let flowchart = try chart(
            """
            flowchart LR
              client --> backend
              subgraph backend [Backend]
                direction TB
                api --> db
                direction BT
              end
              backend --> logs
              direction RL
            """)
        #expect(flowchart.nodes.map(\.id) == ["client", "api", "db", "logs"])
        #expect(flowchart.edges[0].target == .subgraph(0))
        #expect(flowchart.edges[2].source == .subgraph(0))
        #expect(flowchart.subgraphs[0].direction == .bottomToTop)
        #expect(flowchart.direction == .leftToRight)
    }

    @Test func endVariantsAndEmptySubgraph() throws {
        let flowchart = try chart("flowchart TB\n  subgraph S\n  end; A --> B\n  subgraph T\n    C\n  end\n")
        #expect(flowchart.subgraphs.count == 2)
        #expect(flowchart.nodes.map { $0.subgraph } == [nil, nil, 1])
    }

    @Test func statementsMayFollowEndOnItsLine() throws {
        let flowchart = try chart("flowchart LR\n  subgraph S\n    A\n  end B\n  subgraph \"x\" [Title]\n    C\n  end\n")
        #expect(flowchart.nodes.map(\.id) == ["A", "B", "C"])
        #expect(flowchart.nodes.map(\.subgraph) == [0, nil, 1])
        #expect(flowchart.subgraphs.map(\.id) == ["S", "x"])
        #expect(flowchart.subgraphs[1].title.text == "Title")
    }

    @Test func styling() throws {
        let lines = try dumpLines(
            """
            flowchart LR
              A:::hot --> B[b]:::cold
              C
              classDef hot fill:#f96,stroke:#333,stroke-width:4px;
              classDef warn,crit stroke-dasharray: 5 5
              classDef default fill:#eee
              class B,C,S warn
              style A fill:#f9f,color:#000
              style Z stroke:red
              linkStyle 0 stroke:#f00,stroke-width:2px
              linkStyle default interpolate basis stroke:#999
              subgraph S
                C
              end
            """)
        #expect(lines.contains { $0.hasPrefix("Node A rectangle plain \"A\"") && $0.hasSuffix("classes hot style fill:#f9f;color:#000") })
        #expect(lines.contains { $0.hasPrefix("Node B rectangle plain \"b\"") && $0.hasSuffix("classes cold,warn") })
        #expect(lines.contains { $0.hasPrefix("Node C ") && $0.hasSuffix("in S classes warn") })
        #expect(lines.contains { $0.hasPrefix("Node Z ") && $0.hasSuffix("style stroke:red") })
        #expect(lines.contains { $0.hasPrefix("Edge A -> B") && $0.hasSuffix("style stroke:#f00;stroke-width:2px") })
        #expect(lines.contains { $0.hasPrefix("Subgraph S") && $0.hasSuffix("classes warn") })
        #expect(lines.contains("ClassDef hot fill:#f96;stroke:#333;stroke-width:4px @4:3-4:54"))
        #expect(lines.contains("ClassDef warn stroke-dasharray:5 5 @5:3-5:43"))
        #expect(lines.contains("ClassDef crit stroke-dasharray:5 5 @5:3-5:43"))
        #expect(lines.contains("DefaultEdgeStyle stroke:#999"))
        #expect(lines.contains("Curve basis"))
    }

    @Test func unsafeOrUnknownStylesWarn() throws {
        let result = MermaidParser.parse("flowchart LR\n  A\n  style A fill:#fff,font-size:20px,stroke:#f00!important\n")
        #expect(result.flowchart != nil)
        #expect(result.diagnostics.map(\.code) == ["RG4021", "RG4021"])
        #expect(result.diagnostics[0].message == "style 'font-size:20px' is ignored")
        #expect(result.diagnostics[0].severity == .warning)
    }

    @Test func escapedCommaInStyles() throws {
        let flowchart = try chart("flowchart LR\n  A\n  style A stroke-dasharray:5\\,5,fill:#fff\n")
        #expect(flowchart.nodes[0].style == [
            StyleDeclaration(property: "stroke-dasharray", value: "5,5"),
            StyleDeclaration(property: "fill", value: "#fff"),
        ])
    }

    @Test func triviaAndAccessibility() throws {
        let flowchart = try chart(
            """
            ---
            title: Service types
            config:
              theme: dark
            ---
            %%{init: {"flowchart": {"curve": "linear"}}}%%
            %% a comment with --> [ end
            flowchart LR
              accTitle: Services
              accDescr: How traffic reaches pods
              %% another
              A --> B %%{init: {}}%%
            """)
        #expect(flowchart.title == "Service types")
        #expect(flowchart.accessibleTitle == "Services")
        #expect(flowchart.accessibleDescription == "How traffic reaches pods")
        #expect(flowchart.headerRange.start == SourceLocation(line: 8, column: 1))
        #expect(flowchart.edges.count == 1)
        let block = try chart("flowchart LR\n  accDescr {\n    multi\n    line\n  }\n  A\n")
        #expect(block.accessibleDescription == "multi\n    line")
        #expect(block.nodes.map(\.id) == ["A"])
    }

    @Test func configurationKeysAreHonouredOrReported() throws {
        let result = MermaidParser.parse(
            """
            ---
            title: Spacing
            config:
              theme: forest
              look: handDrawn
              flowchart:
                curve: linear
                nodeSpacing: 30
            ---
            %%{init: {"flowchart": {"rankSpacing": 80}, 'layout': 'elk'}}%%
            flowchart LR
              A --> B
            """)
        let flowchart = try #require(result.flowchart)
        #expect(flowchart.curve == "linear")
        #expect(flowchart.nodeSpacing == 30)
        #expect(flowchart.rankSpacing == 80)
        #expect(result.diagnostics.map(\.code) == ["RG4021", "RG4021", "RG4021"])
        #expect(result.diagnostics.map(\.range.start) == [
            SourceLocation(line: 4, column: 3), SourceLocation(line: 5, column: 3),
            SourceLocation(line: 10, column: 46),
        ])
        #expect(result.diagnostics[0].message == "theme 'forest' (colours follow the page's light or dark mode) is ignored")
        let interpolated = MermaidParser.parse("flowchart LR\n  A --> B\n  linkStyle default interpolate cardinal\n")
        #expect(interpolated.flowchart?.curve == "cardinal")
        #expect(interpolated.diagnostics.map(\.message) == ["curve 'cardinal' (drawn as 'basis') is ignored"])
    }

    @Test func clickIsIgnoredWithAWarning() throws {
        let text = """
            flowchart LR
              A --> B
              click A "https://example.com" "tip" _blank
              click B call fn("x; y")
              click A href "https://example.com"
            """
        let result = MermaidParser.parse(text)
        #expect(result.flowchart?.edges.count == 1)
        #expect(result.diagnostics.map(\.code) == ["RG4020", "RG4020", "RG4020"])
        #expect(result.diagnostics.map(\.range.start.line) == [3, 4, 5])
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func whitespaceVariants() throws {
        let crlf = try chart("flowchart LR\r\n\tA --> B\r\n\r\n  B --> C\r\n")
        #expect(crlf.edges.count == 2)
        #expect(crlf.nodes[2].range == SourceRange(line: 4, column: 9, length: 1))
        let nbsp = try chart("flowchart LR\n\u{A0}\u{A0}A\u{A0}-->\u{A0}B\n")
        #expect(nbsp.nodes.map(\.id) == ["A", "B"])
        let unicode = try chart("flowchart LR\n  é[Zürich 🚀] --> 東京\n")
        #expect(unicode.nodes.map(\.id) == ["é", "東京"])
        #expect(unicode.nodes[0].label.text == "Zürich 🚀")
        #expect(unicode.nodes[1].range == SourceRange(line: 2, column: 24, length: 6))
    }

    @Test func commentAfterEndIsAnError() throws {
        let result = MermaidParser.parse("flowchart TB\n  subgraph T\n    C\n  end %% done\n")
        #expect(result.diagnostics.map(\.code) == ["RG4011"])
        #expect(result.diagnostics.first?.range.start == SourceLocation(line: 4, column: 7))
    }

    @Test func bareDoublePercentIsAComment() throws {
        #expect(try chart("flowchart LR\n  %%\n  A\n").nodes.map(\.id) == ["A"])
    }

    @Test func registryExamplesFireAndDoNotFire() throws {
        let mermaid = DiagnosticRegistry.all.filter { $0.id.hasPrefix("RG4") }
        #expect(mermaid.count == 21)
        for code in mermaid where code.id != "RG4019" {
            let wrong = MermaidParser.parse(code.wrongExample).diagnostics.map(\.code)
            #expect(wrong.contains(code.id), "\(code.id) wrong example gave \(wrong)")
            let right = MermaidParser.parse(code.rightExample)
            #expect(right.diagnostics.isEmpty, "\(code.id) right example gave \(right.diagnostics.map(\.code))")
            #expect(right.flowchart != nil)
        }
    }
}
