import RecipeDiagnostics

/// A word being read: its value after quote removal and where each byte came from.
struct WordBuilder {
    var value: [UInt8] = []
    var offsets: [Int] = []
    var expansions: [String] = []
    var isQuoted = false
    var substitutions: [ShellList] = []

    mutating func append(_ byte: UInt8, at offset: Int) {
        value.append(byte)
        offsets.append(offset)
    }

    /// Room for `count` bytes, so that a word of that length grows its buffers only once.
    mutating func reserve(_ count: Int) {
        value.reserveCapacity(count)
        offsets.reserveCapacity(count)
    }

    mutating func expansion(_ text: String, at offset: Int) {
        append(0, at: offset)
        expansions.append(text)
    }
}

extension ShellEngine {
    /// Reads one word from `pos` (which is not a blank or an operator).
    func readWord() throws -> ShellWord {
        let start = pos
        if readsPlainWords, let plain = readPlainWord() { return plain }
        var word = WordBuilder()
        // Most words end at the next blank; quotes may make them longer.
        var blank = pos
        while blank < limit, bytes[blank] != 0x20, bytes[blank] != 0x0A, bytes[blank] != 0x09 { blank += 1 }
        word.reserve(blank - pos)
        wordLoop: while pos < limit {
            let c = bytes[pos]
            switch c {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"),
                UInt8(ascii: ")"):
                break wordLoop
            case UInt8(ascii: "("):
                guard isArrayAssignment(word, start: start) else { break wordLoop }
                try readArray(into: &word)
            case UInt8(ascii: "<"), UInt8(ascii: ">"):
                if let end = placeholderEnd(at: pos), c == UInt8(ascii: "<") {
                    readPlaceholder(end: end, into: &word)
                } else if byte(pos + 1) == UInt8(ascii: "(") {
                    try readCommandSubstitution(opener: 2, into: &word)
                } else {
                    break wordLoop
                }
            case UInt8(ascii: "\\"):
                readEscape(into: &word)
            case UInt8(ascii: "'"):
                try readSingleQuoted(into: &word)
            case UInt8(ascii: "\""):
                try readDoubleQuoted(into: &word)
            case UInt8(ascii: "$"):
                try readDollar(into: &word)
            case UInt8(ascii: "`"):
                try readBacktick(into: &word)
            default:
                word.append(c, at: pos)
                pos += 1
            }
        }
        return ShellWord(
            range: source.range(start, pos), value: String(decoding: word.value, as: UTF8.self),
            offsets: word.offsets, expansions: word.expansions, isQuoted: word.isQuoted,
            substitutions: word.substitutions)
    }

    /// `\x` outside quotes: `x` itself; `\` before a newline joins the lines.
    private func readEscape(into word: inout WordBuilder) {
        guard let next = byte(pos + 1) else {
            word.append(UInt8(ascii: "\\"), at: pos)
            pos += 1
            return
        }
        if let length = lineContinuation(at: pos) {
            pos += length
            if pos >= limit { endsUnfinished = true }
            return
        }
        if next == 0x20 || next == 0x09 { checkTrailingBlanks(after: pos) }
        word.isQuoted = true
        word.append(next, at: pos + 1)
        pos += 2
    }

    /// `\` followed only by blanks up to the end of the line: not a continuation (SC1101).
    private func checkTrailingBlanks(after backslash: Int) {
        var cursor = backslash + 1
        while let b = byte(cursor), b == 0x20 || b == 0x09 || b == 0x0D { cursor += 1 }
        guard byte(cursor) == 0x0A || cursor >= limit else { return }
        warnings.append(
            Diagnostic(
                code: "RG3004",
                message:
                    "'\\' is followed by blanks, so the line does not continue on the next one",
                range: source.range(backslash, cursor),
                help: "delete the blanks after '\\' to continue the command on the next line"))
    }

    private func readPlaceholder(end: Int, into word: inout WordBuilder) {
        let text = source.text(pos, end)
        warnings.append(
            Diagnostic(
                code: "RG3005",
                message:
                    "'\(text)' is a placeholder; the command cannot be checked or run as written",
                range: source.range(pos, end),
                help: "write a real value, or quote the placeholder if it is meant literally"))
        span(pos, end, .placeholder, rank: 2)
        word.expansion(text, at: pos)
        pos = end
    }

    func readSingleQuoted(into word: inout WordBuilder) throws {
        let start = pos
        pos += 1
        word.isQuoted = true
        while pos < limit, bytes[pos] != UInt8(ascii: "'") {
            word.append(bytes[pos], at: pos)
            pos += 1
        }
        guard pos < limit else {
            throw unclosed(start, 1, "the matching single quote")
        }
        pos += 1
        noteRepairing(start)
        span(start, pos, .string, rank: 1)
    }

    /// Remembers a string that spans lines and is followed directly by a word character.
    private func noteRepairing(_ start: Int) {
        guard let next = byte(pos), isNameByte(next) || next == UInt8(ascii: "$"),
            bytes[start..<pos].contains(0x0A)
        else { return }
        suspectStrings.append((start, pos - 1))
    }

