/// Renders a ``MarkdownNode`` tree as HTML.
///
/// Raw HTML in the Markdown is escaped, never passed through. Links and images whose scheme is
/// not http, https, mailto or relative are rendered without their URL. Headings get ids from
/// ``HeadingSlugger`` (collected in ``headings`` for a table of contents), block quotes that
/// start with `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` become
/// callouts, and tables are wrapped so wide ones scroll, with `th scope` and ✅/❌ cells spelled
/// out for screen readers. A code block hook lets the site replace a block by its own HTML.
public struct HTMLRenderer {
    /// A heading of the rendered page.
    public struct Heading: Hashable, Sendable {
        public var level: Int
        public var id: String
        public var text: String
        public var line: Int
    }

    /// Returns replacement HTML for a code block, or nil to render it as plain escaped text.
    public var codeBlockHook: (CodeBlock, MarkdownNode) -> String? = { _, _ in nil }
    /// Maps a link destination before it is written (e.g. `other.md` to `../other/`).
    public var linkRewriter: (String) -> String = { $0 }
    /// Headings met so far, in page order.
    public private(set) var headings: [Heading] = []
    /// Bytes to reserve for the HTML up front. A good guess (the source's size plus the code
    /// blocks' replacement HTML) saves growing and copying the buffer several times.
    public var reservedCapacity = 4096
    private var slugger = HeadingSlugger()

    public init() {}

    /// The HTML of the document's blocks.
    public mutating func render(_ document: MarkdownNode) -> String {
        var out = ""
        out.reserveCapacity(reservedCapacity)
        for child in document.children { block(child, into: &out) }
        return out
    }

