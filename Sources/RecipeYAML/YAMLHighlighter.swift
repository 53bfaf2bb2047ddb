import CYAML

/// Highlights YAML as HTML from libyaml's own tokens, the same scanner that checks it.
///
/// Output is escaped text with `<span class="tok-…">` around keys, strings, numbers,
/// booleans, nulls, comments, anchors, aliases, tags and document markers. Spans never cross
/// a line end, so each line can be wrapped on its own. Text after a scanner error is escaped
/// but not highlighted.
public enum YAMLHighlighter {
    /// The highlighted HTML of `text` (no `<pre>`/`<code>` wrapper).
    public static func html(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let offsets = CharacterOffsets(bytes)
        var out = HighlightBuffer(bytes: bytes)
        // libyaml's scanner spends time proportional to the flow depth on every token, and
        // the parser refuses blocks over the size limit anyway: past either bound the rest of
        // the block is shown escaped, not highlighted.
        let limits = YAMLLimits.default
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count <= limits.maxBytes else { return }
            var flowDepth = 0
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else { return }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var token = yaml_token_t()
            var afterKey = false
            var tokens = 0
            while tokens < 1_000_000, yaml_parser_scan(&parser, &token) != 0 {
                tokens += 1
                defer { yaml_token_delete(&token) }
                let type = token.type
                if type == YAML_STREAM_END_TOKEN { break }
                if type == YAML_FLOW_SEQUENCE_START_TOKEN || type == YAML_FLOW_MAPPING_START_TOKEN { flowDepth += 1 }
                if type == YAML_FLOW_SEQUENCE_END_TOKEN || type == YAML_FLOW_MAPPING_END_TOKEN { flowDepth -= 1 }
                if flowDepth > limits.maxDepth { break }
                let start = offsets.byte(Int(token.start_mark.index))
                let end = offsets.byte(Int(token.end_mark.index))
                guard end > start, start >= out.cursor else {
                    if type == YAML_KEY_TOKEN { afterKey = true }
                    continue
                }
                out.gap(upTo: start)
                switch type {
                case YAML_KEY_TOKEN:
                    afterKey = true
                    out.plain(upTo: end)
                case YAML_SCALAR_TOKEN:
                    out.span(afterKey ? "tok-key" : scalarClass(token), upTo: end)
                    afterKey = false
                case YAML_ANCHOR_TOKEN, YAML_ALIAS_TOKEN:
                    out.span("tok-variable", upTo: end)
                case YAML_TAG_TOKEN:
                    out.span("tok-keyword", upTo: end)
                case YAML_DOCUMENT_START_TOKEN, YAML_DOCUMENT_END_TOKEN:
                    out.span("tok-keyword", upTo: end)
                case YAML_VALUE_TOKEN:
                    afterKey = false
                    out.plain(upTo: end)
                default:
                    out.plain(upTo: end)
                }
            }
        }
        out.gap(upTo: bytes.count)
        return out.html
    }

    private static func scalarClass(_ token: yaml_token_t) -> StaticString {
        let data = token.data.scalar
        // A plain scalar of ASCII digits alone (a port, a count) is an integer, or a float when
        // it is too long for one or reads as a bad octal: a number either way, and no String
        // needs to be made to resolve it.
        if data.style == YAML_PLAIN_SCALAR_STYLE, data.length > 0,
            UnsafeBufferPointer(start: data.value, count: Int(data.length)).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        {
            return "tok-number"
        }
        let text = String(decoding: UnsafeBufferPointer(start: data.value, count: Int(data.length)), as: UTF8.self)
        let style: YAMLScalar.Style
        switch data.style {
        case YAML_PLAIN_SCALAR_STYLE: style = .plain
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .doubleQuoted
        }
        switch ScalarResolver.resolve(text, style: style, tag: nil) {
        case .int, .float: return "tok-number"
        case .bool: return "tok-bool"
        case .null: return "tok-null"
        case .string: return "tok-string"
        }
    }
}

/// libyaml marks count characters; this maps a character index to a byte offset.
struct CharacterOffsets {
    private let table: [Int]?

    init(_ bytes: [UInt8]) {
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            table = nil
            return
        }
        var table: [Int] = []
        table.reserveCapacity(bytes.count + 1)
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { table.append(offset) }
        table.append(bytes.count)
        self.table = table
    }

    func byte(_ character: Int) -> Int {
        guard let table else { return character }
        return character < table.count ? table[character] : table[table.count - 1]
    }
}

/// Accumulates highlighted HTML as UTF-8 bytes, cutting spans at line ends.
struct HighlightBuffer {
    let bytes: [UInt8]
    private(set) var cursor = 0
    private var out: [UInt8] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        out.reserveCapacity(bytes.count * 2)
    }

    /// The HTML written so far.
    var html: String { String(decoding: out, as: UTF8.self) }

    /// Text between tokens: blanks, punctuation and comments.
    mutating func gap(upTo end: Int) {
        let end = min(end, bytes.count)
        while cursor < end {
            let byte = bytes[cursor]
            let atWordStart = cursor == 0 || bytes[cursor - 1] == UInt8(ascii: " ") || bytes[cursor - 1] == UInt8(ascii: "\t") || bytes[cursor - 1] == UInt8(ascii: "\n")
            if byte == UInt8(ascii: "#") && atWordStart {
                var lineEnd = cursor
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n"), bytes[lineEnd] != UInt8(ascii: "\r") { lineEnd += 1 }
                span("tok-comment", upTo: lineEnd)
            } else {
                var next = cursor + 1
                while next < end, bytes[next] != UInt8(ascii: "#") { next += 1 }
                plain(upTo: next)
            }
        }
    }

    mutating func plain(upTo end: Int) {
        let end = min(end, bytes.count)
        guard end > cursor else { return }
        escape(cursor..<end)
        cursor = end
    }

    mutating func span(_ className: StaticString, upTo end: Int) {
        let end = min(end, bytes.count)
        guard end > cursor else { return }
        var lineStart = cursor
        for index in cursor...end {
            if index == end || bytes[index] == UInt8(ascii: "\n") {
                if index > lineStart {
                    append("<span class=\"")
                    append(className)
                    append("\">")
                    escape(lineStart..<index)
                    append("</span>")
                }
                if index < end { out.append(UInt8(ascii: "\n")) }
                lineStart = index + 1
            }
        }
        cursor = end
    }

    /// Appends the bytes in `range`, escaped; runs without a character to escape are copied
    /// whole, not byte by byte.
    private mutating func escape(_ range: Range<Int>) {
        var run = range.lowerBound
        for index in range {
            let entity: StaticString
            switch bytes[index] {
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "\""): entity = "&quot;"
            default: continue
            }
            if run < index { out.append(contentsOf: bytes[run..<index]) }
            append(entity)
            run = index + 1
        }
        if run < range.upperBound { out.append(contentsOf: bytes[run..<range.upperBound]) }
    }

    private mutating func append(_ text: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
