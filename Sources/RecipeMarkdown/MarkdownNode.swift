/// A node of a parsed Markdown document, as Swift values with its source range.
///
/// Lines and columns are 1-based; columns count UTF-8 bytes, as cmark does. `endLine`/`endColumn`
/// name the last byte of the node (inclusive, cmark's convention).
public struct MarkdownNode: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case document
        case paragraph
        case heading(level: Int)
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item(checked: Bool?)
        case codeBlock(CodeBlock)
        case htmlBlock(String)
        case thematicBreak
        case table(alignments: [TableAlignment])
        case tableRow(isHeader: Bool)
        case tableCell
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(destination: String, title: String)
    }

    public var kind: Kind
    public var children: [MarkdownNode]
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int

    public init(
        kind: Kind, children: [MarkdownNode] = [], startLine: Int = 0, startColumn: Int = 0,
        endLine: Int = 0, endColumn: Int = 0
    ) {
        self.kind = kind
        self.children = children
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// The plain text of the node and its descendants (code spans included, markup dropped).
    public var plainText: String {
        switch kind {
        case .text(let text), .code(let text): return text
        case .softBreak, .lineBreak: return " "
        default:
            // The usual heading or cell is one text node: no buffer needed.
            if children.count == 1 { return children[0].plainText }
            var text = ""
            appendPlainText(to: &text)
            return text
        }
    }

    /// Appends ``plainText`` to `text`, in one buffer for the whole subtree.
    func appendPlainText(to text: inout String) {
        switch kind {
        case .text(let literal), .code(let literal): text += literal
        case .softBreak, .lineBreak: text += " "
        default: for child in children { child.appendPlainText(to: &text) }
        }
    }
}

/// A table column's alignment from the GFM delimiter row.
public enum TableAlignment: Hashable, Sendable {
    case none, left, center, right

    /// The class of a cell in a column with this alignment (`align-left`); nil for none.
    var className: String? {
        switch self {
        case .none: nil
        case .left: "align-left"
        case .center: "align-center"
        case .right: "align-right"
        }
    }
}

/// A fenced or indented code block.
public struct CodeBlock: Hashable, Sendable {
    /// The whole info string after the opening fence (`yaml title="svc.yaml"`).
    public var info: String
    /// The content, each line ending in `\n`.
    public var literal: String
    public var isFenced: Bool
    /// The file line of the content's first line.
    public var contentLine: Int
    /// For each content line, the bytes in front of it in the file (indentation, `> `).
    public var columnOffsets: [Int]

    public init(info: String, literal: String, isFenced: Bool, contentLine: Int, columnOffsets: [Int]) {
        self.info = info
        self.literal = literal
        self.isFenced = isFenced
        self.contentLine = contentLine
        self.columnOffsets = columnOffsets
    }

    /// The first word of the info string, lowercased (`yaml`, `bash`); empty when there is none.
    public var language: String {
        String(info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" }).first ?? "").lowercased()
    }
}