    /// Whether a URL is safe to put in `href`/`src`: relative, a fragment, or http(s)/mailto.
    public static func isSafeURL(_ url: String) -> Bool {
        let trimmed = url.drop(while: { $0 == " " || $0 == "\t" })
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        if let slash = trimmed.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }), slash < colon { return true }
        let scheme = trimmed[..<colon].lowercased()
        return scheme == "http" || scheme == "https" || scheme == "mailto"
    }

    // MARK: blocks

    // The HTML is appended piece by piece to one buffer: an interpolated string would be built
    // (and allocated) first, then copied.

    private mutating func block(_ node: MarkdownNode, into out: inout String) {
        switch node.kind {
        case .paragraph:
            out += "<p>"
            inlines(node.children, into: &out)
            out += "</p>\n"
        case .heading(let level):
            heading(node, level: level, into: &out)
        case .blockQuote:
            blockQuote(node, into: &out)
        case .list(let ordered, let start, let tight):
            if ordered && start != 1 {
                out += "<ol start=\""
                out += String(start)
                out += "\">\n"
            } else {
                out += ordered ? "<ol>\n" : "<ul>\n"
            }
            for item in node.children { listItem(item, tight: tight, into: &out) }
            out += ordered ? "</ol>\n" : "</ul>\n"
        case .codeBlock(let code):
            if let html = codeBlockHook(code, node) {
                out += html
            } else {
                let language = code.language
                out += "<pre><code"
                if !language.isEmpty {
                    out += " class=\"language-"
                    escapeHTML(language, into: &out)
                    out += "\""
                }
                out += ">"
                escapeHTML(code.literal, into: &out)
                out += "</code></pre>\n"
            }
        case .htmlBlock(let html):
            out += "<p class=\"raw-html\">"
            escapeHTML(html, into: &out)
            out += "</p>\n"
        case .thematicBreak:
            out += "<hr>\n"
        case .table(let alignments):
            table(node, alignments: alignments, into: &out)
        default:
            inline(node, into: &out)
        }
    }

    private mutating func heading(_ node: MarkdownNode, level: Int, into out: inout String) {
        let text = node.plainText
        let id = slugger.slug(for: text)
        headings.append(Heading(level: level, id: id, text: text, line: node.startLine))
        let digit = String(level)
        out += "<h"
        out += digit
        out += " id=\""
        escapeHTML(id, into: &out)
        out += "\">"
        inlines(node.children, into: &out)
        out += "<a class=\"anchor\" href=\"#"
        escapeHTML(id, into: &out)
        out += "\" aria-label=\"Link to this section\">#</a></h"
        out += digit
        out += ">\n"
    }

    private mutating func listItem(_ item: MarkdownNode, tight: Bool, into out: inout String) {
        if case .item(let checked?) = item.kind {
            out += checked
                ? "<li class=\"task\"><input type=\"checkbox\" disabled checked aria-label=\"done\"> "
                : "<li class=\"task\"><input type=\"checkbox\" disabled aria-label=\"to do\"> "
        } else {
            out += "<li>"
        }
        for child in item.children {
            if tight, case .paragraph = child.kind {
                inlines(child.children, into: &out)
            } else {
                block(child, into: &out)
            }
        }
        out += "</li>\n"
    }

    private mutating func blockQuote(_ node: MarkdownNode, into out: inout String) {
        if let (kind, rest) = Callout.split(node) {
            out += "<aside class=\"callout callout-"
            out += kind.rawValue
            out += "\" role=\"note\"><p class=\"callout-title\">"
            out += kind.title
            out += "</p>\n"
            for child in rest.children { block(child, into: &out) }
            out += "</aside>\n"
            return
        }
        out += "<blockquote>\n"
        for child in node.children { block(child, into: &out) }
        out += "</blockquote>\n"
    }

    private mutating func table(_ node: MarkdownNode, alignments: [TableAlignment], into out: inout String) {
        out += "<div class=\"table-wrap\" tabindex=\"0\"><table>\n"
        var inBody = false
        for row in node.children {
            guard case .tableRow(let isHeader) = row.kind else { continue }
            if isHeader {
                out += "<thead>\n<tr>"
            } else if !inBody {
                out += "<tbody>\n<tr>"
                inBody = true
            } else {
                out += "<tr>"
            }
            for (index, cell) in row.children.enumerated() {
                let alignClass = index < alignments.count ? alignments[index].className : nil
                if isHeader || index == 0 {
                    out += isHeader ? "<th scope=\"col\"" : "<th scope=\"row\""
                    if let alignClass {
                        out += " class=\""
                        out += alignClass
                        out += "\""
                    }
                    out += ">"
                    inlines(cell.children, into: &out)
                    out += "</th>"
                } else {
                    tableCell(cell, alignClass: alignClass, into: &out)
                }
            }
            out += isHeader ? "</tr>\n</thead>\n" : "</tr>\n"
        }
        if inBody { out += "</tbody>\n" }
        out += "</table></div>\n"
    }

    private mutating func tableCell(_ cell: MarkdownNode, alignClass: String?, into out: inout String) {
        if let mark = TableMark(cell: cell) {
            out += "<td class=\"mark mark-"
            out += mark.className
            if let alignClass {
                out += " "
                out += alignClass
            }
            out += "\"><span aria-hidden=\"true\">"
            escapeHTML(mark.symbol, into: &out)
            out += "</span><span class=\"sr-only\">"
            out += mark.spoken
            out += "</span></td>"
            return
        }
        if let alignClass {
            out += "<td class=\""
            out += alignClass
            out += "\">"
        } else {
            out += "<td>"
        }
        inlines(cell.children, into: &out)
        out += "</td>"
    }

    // MARK: inlines

    private mutating func inlines(_ nodes: [MarkdownNode], into out: inout String) {
        for node in nodes { inline(node, into: &out) }
    }

    private mutating func inline(_ node: MarkdownNode, into out: inout String) {
        switch node.kind {
        case .text(let text): escapeHTML(text, into: &out)
        case .softBreak: out += "\n"
        case .lineBreak: out += "<br>\n"
        case .code(let code):
            out += "<code>"
            escapeHTML(code, into: &out)
            out += "</code>"
        case .htmlInline(let html): escapeHTML(html, into: &out)
        case .emphasis: wrap("<em>", "</em>", node, into: &out)
        case .strong: wrap("<strong>", "</strong>", node, into: &out)
        case .strikethrough: wrap("<del>", "</del>", node, into: &out)
        case .link(let destination, let title):
            guard Self.isSafeURL(destination) else {
                inlines(node.children, into: &out)
                return
            }
            out += "<a href=\""
            escapeHTML(linkRewriter(destination), into: &out)
            out += "\""
            titleAttribute(title, into: &out)
            out += ">"
            inlines(node.children, into: &out)
            out += "</a>"
        case .image(let destination, let title):
            guard Self.isSafeURL(destination) else {
                escapeHTML(node.plainText, into: &out)
                return
            }
            out += "<img src=\""
            escapeHTML(linkRewriter(destination), into: &out)
            out += "\" alt=\""
            escapeHTML(node.plainText, into: &out)
            out += "\""
            titleAttribute(title, into: &out)
            out += " loading=\"lazy\">"
        default:
            for child in node.children { block(child, into: &out) }
        }
    }

    private func titleAttribute(_ title: String, into out: inout String) {
        guard !title.isEmpty else { return }
        out += " title=\""
        escapeHTML(title, into: &out)
        out += "\""
    }

    private mutating func wrap(_ open: String, _ close: String, _ node: MarkdownNode, into out: inout String) {
        out += open
        inlines(node.children, into: &out)
        out += close
    }
}

extension String {
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
