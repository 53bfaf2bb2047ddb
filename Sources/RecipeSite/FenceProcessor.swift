import RecipeDiagnostics
import RecipeKube
import RecipeMarkdown
import RecipeMermaid
import RecipeShell
import RecipeYAML

/// Checks and renders a recipe's code fences.
///
/// YAML fences are validated first, all of them, so that shell commands anywhere on the page
/// can refer to the recipe's Services: a command sees the nearest definition before it, or the
/// first one after it when there is none before. Shell fences are then checked in page order,
/// each seeing the Services that earlier commands created. Cross-resource checks run last.
/// Each fence's rendered HTML is kept by its first content line, where the HTML renderer's hook
/// finds it. With `rendersPages` off (`recipegen check`) nothing is drawn or highlighted: the
/// diagnostics and counts are the same, the HTML is left out.
struct FenceProcessor {
    let file: String
    let versionsText: String
    /// Whether to produce each fence's HTML (highlighted code, diagrams) besides its diagnostics.
    let rendersPages: Bool
    let options: ValidationOptions
    /// The recipe's bytes and line starts, to find info strings on fence lines.
    let source: [UInt8]
    let lineStarts: [Int]

    private(set) var diagnostics: [Diagnostic] = []
    /// Rendered HTML of each fence, by the file line of its first content line.
    private(set) var outcomes: [Int: String] = [:]
    private(set) var manifests = ""
    private(set) var checkedExamples = 0
    private(set) var diagrams = 0

    /// A fence with its parsed attributes, in page order.
    private struct Fence {
        var code: CodeBlock
        var node: MarkdownNode
        var attributes: FenceAttributes
        var kind: FenceKind
        var fenceRange: SourceRange
        var origin: EmbeddedSource
        /// The file name the paragraph before the block gives it ("Save this as `web.yaml`").
        var impliedTitle: String?
        var checked: Bool { !attributes.ignore && code.isFenced }
        /// The block's file name: its title, else the one its prose gives it.
        var fileName: String? { attributes.title ?? impliedTitle }
    }

    /// A validated YAML fence.
    private struct ManifestFence {
        var report: ManifestReport
        var counts: Bool
    }

