import RecipeDiagnostics

/// Edge statements: groups joined by `&`, arrows of every stroke and length, edge text.
extension FlowchartParser {
    /// An arrow as written, before it joins two groups.
    struct Link {
        var stroke: FlowEdge.Stroke
        var sourceHead: FlowEdge.Head = .none
        var targetHead: FlowEdge.Head = .none
        var length = 1
        var label: FlowLabel?
        var id: String?
        var start: Int
        var end: Int
    }

    /// `group (link group)*`; a group alone only defines nodes.
    mutating func parseEdgeStatement() throws {
        var left = try parseGroup()
        while true {
            let save = pos
            skipInlineSpace()
            if isStatementEnd(pos) || src.matches("%%", at: pos) {
                pos = save
                return
            }
            guard let link = try parseLink() else {
                throw failure(
                    .unexpected(found: describe(at: pos), expected: "an arrow such as '-->' or a new line",
                        help: src[pos] == UInt8(ascii: "&") ? "put spaces on both sides of '&'" : nil),
                    pos)
            }
            skipInlineSpace()
            if isStatementEnd(pos) || src.matches("%%", at: pos) {
                throw failure(
                    .unexpected(found: describe(at: pos), expected: "a node after the arrow"),
                    link.start, link.end)
            }
            let right = try parseGroup()
            try addEdges(from: left, to: right, link: link)
            left = right
        }
    }

    /// `node (WS & WS node)*`.
    mutating func parseGroup() throws -> [NodeReference] {
        var group = [try parseNode()]
        while true {
            let save = pos
            skipInlineSpace()
            guard pos > save, src[pos] == UInt8(ascii: "&"), isInlineSpace(pos + 1) || isNewline(pos + 1)
            else {
                pos = save
                return group
            }
            let ampersand = pos
            pos += 1
            skipInlineSpace()
            if isStatementEnd(pos) || linkStrokeAhead() {
                throw failure(
                    .unexpected(found: describe(at: pos), expected: "a node after '&'"), ampersand)
            }
            group.append(try parseNode())
        }
    }

    /// Whether an arrow starts at `pos` (used to explain `A & --> B`).
    func linkStrokeAhead() -> Bool {
        src.matches("--", at: pos) || src.matches("==", at: pos) || src.matches("-.", at: pos)
            || src.matches("~~", at: pos) || src.matches("<-", at: pos)
    }

    /// One edge per pair of the Cartesian product, in mermaid's order.
    mutating func addEdges(from left: [NodeReference], to right: [NodeReference], link: Link) throws {
        for source in left {
            for target in right {
                guard builder.edges.count < MermaidParser.maxEdges else {
                    throw failure(
                        .limitExceeded("more than \(MermaidParser.maxEdges) edges"), link.start, link.end)
                }
                var edge = FlowEdge(
                    source: .node(0), target: .node(0), stroke: link.stroke,
                    sourceHead: link.sourceHead, targetHead: link.targetHead, length: link.length,
                    range: src.range(link.start, link.end))
                edge.label = link.label
                // In `A & B e1@--> C & D` only the last start with the first end gets the id.
                if source.id == left.last?.id, target.id == right.first?.id { edge.id = link.id }
                builder.addEdge(from: source.id, to: target.id, edge: edge)
            }
        }
    }

    /// Reads an arrow at `pos` with its text; nil (and `pos` unchanged) when there is none.
    mutating func parseLink() throws -> Link? {
        let start = pos
        let id = scanEdgeID()
        let opStart = pos
        var sourceHead = FlowEdge.Head.none
        if let head = Self.head(src[pos]), src[pos] != UInt8(ascii: ">"),
            src.matches("--", at: pos + 1) || src.matches("==", at: pos + 1) || src.matches("-.", at: pos + 1)
        {
            sourceHead = head
            pos += 1
        }
        try rejectWrongArrow(at: pos)
        let strokeByte = src[pos]
        var link: Link
        if src.matches("~~~", at: pos) {
            var count = 0
            while src[pos] == UInt8(ascii: "~") {
                pos += 1
                count += 1
            }
            link = Link(stroke: .invisible, length: min(max(count - 2, 1), 10), start: start, end: pos)
        } else if src.matches("-.", at: pos) {
            link = try parseDottedLink(start: start, opStart: opStart)
        } else if src.matches("--", at: pos) || src.matches("==", at: pos) {
            link = try parseSolidLink(start: start, opStart: opStart, strokeByte: strokeByte)
        } else {
            pos = start
            return nil
        }
        link.sourceHead = sourceHead
        link.id = id
        if src[pos] == UInt8(ascii: ">") {
            throw failure(
                .notAnArrow(src.text(opStart, pos + 1), suggestion: src.text(opStart, pos)), opStart,
                pos + 1)
        }
        try parsePipeLabel(into: &link)
        return link
    }

