import RecipeDiagnostics
import RecipeMarkdown
import RecipeYAML

/// Checks one recipe and renders its body: front matter, then every fence in page order.
///
/// With `rendersPages` off, as `recipegen check` runs it, the recipe gets the same diagnostics,
/// headings, links and counts, but no body HTML (diagrams are not drawn, code is not
/// highlighted) and no search text.
struct RecipeChecker {
    let config: SiteConfig
    let links: LinkResolver
    /// Whether to render the body HTML (a build) or only check (`recipegen check`).
    var rendersPages = true

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
            markdown: markdown, rendersPages: rendersPages)
        fences.run(over: document)
        diagnostics += fences.diagnostics
        diagnostics += Self.calloutDiagnostics(document)

        let linked = LinkedSlugs()
        let (body, headings) = rendersPages
            ? render(document, fences: fences, from: file.relativePath, noting: linked) : ("", Self.headings(document))
        // Most recipes have no diagnostics; their lines need not be measured.
        let lineLengths = diagnostics.isEmpty ? [] : DiagnosticClamp.lineLengths(file.text)
        return CheckedRecipe(
            file: file, frontMatter: frontMatter, slug: frontMatter?.slug ?? file.defaultSlug,
            diagnostics: diagnostics.map { DiagnosticClamp.clamp($0.inFile(file.path), lines: lineLengths) }, bodyHTML: body,
            headings: headings, manifests: fences.manifests, links: LinkCollector.collect(document),
            searchText: rendersPages ? Self.searchText(document) : [],
            checkedExamples: fences.checkedExamples, diagrams: fences.diagrams, rendered: rendersPages,
            linkedSlugs: linked.slugs)
    }

    /// The body HTML, with each fence's HTML in place of its code, and the headings it got ids for.
    /// The slugs of the recipes the body links to are noted in `linked`: the body depends on them.
    private func render(_ document: MarkdownNode, fences: FenceProcessor, from: String, noting linked: LinkedSlugs) -> (String, [HeadingEntry]) {
        var renderer = HTMLRenderer()
        let outcomes = fences.outcomes
        renderer.codeBlockHook = { code, _ in outcomes[code.contentLine] }
        renderer.reservedCapacity = fences.source.count + outcomes.values.reduce(0) { $0 + $1.utf8.count }
        let links = self.links
        renderer.linkRewriter = { destination in
            if let path = links.linkedRecipePath(destination, from: from) { linked.slugs[path] = links.slugs[path] ?? "" }
            return links.href(destination, from: from)
        }
        let body = renderer.render(document)
        return (body, renderer.headings.map { HeadingEntry(level: $0.level, id: $0.id, text: $0.text) })
    }

    /// The headings the HTML renderer would give ids, in page order, without rendering: headings
    /// are blocks, so a walk in document order meets them in the renderer's order.
    static func headings(_ document: MarkdownNode) -> [HeadingEntry] {
        var slugger = HeadingSlugger()
        var found: [HeadingEntry] = []
        func visit(_ node: MarkdownNode) {
            switch node.kind {
            case .heading(let level):
                let text = node.plainText
                found.append(HeadingEntry(level: level, id: slugger.slug(for: text), text: text))
            case .codeBlock, .htmlBlock, .paragraph, .table:
                return
            default:
                for child in node.children { visit(child) }
            }
        }
        visit(document)
        return found
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
            switch node.kind {
            case .codeBlock, .htmlBlock, .paragraph, .heading, .table:
                return  // only inlines or text below: no block quote
            default:
                for child in node.children { visit(child, depth: depth + 1) }
            }
        }
        visit(node, depth: 0)
        return found
    }
}

/// The slugs a recipe's body was rendered with, by the content path of each recipe file it
/// links to ("" for a file that is no recipe). One recipe's check fills it, on one thread.
final class LinkedSlugs: @unchecked Sendable {
    var slugs: [String: String] = [:]
}
