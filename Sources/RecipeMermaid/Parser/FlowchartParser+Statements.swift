import RecipeDiagnostics

/// The header, the statement loop and the keyword statements.
extension FlowchartParser {
    /// Parses `flowchart|graph|flowchart-elk [DIR]`; false (with RG4001) for other diagram types.
    mutating func parseHeader() throws -> Bool {
        let start = pos
        var end = pos
        while end < src.count, isWordByte(end) || src[end] == UInt8(ascii: "-") { end += 1 }
        let word = src.text(start, end)
        guard word == "flowchart" || word == "graph" || word == "flowchart-elk" else {
            if MermaidParser.otherDiagramTypes.contains(word) {
                warn(.unsupportedDiagram(word), start, end)
                return false
            }
            let shown = end > start ? word : (pos < src.count ? describe(at: pos) : "")
            throw failure(.noDiagramType(found: shown.trimmingCharacters("'")), start, max(end, start + 1))
        }
        pos = end
        builder.chart.headerRange = src.range(start, end)
        if word == "flowchart-elk" {
            warn(.ignored("the ELK layout of 'flowchart-elk' (drawn with the layered layout)"), start, end)
        }
        if src[pos] == UInt8(ascii: ";") {
            throw failure(
                .unexpected(found: "';'", expected: "a direction or a new line after '\(word)'"), pos)
        }
        guard isInlineSpace(pos) else {
            if !isStatementEnd(pos) {
                throw failure(.noDiagramType(found: src.text(start, lineEnd(from: start))), start, end)
            }
            return true
        }
        skipInlineSpace()
        if isStatementEnd(pos) || src.matches("%%", at: pos) { return true }
        builder.chart.direction = try parseDirection()
        builder.chart.headerRange = src.range(start, pos)
        if src[pos] == UInt8(ascii: ";") { return true }
        skipInlineSpace()
        if src.matches("%%", at: pos) && !src.matches("%%{", at: pos) {
            throw failure(.trailingComment, pos, lineEnd(from: pos))
        }
        guard isStatementEnd(pos) && src[pos] != UInt8(ascii: ";") else {
            let help = src[pos] == UInt8(ascii: ";") ? "write the ';' right after the direction" : nil
            throw failure(
                .unexpected(found: describe(at: pos), expected: "a new line after the direction", help: help),
                pos)
        }
        return true
    }

    /// Reads a direction token (`TB TD BT LR RL > < ^ v`).
    mutating func parseDirection() throws -> Flowchart.Direction {
        let start = pos
        while pos < src.count, !isStatementEnd(pos), !isInlineSpace(pos) { pos += scalarLength(at: pos) }
        switch src.text(start, pos) {
        case "TB", "TD", "v": return .topToBottom
        case "BT", "^": return .bottomToTop
        case "LR", ">": return .leftToRight
        case "RL", "<": return .rightToLeft
        case let other: throw failure(.invalidDirection(other), start, pos)
        }
    }

    /// Parses statements until the end of input, or until `end` when inside a subgraph;
    /// returns whether an `end` stopped it.
    @discardableResult
    mutating func parseBody(depth: Int) throws -> Bool {
        while true {
            skipInlineSpace()
            if pos >= src.count { return false }
            if isNewline(pos) {
                skipNewline()
                continue
            }
            if src[pos] == UInt8(ascii: ";") {
                pos += 1
                continue
            }
            if try skipComment() { continue }
            if keyword("end", at: pos) {
                if isEndStatement(pos) {
                    guard depth > 0 else { throw failure(.strayEnd, pos, pos + 3) }
                    pos += 3
                    return true
                }
                throw failure(.keywordAsID("end"), pos, pos + 3)
            }
            try parseStatement(depth: depth)
            if closedSubgraphBeforeStatement {
                // `end B`: the next statement follows on the same line.
                closedSubgraphBeforeStatement = false
                continue
            }
            try expectStatementEnd()
        }
    }

