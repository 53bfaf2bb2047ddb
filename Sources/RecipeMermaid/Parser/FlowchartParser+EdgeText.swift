import RecipeDiagnostics

/// Inline edge text: `A -- text --> B`, `A == text ==> B`, `A -. text .-> B`.
extension FlowchartParser {
    /// Reads the text after an opening `--`, `==` or `-.` (at `pos`) up to its closing arrow.
    ///
    /// The text may span lines and contain single dashes; it ends at the first `--`, `==` or `.-`
    /// of its stroke, which must then form a closing arrow. A head on the opening part must match
    /// the closing head (mermaid parses `x-- t -->` but cannot draw it).
    mutating func parseInlineText(stroke: FlowEdge.Stroke, start: Int, opStart: Int) throws -> Link {
        let textStart = pos
        let opener = src.text(opStart, pos)
        var label: FlowLabel?
        var inner = pos
        while isInlineSpace(inner) { inner += 1 }
        if src[inner] == UInt8(ascii: "\"") {
            pos = inner
            label = try appendingText(to: try parseQuotedLabel(owner: "an edge")) { parser in
                parser.isClosingStart(stroke) || parser.src[parser.pos] == UInt8(ascii: "\"")
            }
        }
        let textEnd: Int
        while true {
            guard pos < src.count else {
                throw failure(
                    .unclosed(what: "edge text after '\(opener)'", expected: closingExample(stroke)),
                    opStart, textStart)
            }
            if isClosingStart(stroke) { break }
            // Mermaid's lexer has no rule for a lone '=' in thick or '.' in dotted edge text.
            let strokeCharacter: UInt8? =
                stroke == .thick ? UInt8(ascii: "=") : stroke == .dotted ? UInt8(ascii: ".") : nil
            if let strokeCharacter, src[pos] == strokeCharacter {
                let character = String(UnicodeScalar(strokeCharacter))
                throw failure(
                    .unexpected(
                        found: "'\(character)' inside \(stroke.rawValue) edge text",
                        expected: "\(closingExample(stroke)) or text without '\(character)'",
                        help: "quote the edge text, or use the '-->|text|' form"),
                    pos)
            }
            if label != nil {
                throw failure(
                    .unexpected(found: describe(at: pos), expected: "\(closingExample(stroke)) after the quoted edge text"),
                    pos)
            }
            pos += 1
        }
        textEnd = pos
        var link = try parseClosing(stroke: stroke, start: start, opStart: opStart)
        if label == nil {
            label = FlowLabel(
                text: decodeLabelText(src.text(textStart, textEnd)), kind: .plain,
                range: src.range(textStart, textEnd))
        }
        if let label, label.text.isEmpty { throw failure(.emptyLabel(of: "an edge"), opStart, link.end) }
        link.label = label
        if let openHead = Self.head(src[opStart]),
            src.matches("--", at: opStart + 1) || src.matches("==", at: opStart + 1)
                || src.matches("-.", at: opStart + 1),
            openHead != link.targetHead
        {
            throw failure(
                .mismatchedHeads(open: opener, close: src.text(textEnd, link.end).trimmingSpaces()),
                opStart, link.end)
        }
        return link
    }

    /// An example closing arrow for messages.
    func closingExample(_ stroke: FlowEdge.Stroke) -> String {
        switch stroke {
        case .thick: "an arrow such as '==>'"
        case .dotted: "an arrow such as '.->'"
        default: "an arrow such as '-->'"
        }
    }

    /// Whether a closing part of `stroke` may start at `pos`.
    func isClosingStart(_ stroke: FlowEdge.Stroke) -> Bool {
        switch stroke {
        case .thick: return src.matches("==", at: pos)
        case .dotted: return src[pos] == UInt8(ascii: ".") && closingDots(from: pos) != nil
        default: return src.matches("--", at: pos)
        }
    }

    /// For `.…-` at `offset`: the offset of the `-`.
    func closingDots(from offset: Int) -> Int? {
        var index = offset
        while src[index] == UInt8(ascii: ".") { index += 1 }
        return src[index] == UInt8(ascii: "-") ? index : nil
    }

    /// Reads the closing arrow at `pos` (`-->`, `---`, `--x`, `==>`, `.->`, `.-`, …).
    mutating func parseClosing(stroke: FlowEdge.Stroke, start: Int, opStart: Int) throws -> Link {
        let closeStart = pos
        var link = Link(stroke: stroke, start: start, end: pos)
        if stroke == .dotted, let dash = closingDots(from: pos) {
            link.length = min(dash - pos, 10)
            pos = dash + 1
        } else {
            let strokeByte = src[pos]
            var count = 0
            while src[pos] == strokeByte {
                pos += 1
                count += 1
            }
            if let head = Self.head(src[pos]), src[pos] != UInt8(ascii: "<") {
                link.length = min(count - 1, 10)
                link.targetHead = head
                pos += 1
                link.end = pos
                return link
            }
            guard count >= 3 else {
                let symbol = strokeByte == UInt8(ascii: "=") ? "==" : "--"
                throw failure(
                    .unexpected(
                        found: "'\(symbol)' inside edge text", expected: closingExample(stroke),
                        help: "quote the edge text, or use the '-->|text|' form"),
                    closeStart, pos)
            }
            link.length = min(count - 2, 10)
            link.end = pos
            return link
        }
        if let head = Self.head(src[pos]), src[pos] != UInt8(ascii: "<") {
            link.targetHead = head
            pos += 1
        }
        link.end = pos
        return link
    }
}
