import CYAML
import RecipeDiagnostics

/// Builds the node tree of one document chunk from libyaml's events.
struct TreeBuilder {
    /// A mapping or sequence being built; changed in place at the top of the stack.
    private struct Frame {
        var isMapping: Bool
        var start: SourceLocation
        var tag: String?
        var anchor: String?
        var pairs: [YAMLPair] = []
        var items: [YAMLNode] = []
        var pendingKey: YAMLNode?
        var size = 1
    }

    private let bytes: [UInt8]
    private let lines: LineTable
    private let chunk: DocumentChunk
    private let origin: EmbeddedSource?
    private let limits: YAMLLimits
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var root: YAMLNode?
    private var diagnostics: [Diagnostic] = []
    private var nodeCount = 0
    private var sawDocument = false

    init(bytes: [UInt8], lines: LineTable, chunk: DocumentChunk, origin: EmbeddedSource?, limits: YAMLLimits) {
        self.bytes = bytes
        self.origin = origin
        self.lines = lines
        self.chunk = chunk
        self.limits = limits
    }

    /// Parses the chunk; nil when it holds no document at all (only comments).
    mutating func run() -> YAMLDocument? {
        let start = lines.starts[chunk.firstLine]
        let end = chunk.lastLine + 1 < lines.starts.count ? lines.starts[chunk.lastLine + 1] : bytes.count
        let ok = bytes.withUnsafeBufferPointer { buffer -> Bool in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else { return false }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress! + start, end - start)
            return consume(&parser)
        }
        if !ok && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(code: "RG0003", message: "libyaml could not be initialised", range: SourceRange(line: 1, column: 1)))
        }
        guard sawDocument || !diagnostics.isEmpty else { return nil }
        return YAMLDocument(
            root: diagnostics.contains { $0.severity == .error && $0.code != "RG2002" } ? nil : root,
            startLine: (origin?.startLine ?? 1) + chunk.firstLine,
            endLine: (origin?.startLine ?? 1) + chunk.lastLine, diagnostics: diagnostics)
    }

    private mutating func consume(_ parser: inout yaml_parser_t) -> Bool {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) != 0 else {
                reportSyntaxError(parser)
                return true
            }
            defer { yaml_event_delete(&event) }
            let done = event.type == YAML_STREAM_END_EVENT
            if !handle(event) || done { return true }
        }
    }

    /// Handles one event; false stops parsing (a limit was exceeded).
    private mutating func handle(_ event: yaml_event_t) -> Bool {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            sawDocument = true
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = string(data.value, Int(data.length))
            let tag = data.tag.map { String(cString: $0) }
            let style = scalarStyle(data.style)
            let resolveTag = (data.plain_implicit == 0 && data.quoted_implicit == 0) ? tag : (tag ?? nil)
            let value = ScalarResolver.resolve(text, style: style, tag: resolveTag ?? (style == .plain ? nil : "!"))
            let node = YAMLNode(.scalar(YAMLScalar(text: text, style: style, value: value)), range: range(event), tag: tag)
            return add(node, size: 1, anchor: data.anchor.map { String(cString: $0) })
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            guard let target = anchors[name] else {
                diagnostics.append(Diagnostic(code: "RG2001", message: "unknown alias '*\(name)'", range: range(event)))
                return false
            }
            return add(target.node, size: target.size, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            stack.append(Frame(isMapping: false, start: location(event.start_mark), tag: data.tag.map { String(cString: $0) }, anchor: data.anchor.map { String(cString: $0) }))
            return checkDepth(event)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            stack.append(Frame(isMapping: true, start: location(event.start_mark), tag: data.tag.map { String(cString: $0) }, anchor: data.anchor.map { String(cString: $0) }))
            return checkDepth(event)
        case YAML_SEQUENCE_END_EVENT:
            guard let frame = stack.popLast(), !frame.isMapping else { return false }
            let node = YAMLNode(.sequence(frame.items), range: SourceRange(start: frame.start, end: location(event.end_mark)), tag: frame.tag)
            return add(node, size: frame.size, anchor: frame.anchor, counted: true)
        case YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast(), frame.isMapping else { return false }
            reportDuplicateKeys(frame.pairs)
            let node = YAMLNode(.mapping(MergeKeys.apply(frame.pairs)), range: SourceRange(start: frame.start, end: location(event.end_mark)), tag: frame.tag)
            return add(node, size: frame.size, anchor: frame.anchor, counted: true)
        default:
            break
        }
        return true
    }

    /// Adds a finished node to its parent (or makes it the root).
    private mutating func add(_ node: YAMLNode, size: Int, anchor: String?, counted: Bool = false) -> Bool {
        if !counted { nodeCount += size }
        if nodeCount > limits.maxNodes {
            diagnostics.append(Diagnostic(
                code: "RG2004",
                message: "YAML document expands to more than \(limits.maxNodes) nodes",
                range: node.range,
                help: "aliases that refer to aliases multiply; write the values out or shorten the document"))
            return false
        }
        if let anchor { anchors[anchor] = (node, size) }
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return true
        }
        stack[top].size += size
        if !stack[top].isMapping {
            // Room for a few at once: most collections of a manifest are short.
            if stack[top].items.capacity == 0 { stack[top].items.reserveCapacity(4) }
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].pendingKey = nil
            if stack[top].pairs.capacity == 0 { stack[top].pairs.reserveCapacity(4) }
            stack[top].pairs.append(YAMLPair(key: key, value: node))
        } else {
            stack[top].pendingKey = node
        }
        return true
    }

    private mutating func checkDepth(_ event: yaml_event_t) -> Bool {
        guard stack.count > limits.maxDepth else { return true }
        diagnostics.append(Diagnostic(
            code: "RG2004", message: "YAML nesting is deeper than \(limits.maxDepth) levels", range: range(event)))
        return false
    }

    /// RG2002 for each key that an earlier key of the mapping already has, pointing at the first.
    private mutating func reportDuplicateKeys(_ pairs: [YAMLPair]) {
        guard pairs.count > 1 else { return }
        // Most mappings are small: comparing with the earlier keys costs less than building a
        // dictionary for each of them.
        guard pairs.count > 16 else {
            for (index, pair) in pairs.enumerated() {
                guard let key = Self.comparableKey(pair) else { continue }
                if let first = pairs[..<index].first(where: { Self.comparableKey($0) == key }) {
                    reportDuplicate(key, at: pair.key, first: first.key)
                }
            }
            return
        }
        var seen: [String: YAMLNode] = [:]
        for pair in pairs {
            guard let key = Self.comparableKey(pair) else { continue }
            if let first = seen[key] {
                reportDuplicate(key, at: pair.key, first: first)
            } else {
                seen[key] = pair.key
            }
        }
    }

    /// The key's text when it takes part in the duplicate check: a scalar, not a merge key.
    private static func comparableKey(_ pair: YAMLPair) -> String? {
        guard let scalar = pair.key.scalar, !(scalar.style == .plain && scalar.text == "<<") else { return nil }
        return scalar.text
    }

    private mutating func reportDuplicate(_ key: String, at node: YAMLNode, first: YAMLNode) {
        diagnostics.append(Diagnostic(
            code: "RG2002",
            message: "duplicate key '\(key)' in a mapping",
            range: node.range,
            label: "defined again here",
            notes: [Diagnostic.Note("'\(key)' is first defined here", range: first.range)],
            help: "kubectl would silently keep the last value; keep one"))
    }

    private mutating func reportSyntaxError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = parser.context.map { String(cString: $0) }
        let mark = location(parser.problem_mark)
        let rawLine = min(chunk.firstLine + Int(parser.problem_mark.line), lines.starts.count - 1)
        let offset = lines.starts[rawLine] + lines.byteColumn(line: rawLine, characters: Int(parser.problem_mark.column)) - 1
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "\t") {
            diagnostics.append(Diagnostic(
                code: "RG2003",
                message: "tab character in YAML indentation",
                range: SourceRange(start: mark, end: SourceLocation(line: mark.line, column: mark.column + 1)),
                label: "tab",
                help: "indent with spaces only"))
            return
        }
        var message = problem
        if let context { message = "\(context), \(problem)" }
        var notes: [Diagnostic.Note] = []
        if context != nil {
            let contextMark = location(parser.context_mark)
            if contextMark != mark { notes.append(Diagnostic.Note("the construct started here", range: SourceRange(start: contextMark, end: SourceLocation(line: contextMark.line, column: contextMark.column + 1)))) }
        }
        let atLineEnd = offset >= bytes.count || bytes[offset] == UInt8(ascii: "\n") || bytes[offset] == UInt8(ascii: "\r")
        diagnostics.append(Diagnostic(
            code: "RG2001", message: message,
            range: SourceRange(start: mark, end: SourceLocation(line: mark.line, column: mark.column + (atLineEnd ? 0 : 1))),
            notes: notes))
    }

    // MARK: positions and strings

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        let line = chunk.firstLine + Int(mark.line)
        guard line < lines.starts.count else {
            // libyaml puts the end of a text without a final line break on the line after it.
            let last = lines.starts.count - 1
            let end = SourceLocation(line: last + 1, column: lines.line(last).count + 1)
            return origin?.project(end) ?? end
        }
        let local = SourceLocation(line: line + 1, column: lines.byteColumn(line: line, characters: Int(mark.column)))
        return origin?.project(local) ?? local
    }

    private func range(_ event: yaml_event_t) -> SourceRange {
        SourceRange(start: location(event.start_mark), end: location(event.end_mark))
    }

    private func string(_ pointer: UnsafeMutablePointer<UInt8>?, _ length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private func scalarStyle(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}

/// Applies YAML merge keys (`<<: *base`): merged pairs take the place of the `<<` pair, and keys
/// written in the mapping itself win over merged ones.
enum MergeKeys {
    static func apply(_ pairs: [YAMLPair]) -> [YAMLPair] {
        guard pairs.contains(where: isMerge) else { return pairs }
        let explicit = Set(pairs.filter { !isMerge($0) }.compactMap { $0.key.scalar?.text })
        var seen = explicit
        var out: [YAMLPair] = []
        for pair in pairs {
            guard isMerge(pair) else {
                out.append(pair)
                continue
            }
            let sources = pair.value.items ?? [pair.value]
            for source in sources {
                for merged in source.pairs ?? [] {
                    guard let key = merged.key.scalar?.text, !seen.contains(key) else { continue }
                    seen.insert(key)
                    out.append(merged)
                }
            }
        }
        return out
    }

    private static func isMerge(_ pair: YAMLPair) -> Bool {
        pair.key.scalar?.style == .plain && pair.key.scalar?.text == "<<"
    }
}
