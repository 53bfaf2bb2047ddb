import RecipeDiagnostics
import RecipeMarkdown
import RecipeYAML

/// Checks one recipe and renders its body: front matter, then every fence in page order.
struct RecipeChecker {
    let config: SiteConfig
    let links: LinkResolver

    func check(_ file: RecipeFile) -> CheckedRecipe {
        var diagnostics: [Diagnostic] = []
        var frontMatter: FrontMatter?
        var markdown = file.text
        switch FrontMatterBlock.find(in: file.text) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
        case .success(let block):
            var decoder = FrontMatterDecoder(categories: config.categories.map { Set($0.map(\.slug)) })
            frontMatter = decoder.decode(block)
            diagnostics += decoder.diagnostics
            markdown = Self.blankingFrontMatter(file.text, through: block.closingLine)
        }
        let document = MarkdownParser.parse(markdown)
        var fences = FenceProcessor(
            file: file.path, versionsText: frontMatter?.kubernetes ?? config.kubernetes, config: config,
            markdown: markdown)
        fences.run(over: document)
        diagnostics += fences.diagnostics
        diagnostics += Self.calloutDiagnostics(document)

        var renderer = HTMLRenderer()
        let outcomes = fences.outcomes
        renderer.codeBlockHook = { code, _ in outcomes[code.contentLine] }
        let links = self.links
        let from = file.relativePath
        renderer.linkRewriter = { links.href($0, from: from) }
        let body = renderer.render(document)
        let lineLengths = DiagnosticClamp.lineLengths(file.text)
        return CheckedRecipe(
            file: file, frontMatter: frontMatter, slug: frontMatter?.slug ?? file.defaultSlug,
            diagnostics: diagnostics.map { DiagnosticClamp.clamp($0.inFile(file.path), lines: lineLengths) }, bodyHTML: body,
            headings: renderer.headings.map { HeadingEntry(level: $0.level, id: $0.id, text: $0.text) },
            manifests: fences.manifests, links: LinkCollector.collect(document),
            searchText: Self.searchText(document),
            checkedExamples: fences.checkedExamples, diagrams: fences.diagrams)
    }

    /// The text with the front matter's lines emptied, so Markdown line numbers stay the file's.
    static func blankingFrontMatter(_ text: String, through line: Int) -> String {
        var newlines = 0
        var index = text.utf8.startIndex
        while newlines < line, index < text.utf8.endIndex {
            if text.utf8[index] == UInt8(ascii: "\n") { newlines += 1 }
            index = text.utf8.index(after: index)
        }
        return String(repeating: "\n", count: newlines) + String(text[index...])
    }

    /// The text of paragraphs and table cells (code is left out), for the search index.
    static func searchText(_ document: MarkdownNode) -> [String] {
        var texts: [String] = []
        func visit(_ node: MarkdownNode, depth: Int) {
            guard depth < 100 else { return }
            switch node.kind {
            case .paragraph, .tableCell: texts.append(node.plainText)
            case .codeBlock, .htmlBlock, .heading: return
            default: for child in node.children { visit(child, depth: depth + 1) }
            }
        }
        visit(document, depth: 0)
        return texts
    }

    /// Block quotes that look like callouts (`[!NAME]`) but name no known kind.
    static func calloutDiagnostics(_ node: MarkdownNode) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func visit(_ node: MarkdownNode, depth: Int) {
            guard depth < 100 else { return }
            if case .blockQuote = node.kind, let marker = Callout.marker(of: node),
                Callout(rawValue: marker.lowercased()) == nil || marker != marker.uppercased()
            {
                let kinds = Callout.allCases.map { "[!\($0.rawValue.uppercased())]" }.joined(separator: ", ")
                let paragraph = node.children[0]
                found.append(Diagnostic(
                    code: "RG1013", message: "unknown callout kind '[!\(marker)]'",
                    range: SourceRange(line: paragraph.startLine, column: paragraph.startColumn, length: marker.utf8.count + 3),
                    help: "use one of \(kinds)"))
            }
            for child in node.children { visit(child, depth: depth + 1) }
        }
        visit(node, depth: 0)
        return found
    }
}
