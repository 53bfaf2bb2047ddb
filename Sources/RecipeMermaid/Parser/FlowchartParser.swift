import RecipeDiagnostics

/// The recursive-descent flowchart parser over UTF-8 bytes (grammar: the reference's §16).
///
/// Needs: a ``SourceText``. Guarantees: ranges lie inside the text; the first error stops the
/// parse (thrown as ``MermaidFailure``); warnings collected before it are kept; subgraph nesting
/// is bounded by ``MermaidParser/maxSubgraphDepth``; every loop advances `pos`.
struct FlowchartParser {
    let src: SourceText
    var pos = 0
    /// What the statements say so far. It lives behind a reference so the parser stays small:
    /// the many non-mutating helpers called from mutating methods would otherwise copy a large
    /// inline builder on each call.
    private let builderStorage = BuilderStorage()
    var builder: FlowchartBuilder {
        _read { yield builderStorage.value }
        nonmutating _modify { yield &builderStorage.value }
    }
    var warnings: [Diagnostic] = []
    var frontmatterTitle: String?
    /// Set when `end` closed a subgraph and another statement follows on its line.
    var closedSubgraphBeforeStatement = false
    /// Configuration read before the header, applied to the flowchart once it exists.
    var pendingCurve: String?
    var pendingNodeSpacing: Double?
    var pendingRankSpacing: Double?

    init(_ source: SourceText) {
        src = source
    }

    /// Parses the whole text.
    mutating func run() -> MermaidParseResult {
        do {
            try skipLeadingTrivia()
            guard try parseHeader() else {
                return MermaidParseResult(flowchart: nil, diagnostics: warnings)
            }
            try parseBody(depth: 0)
            var chart = builder.build()
            chart.title = frontmatterTitle
            if chart.curve == nil { chart.curve = pendingCurve }
            chart.nodeSpacing = pendingNodeSpacing
            chart.rankSpacing = pendingRankSpacing
            return MermaidParseResult(flowchart: chart, diagnostics: warnings)
        } catch let failure as MermaidFailure {
            return MermaidParseResult(
                flowchart: nil, diagnostics: warnings + [failure.issue.diagnostic(at: failure.range)])
        } catch {
            return MermaidParseResult(flowchart: nil, diagnostics: warnings)
        }
    }

    // MARK: Failing and warning

    /// A failure between two offsets.
    func failure(_ issue: MermaidIssue, _ start: Int, _ end: Int? = nil) -> MermaidFailure {
        let end = end ?? min(start + max(scalarLength(at: start), 1), max(src.count, start))
        return MermaidFailure(issue: issue, range: src.range(start, end))
    }

    /// Records a warning between two offsets.
    mutating func warn(_ issue: MermaidIssue, _ start: Int, _ end: Int) {
        warnings.append(issue.diagnostic(at: src.range(start, end)))
    }

    /// How the token at `offset` reads in a message: `'x'`, `a new line` or `the end of the diagram`.
    func describe(at offset: Int) -> String {
        if offset >= src.count { return "the end of the diagram" }
        if isNewline(offset) { return "a new line" }
        var end = offset
        while end < src.count, end - offset < 24, !isNewline(end), !isInlineSpace(end) {
            end += scalarLength(at: end)
        }
        return "'\(src.text(offset, max(end, offset + 1)))'"
    }

    // MARK: Characters

    func scalarLength(at offset: Int) -> Int {
        offset < src.count ? src.scalar(at: offset).1 : 0
    }

    /// Length of the space, tab or NBSP at `offset`, or 0.
    func inlineSpaceLength(_ offset: Int) -> Int {
        let byte = src[offset]
        if byte == 0x20 || byte == 0x09 { return 1 }
        if byte == 0xC2 && src[offset + 1] == 0xA0 { return 2 }
        return 0
    }

    func isInlineSpace(_ offset: Int) -> Bool { inlineSpaceLength(offset) > 0 }

    func isNewline(_ offset: Int) -> Bool { src[offset] == 0x0A || src[offset] == 0x0D }

    /// Whether `offset` ends a statement: a new line, `;` or the end of input.
    func isStatementEnd(_ offset: Int) -> Bool {
        offset >= src.count || isNewline(offset) || src[offset] == UInt8(ascii: ";")
    }

    mutating func skipInlineSpace() {
        var length = inlineSpaceLength(pos)
        while length > 0 {
            pos += length
            length = inlineSpaceLength(pos)
        }
    }