    /// Whether `end` at `offset` is followed only by spaces and a separator.
    /// Mermaid also lets another statement follow `end ` on its line (`end B`), but not an arrow.
    func isEndStatement(_ offset: Int) -> Bool {
        var index = offset + 3
        let spaced = isInlineSpace(index)
        while isInlineSpace(index) { index += inlineSpaceLength(index) }
        if isStatementEnd(index) || src.matches("%%", at: index) { return true }
        let arrowAhead = src.matches("--", at: index) || src.matches("==", at: index)
            || src.matches("-.", at: index) || src.matches("~~", at: index)
            || src.matches("<-", at: index) || src[index] == UInt8(ascii: "&")
            || src.matches("->", at: index)
        return spaced && !arrowAhead
    }

    /// After a statement: spaces, then a new line, `;` or the end of input.
    mutating func expectStatementEnd() throws {
        skipInlineSpace()
        if isStatementEnd(pos) { return }
        if src.matches("%%{", at: pos) {
            _ = try skipComment()
            return try expectStatementEnd()
        }
        if src.matches("%%", at: pos) { throw failure(.trailingComment, pos, lineEnd(from: pos)) }
        throw failure(.unexpected(found: describe(at: pos), expected: "a new line or ';'"), pos)
    }

    /// One statement starting at `pos` (not blank, not a comment, not `end`).
    mutating func parseStatement(depth: Int) throws {
        let start = pos
        for word in ["subgraph", "classDef", "class", "style", "linkStyle"] as [StaticString]
        where keyword(word, at: pos) {
            let after = pos + word.utf8CodeUnitCount
            if !isInlineSpace(after) && !isStatementEnd(after) && !src.matches("%%", at: after) {
                throw failure(.keywordAsID(String(describing: word)), pos, after)
            }
        }
        if keyword("subgraph", at: pos) { return try parseSubgraph(depth: depth) }
        if keyword("classDef", at: pos) { return try parseClassDef() }
        if keyword("class", at: pos) { return try parseClass() }
        if keyword("style", at: pos) { return try parseStyle() }
        if keyword("linkStyle", at: pos) { return try parseLinkStyle() }
        if keyword("flowchart-elk", at: pos) || keyword("flowchart", at: pos) || keyword("graph", at: pos) {
            let end = lineEnd(from: pos)
            throw failure(.unexpected(found: "a second diagram header", expected: "a statement"), start, end)
        }
        if keyword("direction", at: pos), isInlineSpace(pos + 9) {
            pos += 9
            skipInlineSpace()
            if isStatementEnd(pos) {
                throw failure(.missingArgument(statement: "direction", expected: "TB, BT, LR or RL"), start, pos)
            }
            builder.setDirection(try parseDirection())
            return
        }
        if keyword("click", at: pos), isInlineSpace(pos + 5) { return try parseClick() }
        if keyword("accTitle", at: pos) || keyword("accDescr", at: pos) {
            var index = pos + 8
            while isInlineSpace(index) { index += inlineSpaceLength(index) }
            if src[index] == UInt8(ascii: ":") || (src.matches("accDescr", at: pos) && src[index] == UInt8(ascii: "{")) {
                return try parseAccessibility()
            }
        }
        try parseEdgeStatement()
    }

    /// `subgraph head` … `end`.
    mutating func parseSubgraph(depth: Int) throws {
        let start = pos
        guard depth < MermaidParser.maxSubgraphDepth else {
            throw failure(
                .limitExceeded("subgraphs nested deeper than \(MermaidParser.maxSubgraphDepth)"),
                start, start + 8)
        }
        pos += 8
        guard isInlineSpace(pos) else {
            if isStatementEnd(pos) { throw failure(.bareSubgraph, start, pos) }
            throw failure(.keywordAsID("subgraph"), start, pos)
        }
        skipInlineSpace()
        if isStatementEnd(pos) || src.matches("%%", at: pos) { throw failure(.bareSubgraph, start, pos) }
        let (id, title) = try parseSubgraphHead()
        builder.openSubgraph(FlowSubgraph(id: id, title: title, range: src.range(start, pos)))
        try expectStatementEnd()
        guard try parseBody(depth: depth + 1) else {
            throw failure(
                .unclosed(what: "subgraph '\(id)'", expected: "'end'"), start, start + 8)
        }
        builder.closeSubgraph(endOffset: src.location(pos))
        var next = pos
        while isInlineSpace(next) { next += inlineSpaceLength(next) }
        closedSubgraphBeforeStatement = !isStatementEnd(next) && !src.matches("%%", at: next)
    }

