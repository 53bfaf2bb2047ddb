import RecipeDiagnostics

/// Everything the Mermaid parser reports, as values; ``diagnostic(at:)`` words them.
///
/// Each case maps to one RG4xxx code (registered in RecipeDiagnostics/Codes/RG4xxx.swift).
enum MermaidIssue: Error, Hashable {
    case unsupportedDiagram(String)
    case noDiagramType(found: String)
    case unexpected(found: String, expected: String, help: String? = nil)
    case unclosed(what: String, expected: String)
    case invalidDirection(String)
    case notAnArrow(String, suggestion: String)
    case keywordAsID(String)
    case emptyLabel(of: String)
    case unsupportedShape(String, reason: String)
    case ampersandInID(String)
    case trailingComment
    case missingArgument(statement: String, expected: String)
    case linkStyleOutOfRange(index: Int, edgeCount: Int)
    case mismatchedHeads(open: String, close: String)
    case strayEnd
    case bareSubgraph
    case frontmatterNotFirst
    case invalidIDCharacter(String)
    case limitExceeded(String)
    case clickIgnored
    case ignored(String)

    /// The registry code.
    var code: String {
        switch self {
        case .unsupportedDiagram: "RG4001"
        case .noDiagramType: "RG4002"
        case .unexpected: "RG4003"
        case .unclosed: "RG4004"
        case .invalidDirection: "RG4005"
        case .notAnArrow: "RG4006"
        case .keywordAsID: "RG4007"
        case .emptyLabel: "RG4008"
        case .unsupportedShape: "RG4009"
        case .ampersandInID: "RG4010"
        case .trailingComment: "RG4011"
        case .missingArgument: "RG4012"
        case .linkStyleOutOfRange: "RG4013"
        case .mismatchedHeads: "RG4014"
        case .strayEnd: "RG4015"
        case .bareSubgraph: "RG4016"
        case .frontmatterNotFirst: "RG4017"
        case .invalidIDCharacter: "RG4018"
        case .limitExceeded: "RG4019"
        case .clickIgnored: "RG4020"
        case .ignored: "RG4021"
        }
    }

    /// The one-line message.
    var message: String {
        switch self {
        case .unsupportedDiagram(let kind):
            "'\(kind)' diagrams are not checked or drawn; only flowcharts are"
        case .noDiagramType(let found):
            found.isEmpty
                ? "no diagram type: expected 'flowchart' or 'graph' on the first line"
                : "unknown diagram type '\(found)': expected 'flowchart' or 'graph'"
        case .unexpected(let found, let expected, _):
            "unexpected \(found): expected \(expected)"
        case .unclosed(let what, let expected):
            "\(what) is never closed: expected \(expected)"
        case .invalidDirection(let text):
            "unknown direction '\(text)': expected TB, TD, BT, LR or RL"
        case .notAnArrow(let text, let suggestion):
            "'\(text)' is not a flowchart arrow: did you mean '\(suggestion)'?"
        case .keywordAsID(let word):
            "'\(word)' is a keyword and cannot start a node id"
        case .emptyLabel(let owner):
            "empty label on \(owner): expected some text"
        case .unsupportedShape(let shape, let reason):
            "unsupported shape '\(shape)': \(reason)"
        case .ampersandInID(let id):
            "node id '\(id)' contains '&': put spaces around '&' to link several nodes"
        case .trailingComment:
            "'%%' comments must be on their own line"
        case .missingArgument(let statement, let expected):
            "'\(statement)' is incomplete: expected \(expected)"
        case .linkStyleOutOfRange(let index, let count):
            "linkStyle index \(index) is out of range: the diagram has \(count) edges so far"
        case .mismatchedHeads(let open, let close):
            "edge opened with '\(open)' is closed with '\(close)': expected matching ends"
        case .strayEnd:
            "'end' closes no subgraph"
        case .bareSubgraph:
            "subgraph without a name: expected an id or a title after 'subgraph'"
        case .frontmatterNotFirst:
            "frontmatter must start on the first line of the diagram"
        case .invalidIDCharacter(let character):
            "'\(character)' cannot be used in a node id: expected letters, digits or '_-.'"
        case .limitExceeded(let what):
            "diagram too large: \(what)"
        case .clickIgnored:
            "'click' is ignored: static diagrams have no links or callbacks"
        case .ignored(let what):
            "\(what) is ignored"
        }
    }

    /// An optional line telling how to fix it.
    var help: String? {
        switch self {
        case .unexpected(_, _, let help): help
        case .keywordAsID(let word):
            "rename the node, or give it a quoted label: 'n1[\"\(word)\"]'"
        case .trailingComment: "move the comment to a line of its own"
        case .ampersandInID: "write 'A & B --> C' for two edges"
        case .unsupportedShape:
            "use one of the classic shapes: [] () ([]) [[]] [()] (()) ((())) >] {} {{}} [//] [\\\\] [/\\] [\\/]"
        case .unsupportedDiagram: "the block is shown as source text"
        default: nil
        }
    }

    /// Short text for under the caret, when it adds to the message.
    var label: String? {
        switch self {
        case .unclosed: "opened here"
        case .notAnArrow: "not a flowchart arrow"
        case .keywordAsID: "keyword"
        case .trailingComment: "comment after a statement"
        case .linkStyleOutOfRange(let index, _): "there is no edge \(index)"
        case .strayEnd: "nothing to close"
        case .ampersandInID: "one node id"
        default: nil
        }
    }

    /// The diagnostic at `range` (block-local coordinates).
    func diagnostic(at range: SourceRange) -> Diagnostic {
        Diagnostic(code: code, message: message, range: range, label: label, help: help)
    }
}

/// A parse failure: the issue and where it is. The parser stops at the first one, as mermaid does.
struct MermaidFailure: Error {
    var issue: MermaidIssue
    var range: SourceRange
}