    func readDoubleQuoted(into word: inout WordBuilder) throws {
        let start = pos
        pos += 1
        word.isQuoted = true
        // Expansions inside the quotes rank above the string's own span.
        nest += 1
        while pos < limit, bytes[pos] != UInt8(ascii: "\"") {
            let c = bytes[pos]
            if c == UInt8(ascii: "\\"), let next = byte(pos + 1) {
                if next == 0x0A {
                    pos += 2
                } else if next == UInt8(ascii: "$") || next == UInt8(ascii: "`")
                    || next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\")
                {
                    word.append(next, at: pos + 1)
                    pos += 2
                } else {
                    word.append(c, at: pos)
                    pos += 1
                }
            } else if c == UInt8(ascii: "$") {
                try readDollar(into: &word)
            } else if c == UInt8(ascii: "`") {
                try readBacktick(into: &word)
            } else {
                word.append(c, at: pos)
                pos += 1
            }
        }
        nest -= 1
        guard pos < limit else { throw unclosed(start, 1, "the matching double quote") }
        pos += 1
        noteRepairing(start)
        span(start, pos, .string, rank: 1)
    }

    /// `$…`: a variable, `${…}`, `$(…)`, `$((…))`, `$'…'`, `$"…"`, or a lone `$`.
    func readDollar(into word: inout WordBuilder) throws {
        let start = pos
        guard let next = byte(pos + 1) else {
            word.append(UInt8(ascii: "$"), at: pos)
            pos += 1
            return
        }
        switch next {
        case UInt8(ascii: "'"):
            try readANSIC(into: &word)
        case UInt8(ascii: "\""):
            pos += 1
            try readDoubleQuoted(into: &word)
        case UInt8(ascii: "("):
            if byte(pos + 2) == UInt8(ascii: "("),
                let end = try arithmeticEnd(from: pos + 3, opener: pos)
            {
                pos = end
                word.expansion(source.text(start, end), at: start)
                span(start, end, .variable, rank: 2)
            } else {
                try readCommandSubstitution(opener: 2, into: &word)
            }
        case UInt8(ascii: "{"):
            try readParameterExpansion(into: &word)
        case UInt8(ascii: "["):
            var cursor = pos + 2
            while let b = byte(cursor), b != UInt8(ascii: "]") { cursor += 1 }
            guard cursor < limit else {
                throw unclosed(start, 2, "']' of this arithmetic expansion")
            }
            pos = cursor + 1
            word.expansion(source.text(start, pos), at: start)
        default:
            if isNameByte(next) && !(next >= 0x30 && next <= 0x39) {
                pos += 1
                while let b = byte(pos), isNameByte(b) { pos += 1 }
            } else if "0123456789@*#?$!-".utf8.contains(next) {
                pos += 2
            } else {
                word.append(UInt8(ascii: "$"), at: pos)
                pos += 1
                return
            }
            word.expansion(source.text(start, pos), at: start)
            span(start, pos, .variable, rank: 2)
        }
    }

