import RecipeDiagnostics

/// The shell lexer and recursive-descent parser, as one object because `$(…)` inside a word
/// holds a whole program: the word lexer calls back into the grammar.
///
/// Needs: the block's bytes. Guarantees: never reads past `limit`; recursion is bounded by
/// ``maxDepth`` (deeper input is a syntax error, not a crash); the first syntax error stops the
/// parse (as in bash) and the top-level commands before it stay in ``topItems``.
final class ShellEngine {
    static let maxDepth = 100

    let source: ShellSource
    let bytes: [UInt8]
    var pos: Int
    let limit: Int
    var peeked: ShellToken?
    /// Heredocs whose operator was read and whose body starts after the current line.
    var pendingHeredocs: [PendingHeredoc] = []
    var heredocs: [ShellHeredoc] = []
    let recordsSpans: Bool
    var spans: [ShellSpan] = []
    /// Nesting of quotes and substitutions, to rank highlight spans.
    var nest = 0
    var depth = 0
    /// Warnings (placeholders, trailing blanks after `\`, unterminated heredocs).
    var warnings: [Diagnostic] = []
    /// Constructs opened and not yet closed, innermost last, for "unexpected end of file".
    var openConstructs: [(opener: String, closer: String, range: SourceRange)] = []
    /// Set when the input ends inside a `\` continuation or an unterminated heredoc body.
    var endsUnfinished = false
    /// The heredoc whose body the input ended in (or whose body had not started yet).
    var openHeredoc: (delimiter: String, stripsTabs: Bool)?
    /// The top-level commands parsed so far.
    var topItems: [ShellAndOr] = []
    /// Quoted strings that span lines and whose closing quote is directly followed by a word
    /// character: often a quote left open earlier and "closed" by the next one (SC1078).
    var suspectStrings: [(start: Int, close: Int)] = []
    /// Whether words without quotes or expansions take the direct path of ``readWord()``
    /// (off only to compare it with the general path).
    var readsPlainWords = true

    struct PendingHeredoc {
        var index: Int
        var delimiter: String
        var stripsTabs: Bool
        var isQuoted: Bool
        var operatorRange: SourceRange
    }

    init(source: ShellSource, start: Int = 0, limit: Int? = nil, recordsSpans: Bool, depth: Int = 0)
    {
        self.source = source
        self.bytes = source.bytes
        self.pos = start
        self.limit = min(limit ?? source.bytes.count, source.bytes.count)
        self.recordsSpans = recordsSpans
        self.depth = depth
    }

    /// Parses the whole input as a program; returns the syntax error that stopped it, if any.
    func parseProgram() -> ShellSyntaxError? {
        do {
            _ = try parseList(terminators: [], sink: &topItems)
            let token = try next()
            if !token.isEOF { throw unexpected(token) }
            // A heredoc whose operator is on the last line, with no line end after it.
            if !pendingHeredocs.isEmpty { readHeredocBodies() }
            return nil
        } catch let error as ShellSyntaxError {
            return error
        } catch {
            return nil
        }
    }

    // MARK: Tokens

    func next() throws -> ShellToken {
        if let token = peeked {
            peeked = nil
            return token
        }
        return try lex()
    }

    func peek() throws -> ShellToken {
        if let token = peeked { return token }
        let token = try lex()
        peeked = token
        return token
    }

    /// The length of a `\`-newline (or `\`-CR-LF) at `offset`, if there is one.
    func lineContinuation(at offset: Int) -> Int? {
        if byte(offset + 1) == 0x0A { return 2 }
        if byte(offset + 1) == 0x0D, byte(offset + 2) == 0x0A { return 3 }
        return nil
    }

    func byte(_ offset: Int) -> UInt8? { offset < limit && offset >= 0 ? bytes[offset] : nil }

    func span(_ start: Int, _ end: Int, _ kind: ShellSpanKind, rank: Int = 0) {
        guard recordsSpans, end > start else { return }
        spans.append(ShellSpan(start: start, end: end, kind: kind, rank: nest * 4 + rank))
    }

    private func lex() throws -> ShellToken {
        skipBlanksAndComments()
        guard pos < limit else { return ShellToken(kind: .eof, start: limit, end: limit) }
        let start = pos
        let c = bytes[pos]
        if c == UInt8(ascii: "\n") {
            pos += 1
            readHeredocBodies()
            return ShellToken(kind: .newline, start: start, end: start + 1)
        }
        if let token = lexOperator() { return token }
        let word = try readWord()
        return ShellToken(kind: .word(word), start: start, end: pos)
    }

    private func skipBlanksAndComments() {
        while pos < limit {
            let c = bytes[pos]
            if c == 0x20 || c == 0x09 || c == 0x0D {
                pos += 1
            } else if c == UInt8(ascii: "\\"), let length = lineContinuation(at: pos) {
                pos += length
                if pos >= limit { endsUnfinished = true }
            } else if c == UInt8(ascii: "#") {
                let start = pos
                while pos < limit && bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
                span(start, pos, .comment, rank: 3)
            } else {
                return
            }
        }
    }

