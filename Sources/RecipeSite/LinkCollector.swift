import RecipeDiagnostics
import RecipeMarkdown

/// Collects the links and images of a document that point inside the site.
enum LinkCollector {
    static func collect(_ document: MarkdownNode) -> [LinkReference] {
        var links: [LinkReference] = []
        func visit(_ node: MarkdownNode, depth: Int) {
            guard depth < 200 else { return }
            switch node.kind {
            case .link(let destination, _), .image(let destination, _):
                let isImage: Bool
                if case .image = node.kind { isImage = true } else { isImage = false }
                links.append(LinkReference(
                    destination: destination, isImage: isImage,
                    range: SourceRange(
                        start: SourceLocation(line: node.startLine, column: node.startColumn),
                        end: SourceLocation(line: node.endLine, column: node.endColumn + 1))))
            default: break
            }
            for child in node.children { visit(child, depth: depth + 1) }
        }
        visit(document, depth: 0)
        return links
    }
}