    /// Skips one line ending (`\r\n` counts as one).
    mutating func skipNewline() {
        if src[pos] == 0x0D && src[pos + 1] == 0x0A { pos += 2 } else { pos += 1 }
    }

    /// Whether only spaces precede `offset` on its line.
    func isLineStart(_ offset: Int) -> Bool {
        var index = offset - 1
        while index >= 0, !isNewline(index) {
            if src[index] != 0x20 && src[index] != 0x09 && src[index] != 0xA0 && src[index] != 0xC2 {
                return false
            }
            index -= 1
        }
        return true
    }

    /// Offset of the end of the line containing `offset` (before its line ending).
    func lineEnd(from offset: Int) -> Int {
        var end = offset
        while end < src.count, !isNewline(end) { end += 1 }
        return end
    }

    /// Whether the ASCII word-ish byte at `offset` continues a keyword (jison's implicit `\b`).
    func isWordByte(_ offset: Int) -> Bool {
        let byte = src[offset]
        return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
            || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }

    /// Whether keyword `word` is at `offset`, followed by a non-word character.
    func keyword(_ word: StaticString, at offset: Int) -> Bool {
        src.matches(word, at: offset) && !isWordByte(offset + word.utf8CodeUnitCount)
    }

    // MARK: Trivia

    /// Skips `%%` comments and `%%{…}%%` directives; returns whether it skipped one.
    /// A comment after other text on its line is an error (mermaid cannot parse it either).
    mutating func skipComment() throws -> Bool {
        guard src.matches("%%", at: pos) else { return false }
        if src.matches("%%{", at: pos) {
            let start = pos
            var index = pos + 3
            while index < src.count, !src.matches("}%%", at: index) { index += 1 }
            guard index < src.count else {
                throw failure(.unclosed(what: "directive '%%{'", expected: "'}%%'"), start, start + 3)
            }
            applyConfiguration(from: start + 3, to: index)
            pos = index + 3
            return true
        }
        guard isLineStart(pos) else { throw failure(.trailingComment, pos, lineEnd(from: pos)) }
        pos = lineEnd(from: pos)
        return true
    }

    /// Skips blank lines, comments, directives and the frontmatter before the header.
    mutating func skipLeadingTrivia() throws {
        if src.matches("---", at: 0) && isDashLine(0) { try skipFrontmatter() }
        while pos < src.count {
            if isInlineSpace(pos) {
                skipInlineSpace()
            } else if isNewline(pos) {
                skipNewline()
            } else if src.matches("---", at: pos) && isDashLine(pos) && isLineStart(pos) {
                throw failure(.frontmatterNotFirst, pos, pos + 3)
            } else if try !skipComment() {
                return
            }
        }
    }

    /// Whether the line at `offset` is `---` followed only by spaces.
    func isDashLine(_ offset: Int) -> Bool {
        guard src.matches("---", at: offset) else { return false }
        var index = offset + 3
        while isInlineSpace(index) { index += inlineSpaceLength(index) }
        return index >= src.count || isNewline(index)
    }

    /// Skips `---` … `---` at the very start, keeping a top-level `title:`.
    mutating func skipFrontmatter() throws {
        pos = lineEnd(from: 0)
        let configStart = pos
        while pos < src.count {
            skipNewline()
            if isDashLine(pos) {
                if pos <= configStart + 2 {
                    throw failure(
                        .unexpected(found: "empty frontmatter", expected: "'key: value' lines between the '---' lines"),
                        0, 3)
                }
                applyConfiguration(from: configStart, to: pos)
                pos = lineEnd(from: pos)
                return
            }
            let end = lineEnd(from: pos)
            if src.matches("title:", at: pos) {
                var value = src.text(pos + 6, end).trimmingSpaces()
                if value.count >= 2, let first = value.first, first == "\"" || first == "'",
                    value.last == first
                {
                    value = String(value.dropFirst().dropLast())
                }
                frontmatterTitle = value
            }
            pos = end
        }
        throw failure(.unclosed(what: "frontmatter '---'", expected: "a closing '---' line"), 0, 3)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs, NBSPs and line breaks.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\u{A0}" || $0.isNewline
        }
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20,
            last < 0x80
        {
            return self
        }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}

/// The one builder of a ``FlowchartParser``.
private final class BuilderStorage {
    var value = FlowchartBuilder(headerRange: SourceRange(line: 1, column: 1))
}