    /// `e1@` before an arrow; nil (and `pos` unchanged) when there is none.
    mutating func scanEdgeID() -> String? {
        var index = pos
        while index < src.count, !isInlineSpace(index), !isNewline(index), src[index] != UInt8(ascii: "@") {
            index += 1
        }
        guard index > pos, src[index] == UInt8(ascii: "@") else { return nil }
        let next = src[index + 1]
        guard next == UInt8(ascii: "-") || next == UInt8(ascii: "=") || next == UInt8(ascii: "~")
            || next == UInt8(ascii: "<")
        else { return nil }
        let id = src.text(pos, index)
        pos = index + 1
        return id
    }

    /// The head a character stands for at an arrow end.
    static func head(_ byte: UInt8) -> FlowEdge.Head? {
        switch byte {
        case UInt8(ascii: ">"), UInt8(ascii: "<"): .arrow
        case UInt8(ascii: "o"): .circle
        case UInt8(ascii: "x"): .cross
        default: nil
        }
    }

    /// Throws for `->`, `=>`, `<-` alone and typographic dashes.
    func rejectWrongArrow(at offset: Int) throws {
        if src.matches("->", at: offset) {
            throw failure(.notAnArrow("->", suggestion: "-->"), offset, offset + 2)
        }
        if src.matches("=>", at: offset) {
            throw failure(.notAnArrow("=>", suggestion: "==>"), offset, offset + 2)
        }
        let (scalar, length) = src.scalar(at: offset)
        if isDash(scalar) {
            var end = offset + length
            if src[end] == UInt8(ascii: ">") { end += 1 }
            throw failure(.notAnArrow(src.text(offset, end), suggestion: "-->"), offset, end)
        }
    }

    /// `--…[->ox]`, `==…[=>ox]`, or `--`/`==` opening edge text.
    mutating func parseSolidLink(start: Int, opStart: Int, strokeByte: UInt8) throws -> Link {
        let stroke: FlowEdge.Stroke = strokeByte == UInt8(ascii: "=") ? .thick : .normal
        var count = 0
        while src[pos] == strokeByte {
            pos += 1
            count += 1
        }
        if let head = Self.head(src[pos]), src[pos] != UInt8(ascii: "<") {
            pos += 1
            return Link(stroke: stroke, targetHead: head, length: min(count - 1, 10), start: start, end: pos)
        }
        if count >= 3 {
            return Link(stroke: stroke, length: min(count - 2, 10), start: start, end: pos)
        }
        return try parseInlineText(stroke: stroke, start: start, opStart: opStart)
    }

    /// `-.…-[>ox]?`, or `-.` opening edge text.
    mutating func parseDottedLink(start: Int, opStart: Int) throws -> Link {
        var index = pos + 1
        var dots = 0
        while src[index] == UInt8(ascii: ".") {
            index += 1
            dots += 1
        }
        guard src[index] == UInt8(ascii: "-") else {
            pos += 2
            return try parseInlineText(stroke: .dotted, start: start, opStart: opStart)
        }
        pos = index + 1
        var link = Link(stroke: .dotted, length: min(dots, 10), start: start, end: pos)
        if let head = Self.head(src[pos]), src[pos] != UInt8(ascii: "<") {
            link.targetHead = head
            pos += 1
            link.end = pos
        }
        return link
    }

    /// `|text|` after an arrow, if present.
    mutating func parsePipeLabel(into link: inout Link) throws {
        let save = pos
        skipInlineSpace()
        guard src[pos] == UInt8(ascii: "|") else {
            pos = save
            return
        }
        let open = pos
        pos += 1
        var inner = pos
        while isInlineSpace(inner) { inner += 1 }
        let label: FlowLabel
        if src[inner] == UInt8(ascii: "\"") {
            pos = inner
            label = try appendingText(to: try parseQuotedLabel(owner: "an edge")) { parser in
                parser.src[parser.pos] == UInt8(ascii: "|") || parser.src[parser.pos] == UInt8(ascii: "\"")
            }
        } else {
            let textStart = pos
            while pos < src.count, src[pos] != UInt8(ascii: "|") { pos += 1 }
            label = FlowLabel(
                text: decodeLabelText(src.text(textStart, pos)), kind: .plain,
                range: src.range(textStart, pos))
        }
        guard src[pos] == UInt8(ascii: "|") else {
            if pos >= src.count {
                throw failure(.unclosed(what: "edge text '|'", expected: "a closing '|'"), open)
            }
            throw failure(.unexpected(found: describe(at: pos), expected: "'|' to close the edge text"), pos)
        }
        pos += 1
        if label.text.isEmpty { throw failure(.emptyLabel(of: "an edge"), open, pos) }
        link.label = label
        link.end = pos
    }
}