    /// The id and title after `subgraph ` (reference §9's table).
    mutating func parseSubgraphHead() throws -> (String, FlowLabel) {
        if src[pos] == UInt8(ascii: "\"") {
            let label = try parseQuotedLabel(owner: "the subgraph")
            let afterQuote = pos
            skipInlineSpace()
            if src[pos] == UInt8(ascii: "[") {
                // `subgraph "id" [title]`
                let title = try parseShapeLabel(open: "[", closers: ["]"], owner: "subgraph '\(label.text)'").label
                return (label.text, title)
            }
            pos = afterQuote
            let text = label.text
            let hasSpace = text.contains { $0 == " " || $0 == "\t" || $0.isNewline }
            return (hasSpace ? autoSubgraphID() : text, label)
        }
        let idStart = pos
        let id = try scanNodeID()
        let afterID = pos
        skipInlineSpace()
        if src[pos] == UInt8(ascii: "[") {
            let title = try parseShapeLabel(open: "[", closers: ["]"], owner: "subgraph '\(id)'").label
            return (id, title)
        }
        if isStatementEnd(pos) || src.matches("%%", at: pos) {
            pos = afterID
            return (id, FlowLabel(text: id, kind: .plain, range: src.range(idStart, afterID)))
        }
        // Several words: the whole rest is the title (without brackets, pipes or quotes).
        var end = pos
        while !isStatementEnd(end) {
            switch src[end] {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "\""), UInt8(ascii: "["):
                throw failure(
                    .unexpected(
                        found: describe(at: end), expected: "a title of plain words",
                        help: "write 'subgraph \(id)[\"…\"]' for a title with brackets"),
                    end)
            default:
                end += 1
            }
        }
        var trimmed = end
        while trimmed > idStart, isInlineSpace(trimmed - 1) { trimmed -= 1 }
        pos = end
        let text = decodeLabelText(src.text(idStart, trimmed))
        return (autoSubgraphID(), FlowLabel(text: text, kind: .plain, range: src.range(idStart, trimmed)))
    }

    /// `subGraphN`, numbered like mermaid (by the count of subgraphs so far).
    func autoSubgraphID() -> String { "subGraph\(builder.subgraphs.count)" }

    /// `click id …`: parsed only as far as its end, then ignored with a warning.
    mutating func parseClick() throws {
        let start = pos
        var words = 0
        var index = pos + 5
        while !isStatementEnd(index) {
            while isInlineSpace(index) { index += inlineSpaceLength(index) }
            if isStatementEnd(index) { break }
            words += 1
            while !isStatementEnd(index), !isInlineSpace(index) { index += 1 }
        }
        if words < 2 {
            throw failure(
                .missingArgument(statement: "click", expected: "a node id and a URL or callback"),
                start, index)
        }
        var inQuote = false
        while pos < src.count {
            if src[pos] == UInt8(ascii: "\"") { inQuote.toggle() }
            if !inQuote && isStatementEnd(pos) { break }
            if inQuote && isNewline(pos) { break }
            pos += 1
        }
        warn(.clickIgnored, start, pos)
    }

    /// `accTitle: …`, `accDescr: …` and `accDescr { … }`.
    mutating func parseAccessibility() throws {
        let isTitle = src.matches("accTitle", at: pos)
        pos += 8
        skipInlineSpace()
        if src[pos] == UInt8(ascii: "{") {
            let open = pos
            pos += 1
            let textStart = pos
            while pos < src.count, src[pos] != UInt8(ascii: "}") { pos += 1 }
            guard pos < src.count else {
                throw failure(.unclosed(what: "'accDescr {'", expected: "'}'"), open, open + 1)
            }
            builder.chart.accessibleDescription = decodeLabelText(src.text(textStart, pos))
            pos += 1
            return
        }
        pos += 1  // ':'
        let end = lineEnd(from: pos)
        let text = decodeLabelText(src.text(pos, end))
        pos = end
        if isTitle { builder.chart.accessibleTitle = text } else { builder.chart.accessibleDescription = text }
    }
}

extension String {
    /// The string without one layer of `character` at both ends.
    func trimmingCharacters(_ character: Character) -> String {
        guard count >= 2, first == character, last == character else { return self }
        return String(dropFirst().dropLast())
    }
}