    init(file: String, versionsText: String, config: SiteConfig, markdown: String, rendersPages: Bool = true) {
        self.file = file
        self.versionsText = versionsText
        self.rendersPages = rendersPages
        self.options = ValidationOptions(
            versions: KubernetesVersionRange(parsing: versionsText) ?? .defaultRange,
            nodePortRange: config.nodePortRange)
        source = Array(markdown.utf8)
        var starts = [0]
        for (offset, byte) in source.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    mutating func run(over document: MarkdownNode) {
        let (fences, attributeProblems) = collect(document)
        diagnostics += attributeProblems
        var manifestsByFence: [Int: ManifestFence] = [:]
        for (index, fence) in fences.enumerated() where fence.kind == .yaml && fence.checked {
            var options = self.options
            options.fragment = fence.attributes.fragment
            let documents = YAMLParser.parse(fence.code.literal, origin: fence.origin)
            let report = ManifestValidator.validate(documents, options: options)
            manifestsByFence[index] = ManifestFence(report: report, counts: fence.attributes.invalid == nil)
        }
        var context = shellContext(fences, manifestsByFence)
        var created: [ShellService] = []
        var objects: [KubeObject] = []
        for (index, fence) in fences.enumerated() {
            objects += manifestsByFence[index].map { $0.counts ? $0.report.objects : [] } ?? []
            // Only shell fences read the Services; building the list for others is wasted work.
            let reads = fence.kind == .shell || fence.kind == .console
            let visible = reads ? Self.visibleServices(manifestsByFence, at: index, file: file) + created : created
            context.services = visible
            context.file = file
            context.origin = fence.origin
            process(fence, manifest: manifestsByFence[index], context: &context)
            // Services the block's commands created, placed in the file for later blocks.
            for var service in context.services.dropFirst(visible.count) {
                if service.file == nil {
                    service.range = service.range.map(fence.origin.project)
                    service.file = file
                }
                created.append(service)
            }
        }
        diagnostics += CrossResourceChecker.check(objects)
    }

    // MARK: one fence

    private mutating func process(_ fence: Fence, manifest: ManifestFence?, context: inout ShellContext) {
        guard fence.checked else {
            if fence.attributes.ignore {
                let language = fence.attributes.language.isEmpty ? "code" : fence.attributes.language
                diagnostics.append(Diagnostic(code: "RG1012", message: "\(language) example is not checked", range: fence.fenceRange))
            }
            if rendersPages { outcomes[fence.code.contentLine] = render(fence, body: nil, highlighted: nil, checked: false) }
            return
        }
        var found: [Diagnostic] = []
        var body: String?
        var highlighted: String?
        var copyText: String?
        var checked = true
        switch fence.kind {
        case .yaml:
            found = manifest?.report.diagnostics ?? []
            if !found.hasErrors, fence.attributes.invalid == nil, !fence.attributes.fragment {
                appendManifest(fence.code.literal, title: fence.fileName)
            }
        case .shell, .console:
            let dialect: ShellDialect = fence.kind == .console ? .console : .bash
            // A build highlights from the parse that the check uses; `check` skips the spans.
            let script: ShellScript
            let syntax: [Diagnostic]
            if rendersPages {
                let parsed = ShellFence(fence.code.literal, dialect: dialect)
                (script, syntax, highlighted, copyText) = (parsed.script, parsed.diagnostics, parsed.html, parsed.copyText)
            } else {
                (script, syntax) = ShellParser.parse(fence.code.literal, dialect: dialect)
            }
            found = (syntax + ShellChecker.check(script, context: &context)).map { $0.projected(into: fence.origin) }
        case .mermaid:
            let result = MermaidParser.parse(fence.code.literal)
            found = result.diagnostics.map { $0.projected(into: fence.origin) }
            if let flowchart = result.flowchart, !result.diagnostics.hasErrors {
                diagrams += 1
                if rendersPages {
                    let svg = FlowchartRenderer(idPrefix: "rg-d\(fence.code.contentLine)").render(flowchart)
                    body = DiagramHTML.render(svg: svg, source: fence.code.literal)
                }
            }
        case .other:
            checked = false
        }
        diagnostics += expectation(fence.attributes, fenceRange: fence.fenceRange, found: found)
        if rendersPages {
            outcomes[fence.code.contentLine] = render(fence, body: body, highlighted: highlighted, checked: checked, copyText: copyText)
        }
        if checked { checkedExamples += 1 }
    }

    private func render(_ fence: Fence, body: String?, highlighted: String?, checked: Bool, copyText: String? = nil) -> String {
        FenceHTML.render(
            code: fence.code, attributes: fence.attributes, kind: fence.kind, body: body,
            highlighted: highlighted, copyText: copyText,
            checkedAgainst: checked && fence.attributes.invalid == nil && fence.kind != .mermaid ? versionsText : nil,
            counterExample: fence.attributes.invalid != nil)
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

    // MARK: fences and Services

    private func collect(_ document: MarkdownNode) -> ([Fence], [Diagnostic]) {
        var fences: [Fence] = []
        var problems: [Diagnostic] = []
        func visit(_ node: MarkdownNode, after previous: MarkdownNode?, depth: Int) {
            guard depth < 200 else { return }
            if case .codeBlock(let code) = node.kind {
                let start = infoLocation(code, fenceLine: node.startLine, fenceColumn: node.startColumn)
                let (attributes, attributeProblems) = FenceAttributes.parse(code.info, at: start)
                problems += attributeProblems
                fences.append(Fence(
                    code: code, node: node, attributes: attributes, kind: FenceKind(language: attributes.language),
                    fenceRange: SourceRange(line: node.startLine, column: node.startColumn, length: max(3, code.info.utf8.count + 3)),
                    origin: EmbeddedSource(startLine: code.contentLine, columnOffsets: code.columnOffsets),
                    impliedTitle: previous.flatMap(ImpliedFileName.from(paragraph:))))
            }
            // Code blocks are children of the document, block quotes and list items only:
            // paragraphs, headings and tables (most of a page) need no walk.
            switch node.kind {
            case .document, .blockQuote, .list, .item: break
            default: return
            }
            let children = node.children
            for index in children.indices {
                visit(children[index], after: index > 0 ? children[index - 1] : nil, depth: depth + 1)
            }
        }
        visit(document, after: nil, depth: 0)
        return (fences, problems)
    }

    /// Services of YAML fences as the shell checks see them at fence `index`: those after it
    /// first (so that a nearer one before it wins, being later in the list), then those before.
    private static func visibleServices(_ manifests: [Int: ManifestFence], at index: Int, file: String) -> [ShellService] {
        let sorted = manifests.keys.sorted()
        let after = sorted.filter { $0 >= index }.reversed()
        let before = sorted.filter { $0 < index }
        return (Array(after) + before).flatMap { key -> [ShellService] in
            guard let fence = manifests[key], fence.counts else { return [] }
            return fence.report.objects.compactMap { $0.service.flatMap { ShellServiceMapping.map($0, file: file) } }
        }
    }

    private func shellContext(_ fences: [Fence], _ manifests: [Int: ManifestFence]) -> ShellContext {
        var titles: [String: [ShellService]] = [:]
        for (index, fence) in fences.enumerated() {
            guard let title = fence.fileName, let report = manifests[index]?.report else { continue }
            titles[title, default: []] += report.objects.compactMap { $0.service.flatMap { ShellServiceMapping.map($0, file: file) } }
        }
        let options = self.options
        let objects = fences.indices.compactMap { manifests[$0] }.filter(\.counts).flatMap(\.report.objects)
        return ShellContext(
            services: [],
            manifestTitles: titles,
            seesEverything: true,
            validateService: { node in
                let (service, diagnostics) = ManifestValidator.validateService(node, options: options)
                return ServiceCheck(service: service.flatMap { ShellServiceMapping.map($0, file: nil) }, diagnostics: diagnostics)
            },
            validateManifests: { text, origin in
                let report = ManifestValidator.validate(YAMLParser.parse(text, origin: origin), options: options)
                return (report.objects.compactMap { $0.service.flatMap { ShellServiceMapping.map($0, file: nil) } }, report.diagnostics)
            },
            serviceManifest: { name, namespace in
                objects.last { $0.kind == "Service" && $0.name == name && ($0.namespace ?? "default") == (namespace ?? "default") }?.node
            },
            currentNamespace: "default")
    }

    /// Where the info string starts on the fence line.
    private func infoLocation(_ code: CodeBlock, fenceLine: Int, fenceColumn: Int) -> SourceLocation {
        guard fenceLine >= 1, fenceLine <= lineStarts.count, !code.info.isEmpty else {
            return SourceLocation(line: fenceLine, column: fenceColumn + 3)
        }
        let end = fenceLine < lineStarts.count ? lineStarts[fenceLine] : source.count
        let line = Array(source[lineStarts[fenceLine - 1]..<end])
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
        case "console", "shell-session", "sh-session", "terminal": self = .console
        case "mermaid": self = .mermaid
        default: self = .other
        }
    }
}