    /// `$'…'` with C escapes; each decoded byte is placed at its backslash.
    private func readANSIC(into word: inout WordBuilder) throws {
        let start = pos
        pos += 2
        word.isQuoted = true
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "n"): 0x0A, UInt8(ascii: "t"): 0x09, UInt8(ascii: "r"): 0x0D,
            UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "'"): 0x27, UInt8(ascii: "\""): 0x22,
            UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "e"): 0x1B,
            UInt8(ascii: "f"): 0x0C, UInt8(ascii: "v"): 0x0B, UInt8(ascii: "?"): 0x3F,
        ]
        while pos < limit, bytes[pos] != UInt8(ascii: "'") {
            if bytes[pos] == UInt8(ascii: "\\"), let next = byte(pos + 1) {
                if let decoded = simple[next] {
                    word.append(decoded, at: pos)
                    pos += 2
                } else {
                    word.append(next, at: pos)
                    pos += 2
                }
            } else {
                word.append(bytes[pos], at: pos)
                pos += 1
            }
        }
        guard pos < limit else { throw unclosed(start, 2, "the matching single quote") }
        pos += 1
        span(start, pos, .string, rank: 1)
    }

    /// The offset just past the `))` closing a `$((` whose body starts at `from`, or nil when
    /// the parentheses show it is a `$( (subshell) )` instead.
    func arithmeticEnd(from: Int, opener: Int) throws -> Int? {
        var cursor = from
        var depth = 0
        while let b = byte(cursor) {
            if b == UInt8(ascii: "(") {
                depth += 1
            } else if b == UInt8(ascii: ")") {
                if depth == 0 { return byte(cursor + 1) == UInt8(ascii: ")") ? cursor + 2 : nil }
                depth -= 1
            } else if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") {
                var close = cursor + 1
                while let q = byte(close), q != b { close += 1 }
                cursor = close
            }
            cursor += 1
        }
        throw unclosed(opener, 3, "'))' of this arithmetic expansion")
    }

    /// `$(…)` or `<(…)`/`>(…)`: parses the program inside.
    func readCommandSubstitution(opener: Int, into word: inout WordBuilder) throws {
        let start = pos
        pos += opener
        guard depth < Self.maxDepth else { throw tooDeep(start) }
        span(start, pos, .variable, rank: 2)
        nest += 1
        depth += 1
        openConstructs.append(("$(", "')'", source.range(start, start + opener)))
        var items: [ShellAndOr] = []
        _ = try parseList(terminators: [")"], sink: &items)
        let close = try next()
        guard close.op == ")" else { throw unexpected(close) }
        openConstructs.removeLast()
        depth -= 1
        span(close.start, close.end, .variable, rank: 2)
        nest -= 1
        word.substitutions.append(ShellList(items: items))
        word.expansion(source.text(start, pos), at: start)
    }

    /// `${…}`: balanced on braces, honouring quotes and nested expansions.
    private func readParameterExpansion(into word: inout WordBuilder) throws {
        let start = pos
        pos += 2
        var scratch = WordBuilder()
        var braces = 1
        while braces > 0 {
            guard pos < limit else { throw unclosed(start, 2, "'}' of this parameter expansion") }
            let c = bytes[pos]
            switch c {
            case UInt8(ascii: "\\"): pos += 2
            case UInt8(ascii: "'"): try readSingleQuoted(into: &scratch)
            case UInt8(ascii: "\""): try readDoubleQuoted(into: &scratch)
            case UInt8(ascii: "$"): try readDollar(into: &scratch)
            case UInt8(ascii: "`"): try readBacktick(into: &scratch)
            case UInt8(ascii: "{"):
                braces += 1
                pos += 1
            case UInt8(ascii: "}"):
                braces -= 1
                pos += 1
            default: pos += 1
            }
        }
        pos = min(pos, limit)
        word.substitutions += scratch.substitutions
        word.expansion(source.text(start, pos), at: start)
        span(start, pos, .variable, rank: 2)
    }

    /// `` `…` ``: the text up to the next unescaped backtick, parsed as a program.
    func readBacktick(into word: inout WordBuilder) throws {
        let start = pos
        var cursor = pos + 1
        while let b = byte(cursor), b != UInt8(ascii: "`") {
            cursor += b == UInt8(ascii: "\\") ? 2 : 1
        }
        guard cursor < limit else { throw unclosed(start, 1, "the matching backtick") }
        guard depth < Self.maxDepth else { throw tooDeep(start) }
        let inner = ShellEngine(
            source: source, start: start + 1, limit: cursor, recordsSpans: recordsSpans,
            depth: depth + 1)
        inner.nest = nest + 1
        if let error = inner.parseProgram() { throw error }
        spans += inner.spans
        warnings += inner.warnings
        word.substitutions.append(ShellList(items: inner.topItems))
        pos = cursor + 1
        word.expansion(source.text(start, pos), at: start)
        span(start, start + 1, .variable, rank: 2)
        span(cursor, pos, .variable, rank: 2)
    }

    private func isArrayAssignment(_ word: WordBuilder, start: Int) -> Bool {
        guard !word.isQuoted, word.expansions.isEmpty, word.value.last == UInt8(ascii: "="),
            let first = word.value.first, isLetter(first) || first == UInt8(ascii: "_")
        else { return false }
        return word.value.dropLast().allSatisfy { isNameByte($0) || $0 == UInt8(ascii: "+") }
    }

    /// `NAME=(a b c)`: kept as one dynamic piece.
    private func readArray(into word: inout WordBuilder) throws {
        let start = pos
        pos += 1
        var scratch = WordBuilder()
        while pos < limit, bytes[pos] != UInt8(ascii: ")") {
            switch bytes[pos] {
            case UInt8(ascii: "'"): try readSingleQuoted(into: &scratch)
            case UInt8(ascii: "\""): try readDoubleQuoted(into: &scratch)
            case UInt8(ascii: "$"): try readDollar(into: &scratch)
            default: pos += 1
            }
        }
        guard pos < limit else { throw unclosed(start, 1, "')' of this array") }
        pos += 1
        word.expansion(source.text(start, pos), at: start)
    }

    func unclosed(_ start: Int, _ length: Int, _ what: String) -> ShellSyntaxError {
        var error = ShellSyntaxError(
            code: "RG3002", message: "unexpected end of file while looking for \(what)",
            range: source.range(start, start + length), atEOF: true,
            notes: [Diagnostic.Note("the input ends here", range: source.range(limit, limit))])
        if let suspect = suspectStrings.last(where: { $0.close < start }) {
            let close = source.location(suspect.close)
            error.notes.append(
                Diagnostic.Note(
                    "the quote opened here may be the one left open: it only closes at \(close), right before a word",
                    range: source.range(suspect.start, suspect.start + 1)))
        }
        return error
    }

    func tooDeep(_ start: Int) -> ShellSyntaxError {
        ShellSyntaxError(
            code: "RG3001", message: "commands are nested more than \(Self.maxDepth) levels deep",
            range: source.range(start, start + 1), atEOF: false)
    }
}
