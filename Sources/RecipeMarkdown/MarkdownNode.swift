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

    /// The node's fields, shared by its copies and never changed: walking the tree copies
    /// nodes all the time (every `for child in node.children`), and a copy is then one
    /// reference count instead of one for each string and array in it. A change to a node
    /// gives it new fields; the copies keep the old ones. The fields are constants, so reading
    /// them needs no exclusivity check, and the accessors are inlinable into the modules that
    /// walk trees.
    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline let kind: Kind
        @usableFromInline let children: [MarkdownNode]
        @usableFromInline let startLine: Int
        @usableFromInline let startColumn: Int
        @usableFromInline let endLine: Int
        @usableFromInline let endColumn: Int

        @usableFromInline
        init(kind: Kind, children: [MarkdownNode], startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
            self.kind = kind
            self.children = children
            self.startLine = startLine
            self.startColumn = startColumn
            self.endLine = endLine
            self.endColumn = endColumn
        }

        /// These fields with some of them replaced.
        @usableFromInline
        func with(
            kind: Kind? = nil, children: [MarkdownNode]? = nil, startLine: Int? = nil, startColumn: Int? = nil,
            endLine: Int? = nil, endColumn: Int? = nil
        ) -> Storage {
            Storage(
                kind: kind ?? self.kind, children: children ?? self.children, startLine: startLine ?? self.startLine,
                startColumn: startColumn ?? self.startColumn, endLine: endLine ?? self.endLine,
                endColumn: endColumn ?? self.endColumn)
        }
    }

    @usableFromInline var storage: Storage

    /// A node of this kind with these children, at this range.
    public init(
        kind: Kind, children: [MarkdownNode] = [], startLine: Int = 0, startColumn: Int = 0,
        endLine: Int = 0, endColumn: Int = 0
    ) {
        storage = Storage(
            kind: kind, children: children, startLine: startLine, startColumn: startColumn, endLine: endLine,
            endColumn: endColumn)
    }

    /// What the node is, with its own data (text, URL, code block).
    @inlinable public var kind: Kind {
        get { storage.kind }
        set { storage = storage.with(kind: newValue) }
    }

    /// The nodes inside this one, in document order.
    @inlinable public var children: [MarkdownNode] {
        get { storage.children }
        set { storage = storage.with(children: newValue) }
    }

    /// The line of the node's first byte.
    @inlinable public var startLine: Int {
        get { storage.startLine }
        set { storage = storage.with(startLine: newValue) }
    }

    /// The column (in bytes) of the node's first byte.
    @inlinable public var startColumn: Int {
        get { storage.startColumn }
        set { storage = storage.with(startColumn: newValue) }
    }

    /// The line of the node's last byte.
    @inlinable public var endLine: Int {
        get { storage.endLine }
        set { storage = storage.with(endLine: newValue) }
    }

    /// The column (in bytes) of the node's last byte.
    @inlinable public var endColumn: Int {
        get { storage.endColumn }
        set { storage = storage.with(endColumn: newValue) }
    }

    /// Nodes are equal when their kinds, children and positions are.
    public static func == (lhs: MarkdownNode, rhs: MarkdownNode) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.kind == rhs.kind && lhs.startLine == rhs.startLine && lhs.startColumn == rhs.startColumn
            && lhs.endLine == rhs.endLine && lhs.endColumn == rhs.endColumn && lhs.children == rhs.children
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(children)
        hasher.combine(startLine)
        hasher.combine(startColumn)
        hasher.combine(endLine)
        hasher.combine(endColumn)
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
