extension DiagnosticRegistry {
    /// Mermaid flowcharts (RG4001–RG4021). The examples are whole ```mermaid fence bodies.
    static let mermaidCodes: [DiagnosticCode] = [
        DiagnosticCode(
            "RG4001", .warning, "Mermaid diagram type not supported",
            explanation: """
                recipegen checks and draws Mermaid flowcharts only. Other diagram types \
                (sequenceDiagram, classDiagram, …) are neither checked nor drawn: the page shows \
                their source instead, and this warning says so.
                """,
            wrong: "sequenceDiagram\n  Alice->>Bob: hi\n",
            right: "flowchart LR\n  Alice --> Bob\n"),
        DiagnosticCode(
            "RG4002", .error, "no Mermaid diagram type",
            explanation: """
                The first line of a ```mermaid block (after comments and frontmatter) must name \
                the diagram: 'flowchart' or 'graph', optionally followed by a direction. Mermaid \
                says 'No diagram type detected' and draws nothing.
                """,
            wrong: "flowchar LR\n  A --> B\n",
            right: "flowchart LR\n  A --> B\n"),
        DiagnosticCode(
            "RG4003", .error, "Mermaid syntax error",
            explanation: """
                The flowchart does not follow Mermaid's grammar at this point: a token appears \
                where another was expected. Mermaid itself would show a parse error instead of the \
                diagram. The message says what was found and what was expected.
                """,
            wrong: "flowchart LR\n  A[kube-proxy (iptables)] --> B\n",
            right: "flowchart LR\n  A[\"kube-proxy (iptables)\"] --> B\n"),
        DiagnosticCode(
            "RG4004", .error, "unclosed bracket, quote or block",
            explanation: """
                A bracket, quote, edge text, subgraph, frontmatter or directive is opened and \
                never closed. The diagnostic points at the opening, not at the end of the diagram.
                """,
            wrong: "flowchart LR\n  A[Start --> B\n",
            right: "flowchart LR\n  A[Start] --> B\n"),
        DiagnosticCode(
            "RG4005", .error, "unknown flowchart direction",
            explanation: """
                Directions are TB (or TD), BT, LR and RL, in capitals. Mermaid rejects anything \
                else with a lexical error.
                """,
            wrong: "flowchart lr\n  A --> B\n",
            right: "flowchart LR\n  A --> B\n"),
        DiagnosticCode(
            "RG4006", .error, "not a flowchart arrow",
            explanation: """
                Flowchart links are '-->', '---', '-.->', '==>', '~~~' and their variants. Arrows \
                from other diagram types or prose ('->', '=>', '-->>', an em dash) are not links.
                """,
            wrong: "flowchart LR\n  A -> B\n",
            right: "flowchart LR\n  A --> B\n"),
        DiagnosticCode(
            "RG4007", .error, "keyword used as a node id",
            explanation: """
                'end', 'subgraph', 'graph', 'style', 'class' and a few more are keywords; an id \
                that is or starts with one followed by a non-word character ('end', 'end-user') \
                breaks the parse.
                """,
            wrong: "flowchart LR\n  A --> end\n",
            right: "flowchart LR\n  A --> finish[end]\n"),
        DiagnosticCode(
            "RG4008", .error, "empty label",
            explanation: "A shape or edge text with nothing in it ('A[]', 'A[\"\"]') is an error in Mermaid.",
            wrong: "flowchart LR\n  A[] --> B\n",
            right: "flowchart LR\n  A[Start] --> B\n"),
        DiagnosticCode(
            "RG4009", .error, "unsupported node shape",
            explanation: """
                The shape is unknown, or Mermaid parses it but cannot draw it (the ellipse \
                'A(-x-)', '[|k:v|…]'), or it needs icons or images. recipegen draws the 14 classic \
                shapes and their '@{ shape: … }' aliases.
                """,
            wrong: "flowchart LR\n  A@{ shape: pod } --> B\n",
            right: "flowchart LR\n  A@{ shape: cyl } --> B\n"),
        DiagnosticCode(
            "RG4010", .warning, "'&' inside a node id",
            explanation: """
                Without spaces, '&' is part of the id: 'A&B --> C' is one node called 'A&B'. \
                To link several nodes, put spaces around '&'.
                """,
            wrong: "flowchart LR\n  A&B --> C\n",
            right: "flowchart LR\n  A & B --> C\n"),
        DiagnosticCode(
            "RG4011", .error, "comment not on its own line",
            explanation: """
                Mermaid removes only whole-line '%%' comments; a comment after a statement is a \
                parse error.
                """,
            wrong: "flowchart LR\n  A --> B %% note\n",
            right: "flowchart LR\n  %% note\n  A --> B\n"),
        DiagnosticCode(
            "RG4012", .error, "incomplete statement",
            explanation: """
                'classDef', 'class', 'style', 'linkStyle', 'direction' and ':::' need their \
                arguments: names, ids and styles.
                """,
            wrong: "flowchart LR\n  A --> B\n  classDef warn\n",
            right: "flowchart LR\n  A --> B\n  classDef warn fill:#fd0\n"),
        DiagnosticCode(
            "RG4013", .error, "linkStyle index out of range",
            explanation: """
                linkStyle counts edges from 0 in the order they are created; an index past the \
                edges created so far makes Mermaid fail while drawing.
                """,
            wrong: "flowchart LR\n  A --> B\n  linkStyle 1 stroke:#f00\n",
            right: "flowchart LR\n  A --> B\n  linkStyle 0 stroke:#f00\n"),
        DiagnosticCode(
            "RG4014", .error, "edge ends do not match",
            explanation: """
                An edge with text written as 'A x-- text --> B' has a different head at each \
                end. Mermaid parses it but fails to draw it.
                """,
            wrong: "flowchart LR\n  A x-- text --> B\n",
            right: "flowchart LR\n  A x-- text --x B\n"),
        DiagnosticCode(
            "RG4015", .error, "'end' without a subgraph",
            explanation: "An 'end' line closes no open subgraph block.",
            wrong: "flowchart LR\n  A --> B\n  end\n",
            right: "flowchart LR\n  subgraph S\n    A --> B\n  end\n"),
        DiagnosticCode(
            "RG4016", .error, "subgraph without a name",
            explanation: "A bare 'subgraph' line parses in Mermaid but fails when drawn; give it an id or title.",
            wrong: "flowchart LR\n  subgraph\n    A\n  end\n",
            right: "flowchart LR\n  subgraph S[Services]\n    A\n  end\n"),
        DiagnosticCode(
            "RG4017", .error, "frontmatter not at the start",
            explanation: """
                Frontmatter ('---' … '---') is recognised only on the very first line of the \
                block; after a comment or blank line Mermaid fails to draw the diagram.
                """,
            wrong: "%% config\n---\ntitle: Services\n---\nflowchart LR\n  A --> B\n",
            right: "---\ntitle: Services\n---\nflowchart LR\n  A --> B\n"),
        DiagnosticCode(
            "RG4018", .error, "character not allowed in a node id",
            explanation: """
                Ids are letters (including accented and other alphabetic characters), digits and \
                a few marks such as '_', '-', '.', ':' and '/'. Emoji and other symbols belong in \
                labels.
                """,
            wrong: "flowchart LR\n  🚀 --> B\n",
            right: "flowchart LR\n  launch[🚀] --> B\n"),
        DiagnosticCode(
            "RG4019", .error, "diagram too large",
            explanation: """
                The diagram exceeds one of Mermaid's limits (50,000 characters, 500 edges) or \
                nests subgraphs deeper than 64 levels.
                """,
            wrong: "flowchart LR\n  (more than 500 edges)\n",
            right: "flowchart LR\n  A --> B\n"),
        DiagnosticCode(
            "RG4020", .warning, "'click' is ignored",
            explanation: """
                Static diagrams have no interaction: 'click' statements are checked for their \
                end and otherwise ignored.
                """,
            wrong: "flowchart LR\n  A --> B\n  click A \"https://example.com\"\n",
            right: "flowchart LR\n  A --> B\n"),
        DiagnosticCode(
            "RG4021", .warning, "Mermaid setting ignored",
            explanation: "A style or configuration setting recipegen cannot honour is ignored.",
            wrong: "flowchart LR\n  A --> B\n  style A font-size:20px\n",
            right: "flowchart LR\n  A --> B\n  style A fill:#f9f\n"),
    ]
}
