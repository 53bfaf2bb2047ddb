import CCmarkGFM

/// Parses Markdown with cmark-gfm and its GFM extensions into ``MarkdownNode`` values.
///
/// All cmark memory is allocated and freed inside ``parse(_:)``; no C pointer leaves this file.
/// Raw HTML is kept as `htmlBlock`/`htmlInline` nodes, which the HTML renderer escapes.
///
/// Recipes are parsed on several threads at once. cmark-gfm registers its extensions in global
/// state, behind a plain `static int` check, so two threads registering at once can both
/// register: the second aborts the process or renumbers the extension node types under the
/// first one's feet. Registration therefore happens exactly once, in a Swift `static let`
/// (initialised once, thread-safely), before any parser is made.
public enum MarkdownParser {
    /// The GFM extensions every parser gets, looked up once after registering them. cmark-gfm
    /// never changes or frees a registered extension, so the pointers may be shared.
    private struct Extensions: @unchecked Sendable {
        let pointers: [OpaquePointer]
    }

    private static let extensions: Extensions = {
        cmark_gfm_core_extensions_ensure_registered()
        let names: [String] = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
        return Extensions(pointers: names.compactMap { name in cmark_find_syntax_extension(name) })
    }()

    /// Parses `text`; line and column positions refer to `text` itself.
    public static func parse(_ text: String) -> MarkdownNode {
        let extensions = Self.extensions.pointers
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else {
            return MarkdownNode(kind: .document)
        }
        defer { cmark_parser_free(parser) }
        for syntax in extensions {
            cmark_parser_attach_syntax_extension(parser, syntax)
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return MarkdownNode(kind: .document) }
        defer { cmark_node_free(root) }
        var converter = CmarkConverter(lines: SourceLines(bytes))
        return converter.convert(root, depth: 0)
    }
}

/// Byte ranges of the source's lines, to find a code block's indentation in the file.
struct SourceLines {
    let bytes: [UInt8]
    let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
        }
        self.starts = starts
    }

    /// How many bytes of 1-based `line` come before `content`, when the line (without its line
    /// end) ends with it; 0 otherwise.
    func offset(of content: UnsafeBufferPointer<UInt8>, onLine number: Int) -> Int {
        let (start, end) = range(of: number)
        guard end - start >= content.count else { return 0 }
        let front = end - content.count
        let matches = bytes.withUnsafeBufferPointer { source in
            content.indices.allSatisfy { source[front + $0] == content[$0] }
        }
        return matches ? front - start : 0
    }

    /// The byte range of 1-based `line` without its line end; empty for a line not in the text.
    private func range(of line: Int) -> (start: Int, end: Int) {
        guard line >= 1, line <= starts.count else { return (0, 0) }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return (start, max(start, end))
    }

    /// Bytes of 1-based `line` without its line end.
    func line(_ line: Int) -> ArraySlice<UInt8> {
        let (start, end) = range(of: line)
        return bytes[start..<end]
    }
}

/// Walks cmark's tree, one small function per node kind.
struct CmarkConverter {
    let lines: SourceLines
    /// Deeper nesting than this is flattened into text, so hostile input cannot exhaust the stack.
    static let maxDepth = 200

    mutating func convert(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
        var children: [MarkdownNode] = []
        if depth < Self.maxDepth {
            var child = cmark_node_first_child(node)
            while let current = child {
                children.append(convert(current, depth: depth + 1))
                child = cmark_node_next(current)
            }
        }
        return MarkdownNode(
            kind: kind(of: node), children: children,
            startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            endColumn: Int(cmark_node_get_end_column(node)))
    }

    private func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM:
            let isTask = Self.typeString(node, is: "tasklist")
            return .item(checked: isTask ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil)
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(codeBlock(node))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal(node))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(node))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE: return .image(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default: return extensionKind(node)
        }
    }

    /// Whether cmark's type name of `node` is `name`, compared in C: no String is made.
    private static func typeString(_ node: OpaquePointer, is name: StaticString) -> Bool {
        guard let type = cmark_node_get_type_string(node) else { return false }
        return name.withUTF8Buffer { expected in
            var pointer = type
            for byte in expected {
                guard UInt8(bitPattern: pointer.pointee) == byte else { return false }
                pointer += 1
            }
            return pointer.pointee == 0
        }
    }

    private func extensionKind(_ node: OpaquePointer) -> MarkdownNode.Kind {
        // Most nodes that get here are table cells and rows: the names are compared in C.
        if Self.typeString(node, is: "table_cell") { return .tableCell }
        if Self.typeString(node, is: "table_row") {
            return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        }
        switch string(cmark_node_get_type_string(node)) {
        case "table":
            let columns = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [TableAlignment] = []
            if let raw = cmark_gfm_extensions_get_table_alignments(node) {
                for index in 0..<columns {
                    switch raw[index] {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    default: alignments.append(.none)
                    }
                }
            }
            return .table(alignments: alignments)
        case "table_header": return .tableRow(isHeader: true)
        case "table_row": return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        case "tasklist": return .item(checked: cmark_gfm_extensions_get_tasklist_item_checked(node))
        default: return .text(literal(node))
        }
    }

    private func codeBlock(_ node: OpaquePointer) -> CodeBlock {
        let literal = literal(node)
        var fenceLength: Int32 = 0
        var fenceOffset: Int32 = 0
        var fenceCharacter: CChar = 0
        let fenced = cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceCharacter) != 0
        let startLine = Int(cmark_node_get_start_line(node))
        let contentLine = fenced ? startLine + 1 : startLine
        var offsets: [Int] = []
        var lineNumber = contentLine
        var copy = literal
        copy.withUTF8 { text in
            // Each content line (all end in `\n`; text after the last one is no line) against
            // the end of its file line: what is in front of it there is its offset.
            var start = 0
            for index in text.indices where text[index] == UInt8(ascii: "\n") {
                offsets.append(lines.offset(of: UnsafeBufferPointer(rebasing: text[start..<index]), onLine: lineNumber))
                start = index + 1
                lineNumber += 1
            }
        }
        return CodeBlock(
            info: string(cmark_node_get_fence_info(node)), literal: literal, isFenced: fenced,
            contentLine: contentLine, columnOffsets: offsets)
    }

    private func literal(_ node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
