import RecipeDiagnostics
import RecipeMarkdown
import RecipeYAML

/// Checks and renders a recipe's code fences in page order.
///
/// Order matters: a shell command refers to the Services defined before it. Each fence's
/// rendered HTML is kept by its first content line, where the HTML renderer's hook finds it.
struct FenceProcessor {
    let kubernetes: String
    let config: SiteConfig
    let sourceLines: [Substring]

    private(set) var diagnostics: [Diagnostic] = []
    /// Rendered HTML of each fence, by the file line of its first content line.
    private(set) var outcomes: [Int: String] = [:]
    private(set) var manifests = ""
    private(set) var checkedExamples = 0
    private(set) var diagrams = 0

    init(kubernetes: String, config: SiteConfig, sourceLines: [Substring]) {
        self.kubernetes = kubernetes
        self.config = config
        self.sourceLines = sourceLines
    }

    mutating func run(over document: MarkdownNode) {
        var blocks: [(CodeBlock, MarkdownNode)] = []
        func visit(_ node: MarkdownNode, depth: Int) {
            guard depth < 200 else { return }
            if case .codeBlock(let code) = node.kind { blocks.append((code, node)) }
            for child in node.children { visit(child, depth: depth + 1) }
        }
        visit(document, depth: 0)
        for (code, node) in blocks { process(code, node) }
    }

    private mutating func process(_ code: CodeBlock, _ node: MarkdownNode) {
        let fenceLine = node.startLine
        let infoStart = infoLocation(code, fenceLine: fenceLine, fenceColumn: node.startColumn)
        let (attributes, attributeProblems) = FenceAttributes.parse(code.info, at: infoStart)
        diagnostics += attributeProblems
        let fenceRange = SourceRange(line: fenceLine, column: node.startColumn, length: max(3, code.info.utf8.count + 3))
        let origin = EmbeddedSource(startLine: code.contentLine, columnOffsets: code.columnOffsets)
        let kind = FenceKind(language: attributes.language)

        var checked = false
        var body: String?
        if attributes.ignore || !code.isFenced {
            if attributes.ignore {
                diagnostics.append(Diagnostic(code: "RG1012", message: "\(attributes.language.isEmpty ? "code" : attributes.language) example is not checked", range: fenceRange))
            }
        } else {
            var found: [Diagnostic] = []
            switch kind {
            case .yaml:
                found = checkYAML(code, origin: origin, attributes: attributes)
                checked = true
            case .shell, .console, .mermaid, .other:
                break
            }
            if kind == .mermaid { body = nil }
            diagnostics += expectation(attributes, fenceRange: fenceRange, found: found)
        }
        outcomes[code.contentLine] = FenceHTML.render(
            code: code, attributes: attributes, kind: kind, body: body,
            checkedAgainst: checked && attributes.invalid == nil ? kubernetes : nil,
            counterExample: attributes.invalid != nil)
        if checked { checkedExamples += 1 }
    }

    private mutating func checkYAML(_ code: CodeBlock, origin: EmbeddedSource, attributes: FenceAttributes) -> [Diagnostic] {
        let documents = YAMLParser.parse(code.literal, origin: origin)
        let found = documents.flatMap(\.diagnostics)
        if !found.hasErrors, attributes.invalid == nil, !attributes.fragment {
            appendManifest(code.literal, title: attributes.title)
        }
        return found
    }

    private mutating func appendManifest(_ text: String, title: String?) {
        if !manifests.isEmpty { manifests += "---\n" }
        if let title { manifests += "# \(title)\n" }
        manifests += text.hasSuffix("\n") ? text : text + "\n"
    }

    /// A counter-example (`invalid`) must fail, with the named code if there is one; its own
    /// diagnostics are then expected and dropped. Other fences report what they found.
    private func expectation(_ attributes: FenceAttributes, fenceRange: SourceRange, found: [Diagnostic]) -> [Diagnostic] {
        guard let invalid = attributes.invalid else { return found }
        let errors = found.filter { $0.severity == .error }
        switch invalid {
        case .anyError where errors.isEmpty:
            return [Diagnostic(
                code: "RG1011", message: "counter-example passes its checks; a fence marked 'invalid' must fail",
                range: fenceRange, help: "make the example wrong in the way the text describes, or drop 'invalid'")]
        case .code(let expected) where !errors.contains(where: { $0.code == expected }):
            let codes = Set(errors.map(\.code)).sorted()
            let message = codes.isEmpty
                ? "counter-example passes its checks; expected it to fail with \(expected)"
                : "counter-example fails with \(codes.joined(separator: ", ")), not with \(expected)"
            return [Diagnostic(code: "RG1011", message: message, range: fenceRange)]
        default:
            return []
        }
    }

    /// Where the info string starts on the fence line.
    private func infoLocation(_ code: CodeBlock, fenceLine: Int, fenceColumn: Int) -> SourceLocation {
        guard fenceLine >= 1, fenceLine <= sourceLines.count, !code.info.isEmpty else {
            return SourceLocation(line: fenceLine, column: fenceColumn + 3)
        }
        let line = Array(sourceLines[fenceLine - 1].utf8)
        let info = Array(code.info.utf8)
        var index = max(fenceColumn - 1, 0)
        while index < line.count, line[index] == UInt8(ascii: "`") || line[index] == UInt8(ascii: "~") { index += 1 }
        while index < line.count, line[index] == UInt8(ascii: " ") || line[index] == UInt8(ascii: "\t") { index += 1 }
        if index + info.count <= line.count, Array(line[index..<index + info.count]) == info {
            return SourceLocation(line: fenceLine, column: index + 1)
        }
        return SourceLocation(line: fenceLine, column: fenceColumn + 3)
    }
}

/// What a fence's language makes of it.
enum FenceKind: Equatable {
    case yaml, shell, console, mermaid, other

    init(language: String) {
        switch language {
        case "yaml", "yml": self = .yaml
        case "bash", "sh", "shell", "zsh": self = .shell
        case "console", "shell-session": self = .console
        case "mermaid": self = .mermaid
        default: self = .other
        }
    }
}
