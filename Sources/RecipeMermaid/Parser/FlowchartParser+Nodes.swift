import RecipeDiagnostics

/// Node ids, shapes, labels, `:::class` and `@{…}` shape data.
extension FlowchartParser {
    /// A node as written in a statement: its id and where it is.
    struct NodeReference {
        var id: String
        var range: SourceRange
    }

    /// The keywords that break an id starting with them (reference §1).
    static let reservedWords: [StaticString] = [
        "flowchart-elk", "flowchart", "graph", "subgraph", "end", "style", "linkStyle",
        "interpolate", "classDef", "class", "_self", "_blank", "_parent", "_top",
    ]

    /// Reads an id run (reference §4); throws when there is none.
    mutating func scanNodeID() throws -> String {
        let start = pos
        // Every reserved word starts with one of these bytes; most ids do not.
        switch src[pos] {
        case UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "l"),
            UInt8(ascii: "i"), UInt8(ascii: "c"), UInt8(ascii: "_"):
            for word in Self.reservedWords where keyword(word, at: pos) {
                throw failure(.keywordAsID(String(describing: word)), pos, pos + word.utf8CodeUnitCount)
            }
        default: break
        }
        while pos < src.count {
            // A quote inside an id (not at its start) belongs to it, as in mermaid.
            let length = pos > start && src[pos] == UInt8(ascii: "\"") ? 1 : idCharacterLength(at: pos)
            if length == 0 { break }
            pos += length
        }
        guard pos > start else {
            let (scalar, length) = src.scalar(at: pos)
            if scalar.value >= 0x80, !isInlineSpace(pos), !isDash(scalar) {
                throw failure(.invalidIDCharacter(String(scalar)), pos, pos + length)
            }
            throw failure(.unexpected(found: describe(at: pos), expected: "a node id"), pos)
        }
        let id = src.text(start, pos)
        // Words of the 'click' statement: mermaid rejects them as whole ids ('callback' is fine).
        if id == "click" || id == "href" || id == "call" {
            throw failure(.keywordAsID(id), start, pos)
        }
        return id
    }

    /// Whether `scalar` is a typographic dash (checked as a wrong arrow elsewhere).
    func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2014}" || scalar == "\u{2013}" || scalar == "\u{2212}"
    }

    /// Length of the id character at `offset`, or 0 when the id ends there.
    func idCharacterLength(at offset: Int) -> Int {
        let byte = src[offset]
        let next = src[offset + 1]
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return 1
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
            UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: "."), UInt8(ascii: "`"), UInt8(ascii: "?"), UInt8(ascii: "\\"),
            UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: ","):
            return 1
        case UInt8(ascii: "-"):
            return next == UInt8(ascii: ">") || next == UInt8(ascii: "-") || next == UInt8(ascii: ".")
                ? 0 : 1
        case UInt8(ascii: "="):
            return next == UInt8(ascii: "=") || next == UInt8(ascii: ">") ? 0 : 1
        case UInt8(ascii: ":"):
            return src.matches(":::", at: offset) ? 0 : 1
        case 0x80...:
            let (scalar, length) = src.scalar(at: offset)
            return scalar.value <= 0xFFFF && scalar.properties.isAlphabetic ? length : 0
        default: return 0
        }
    }

    /// `id shape? @{…}? (:::class)?`; mentions and defines the node.
    mutating func parseNode() throws -> NodeReference {
        let start = pos
        let id = try scanNodeID()
        let idEnd = pos
        if id.utf8.contains(UInt8(ascii: "&")), id.contains("&"), id.count > 1 { warn(.ampersandInID(id), start, idEnd) }
        if src.matches("@{", at: pos) {
            let data = try parseShapeData(nodeID: id)
            if builder.isEdgeID(id) { return NodeReference(id: id, range: src.range(start, pos)) }
            builder.mention(id, range: src.range(start, idEnd))
            builder.define(id, shape: data.shape, label: data.label)
        } else {
            builder.mention(id, range: src.range(start, idEnd))
            if let (shape, label) = try parseShape(nodeID: id) {
                builder.define(id, shape: shape, label: label)
            }
        }
        if src.matches(":::", at: pos) {
            let classStart = pos
            pos += 3
            let nameStart = pos
            while isWordByte(pos) || src[pos] == UInt8(ascii: "-") { pos += 1 }
            guard pos > nameStart else {
                throw failure(
                    .missingArgument(statement: ":::", expected: "a class name after ':::'"),
                    classStart, pos)
            }
            builder.addClass(src.text(nameStart, pos), toNode: id)
        }
        return NodeReference(id: id, range: src.range(start, pos))
    }

    /// The bracket openers, longest first, with their shape and accepted closers.
    static let shapeOpeners: [(open: StaticString, closers: [(StaticString, FlowNode.Shape)])] = [
        ("(((", [(")))", .doubleCircle)]), ("((", [("))", .circle)]), ("([", [("])", .stadium)]),
        ("(-", []), ("(", [(")", .rounded)]), ("[[", [("]]", .subroutine)]),
        ("[(", [(")]", .cylinder)]), ("[/", [("/]", .leanRight), ("\\]", .trapezoid)]),
        ("[\\", [("\\]", .leanLeft), ("/]", .invertedTrapezoid)]), ("[|", []),
        ("[", [("]", .rectangle)]), ("{{", [("}}", .hexagon)]), ("{", [("}", .diamond)]),
        (">", [("]", .asymmetric)]),
    ]

    /// A shape written right after the id, if any.
    mutating func parseShape(nodeID: String) throws -> (FlowNode.Shape, FlowLabel)? {
        guard let opener = Self.shapeOpeners.first(where: { src.matches($0.open, at: pos) }) else {
            return nil
        }
        if opener.closers.isEmpty {
            let name = src.matches("(-", at: pos) ? "(-…-)" : "[|…|]"
            throw failure(
                .unsupportedShape(name, reason: "mermaid parses it but cannot draw it"), pos,
                pos + 2)
        }
        let result = try parseShapeLabel(
            open: opener.open, closers: opener.closers.map(\.0), owner: "node '\(nodeID)'")
        return (opener.closers[result.closer].1, result.label)
    }

    /// Reads `open label closer`; returns the label and which closer ended it.
    mutating func parseShapeLabel(
        open: StaticString, closers: [StaticString], owner: String
    ) throws -> (label: FlowLabel, closer: Int) {
        let openStart = pos
        pos += open.utf8CodeUnitCount
        let openText = String(describing: open)
        var inner = pos
        while isInlineSpace(inner) || isNewline(inner) { inner += 1 }
        let label: FlowLabel
        if src[inner] == UInt8(ascii: "\"") {
            pos = inner
            label = try appendingText(to: try parseQuotedLabel(owner: owner)) { parser in
                parser.isShapeStop(closers)
            }
        } else {
            label = try parseUnquotedText(openStart: openStart, openText: openText, closers: closers)
        }
        guard let closer = closers.firstIndex(where: { src.matches($0, at: pos) }) else {
            if pos >= src.count {
                throw failure(
                    .unclosed(what: "'\(openText)' of \(owner)", expected: expected(closers)),
                    openStart, openStart + openText.utf8.count)
            }
            throw failure(
                .unexpected(
                    found: describe(at: pos), expected: "\(expected(closers)) to close '\(openText)' at \(src.location(openStart))",
                    help: src[pos] == UInt8(ascii: "\"") || label.kind != .plain
                        ? "quote the whole label: \(nodeHint(openText, closers))" : nil),
                pos)
        }
        pos += closers[closer].utf8CodeUnitCount
        if label.text.isEmpty {
            throw failure(.emptyLabel(of: owner), openStart, pos)
        }
        return (label, closer)
    }

    /// Whether unquoted text following a quoted label stops at `pos`.
    func isShapeStop(_ closers: [StaticString]) -> Bool {
        if closers.contains(where: { src.matches($0, at: pos) }) { return true }
        let byte = src[pos]
        return byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
            || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "\"")
    }

    /// Mermaid joins unquoted words after a quoted label to it (`["x" y]` is "x y"); reads
    /// them up to `stop` and leaves `pos` there.
    mutating func appendingText(
        to label: FlowLabel, stop: (FlowchartParser) -> Bool
    ) throws -> FlowLabel {
        let start = pos
        while pos < src.count, !stop(self) { pos += 1 }
        let rest = decodeLabelText(src.text(start, pos))
        guard !rest.isEmpty else { return label }
        var joined = label
        joined.text = label.text.isEmpty ? rest : label.text + " " + rest
        joined.range = SourceRange(start: label.range.start, end: src.location(pos))
        return joined
    }

    private func expected(_ closers: [StaticString]) -> String {
        closers.map { "'\(String(describing: $0))'" }.joined(separator: " or ")
    }

    private func nodeHint(_ open: String, _ closers: [StaticString]) -> String {
        "'\(open)\"…\"\(closers.first.map { String(describing: $0) } ?? "")'"
    }

    /// Unquoted label text: anything but `[ ] ( ) { } | "` (and `/]`, `\]` closers).
    mutating func parseUnquotedText(
        openStart: Int, openText: String, closers: [StaticString]
    ) throws -> FlowLabel {
        let start = pos
        try rejectEdgeIDPrefix(openText: openText, closers: closers)
        while pos < src.count {
            if closers.contains(where: { src.matches($0, at: pos) }) { break }
            let byte = src[pos]
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "(")
                || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
                || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "\"")
            {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[")
                    || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "|")
                {
                    let closer = closers.first.map { String(describing: $0) } ?? "]"
                    throw failure(
                        .unexpected(
                            found: "'\(String(UnicodeScalar(byte)))' in an unquoted label",
                            expected: "'\(closer)' or text without brackets, pipes and quotes",
                            help: "quote the whole label: '\(openText)\"…\"\(closer)'"),
                        pos)
                }
                break
            }
            pos += 1
        }
        return FlowLabel(
            text: decodeLabelText(src.text(start, pos)), kind: .plain, range: src.range(start, pos))
    }

    /// Mermaid lexes a label that starts with `word@` (not followed by `{` or `"`) as an edge
    /// id and fails (`A[sa@project.iam]`); `A[the user@x]` and quoted labels are fine.
    func rejectEdgeIDPrefix(openText: String, closers: [StaticString]) throws {
        var index = pos
        while index < src.count, !isInlineSpace(index), !isNewline(index), !isShapeStop(at: index, closers),
            src[index] != UInt8(ascii: "@")
        {
            index += 1
        }
        guard index > pos, src[index] == UInt8(ascii: "@"), src[index + 1] != UInt8(ascii: "{"),
            src[index + 1] != UInt8(ascii: "\"")
        else { return }
        let closer = closers.first.map { String(describing: $0) } ?? "]"
        throw failure(
            .unexpected(
                found: "'\(src.text(pos, index + 1))' at the start of an unquoted label",
                expected: "text without 'word@' (mermaid reads it as an edge id)",
                help: "quote the whole label: '\(openText)\"…\"\(closer)'"),
            pos, index + 1)
    }

    /// Whether an unquoted label would stop at `offset`.
    func isShapeStop(at offset: Int, _ closers: [StaticString]) -> Bool {
        if closers.contains(where: { src.matches($0, at: offset) }) { return true }
        switch src[offset] {
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }

    /// `"…"` (or ``"`…`"``, a Markdown string), which may span lines.
    mutating func parseQuotedLabel(owner: String) throws -> FlowLabel {
        let start = pos
        pos += 1
        while pos < src.count, src[pos] != UInt8(ascii: "\"") { pos += 1 }
        guard pos < src.count else {
            throw failure(.unclosed(what: "quoted text of \(owner)", expected: "'\"'"), start, start + 1)
        }
        var raw = src.text(start + 1, pos)
        pos += 1
        var kind = FlowLabel.Kind.quoted
        if raw.utf8.first == UInt8(ascii: "`"), raw.utf8.last == UInt8(ascii: "`"), raw.count >= 2, raw.first == "`",
            raw.last == "`"
        {
            kind = .markdown
            raw = String(raw.dropFirst().dropLast())
        }
        return FlowLabel(text: decodeLabelText(raw), kind: kind, range: src.range(start, pos))
    }

    /// Decodes `#name;` and `#123;` entity codes and trims the ends.
    func decodeLabelText(_ raw: String) -> String {
        EntityDecoder.decode(raw).trimmingSpaces()
    }
}