    /// Operators, longest first so that the first match is the longest one.
    private static let operatorTable: [[UInt8]] = [
        "&>>", ";;&", "<<<", "<<-", "&&", "&>", "||", "|&", ";;", ";&", "<<", "<>", "<&", ">>",
        ">&", ">|", "&", "|", ";", "(", ")", "<", ">",
    ].map { Array($0.utf8) }

    /// An operator at `pos`, with an optional file-descriptor number in front of a redirection.
    private func lexOperator() -> ShellToken? {
        let start = pos
        var cursor = pos
        var fd: Int?
        switch bytes[cursor] {
        case UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: ";"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0x30...0x39:
            break
        default:
            return nil
        }
        if bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39 {
            var number = 0
            while let b = byte(cursor), b >= 0x30 && b <= 0x39, number < 100_000 {
                number = number * 10 + Int(b - 0x30)
                cursor += 1
            }
            guard let b = byte(cursor), b == UInt8(ascii: "<") || b == UInt8(ascii: ">") else {
                return nil
            }
            fd = number
        }
        if bytes[cursor] == UInt8(ascii: "<") || bytes[cursor] == UInt8(ascii: ">"),
            byte(cursor + 1) == UInt8(ascii: "(") || placeholderEnd(at: cursor) != nil,
            fd == nil
        {
            return nil  // process substitution or <placeholder>: a word
        }
        for op in Self.operatorTable where matches(op, at: cursor) {
            pos = cursor + op.count
            span(start, pos, .op)
            return ShellToken(
                kind: .op(String(decoding: op, as: UTF8.self)), start: start, end: pos, fd: fd)
        }
        return nil
    }

    private func matches(_ op: [UInt8], at offset: Int) -> Bool {
        var index = offset
        for b in op {
            guard byte(index) == b else { return false }
            index += 1
        }
        return true
    }

    /// The end of a `<placeholder>` starting at `offset` (the Kubernetes docs' style), if any.
    func placeholderEnd(at offset: Int) -> Int? {
        guard byte(offset) == UInt8(ascii: "<"), let first = byte(offset + 1), isLetter(first)
        else { return nil }
        var cursor = offset + 2
        while let b = byte(cursor) {
            if b == UInt8(ascii: ">") { return cursor + 1 }
            guard
                isLetter(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
                    || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
            else { return nil }
            cursor += 1
        }
        return nil
    }

    func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    func isNameByte(_ b: UInt8) -> Bool {
        isLetter(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "_")
    }

    // MARK: Errors

    /// "syntax error near unexpected token", or "unexpected end of file" at the end of input.
    func unexpected(_ token: ShellToken) -> ShellSyntaxError {
        switch token.kind {
        case .eof:
            return unexpectedEOF()
        case .newline:
            return ShellSyntaxError(
                code: "RG3001", message: "syntax error near unexpected token 'newline'",
                range: source.range(token.start, token.start + 1), atEOF: false)
        case .op(let op):
            var help: String?
            if op == ";" && token.start > 0 && bytes[token.start - 1] == UInt8(ascii: "&") {
                help = "'&' already ends the command: write 'a & b', not 'a &; b'"
            } else if op == "(" && looksLikeOutput(token.start) {
                help =
                    "this line looks like command output: prefix the commands with '$ ' or move the output to its own block"
            }
            return ShellSyntaxError(
                code: "RG3001", message: "syntax error near unexpected token '\(op)'",
                range: source.range(token.start, token.end), atEOF: false, help: help)
        case .word:
            return ShellSyntaxError(
                code: "RG3001",
                message:
                    "syntax error near unexpected token '\(source.text(token.start, token.end))'",
                range: source.range(token.start, token.end), atEOF: false)
        }
    }

    /// Whether the line holding `offset` starts with an upper-case word, like a table header
    /// of kubectl's output (`NAME   TYPE   PORT(S)`).
    private func looksLikeOutput(_ offset: Int) -> Bool {
        let line = source.location(offset).line
        var cursor = source.lineStarts[line - 1]
        while let b = byte(cursor), b == 0x20 { cursor += 1 }
        var length = 0
        while let b = byte(cursor), (b >= 0x41 && b <= 0x5A) || b == UInt8(ascii: "-") {
            cursor += 1
            length += 1
        }
        return length >= 2 && (byte(cursor) == 0x20 || byte(cursor) == 0x09)
    }

    /// The end of input came while a construct was open: reported at the construct's start.
    func unexpectedEOF() -> ShellSyntaxError {
        let end = source.range(limit, limit)
        guard let open = openConstructs.last else {
            return ShellSyntaxError(
                code: "RG3002", message: "syntax error: unexpected end of file", range: end,
                atEOF: true)
        }
        return ShellSyntaxError(
            code: "RG3002",
            message: "unexpected end of file: '\(open.opener)' is never closed by \(open.closer)",
            range: open.range, atEOF: true,
            notes: [Diagnostic.Note("the input ends here", range: end)])
    }
}
