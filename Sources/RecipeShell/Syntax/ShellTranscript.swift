/// Splits a fence into commands and output (section 1.3 of the shell-subset note).
///
/// The result keeps every byte offset: prompts and `> ` continuation prompts become spaces and
/// output lines become blanks, so the parser's positions are the fence's positions.
struct ShellTranscript {
    enum LineKind: Equatable {
        /// A prompted line; `prompt` bytes (prefix, `$`/`#` and the space) were blanked.
        case command(prompt: Int)
        /// A line of a command that the previous lines left unfinished; `prompt` bytes of a
        /// leading `> ` were blanked.
        case continuation(prompt: Int)
        case output
    }

    /// The text to parse.
    var text: [UInt8]
    /// The kind of each line, or nil when the whole fence is a script.
    var lines: [LineKind]?

    init(_ original: String, dialect: ShellDialect) {
        self.init(Array(original.utf8), dialect: dialect)
    }

    init(_ bytes: [UInt8], dialect: ShellDialect) {
        let lineRanges = Self.lineRanges(bytes)
        let promptOf: (ArraySlice<UInt8>) -> Int? = { line in
            Self.promptLength(line, allowsHash: dialect == .console)
        }
        let isTranscript =
            dialect == .console
            || lineRanges.contains { Self.promptLength(bytes[$0], allowsHash: false) != nil }
        guard isTranscript else {
            text = bytes
            lines = nil
            return
        }
        var text = bytes
        var kinds: [ShellTranscript.LineKind] = []
        var commandStart: Int?
        // Inside a heredoc body, lines belong to the command up to the terminator without
        // parsing the command again for each line (which would be quadratic).
        var heredoc: (delimiter: [UInt8], stripsTabs: Bool)?
        for (index, range) in lineRanges.enumerated() {
            let line = bytes[range]
            if let body = heredoc {
                kinds.append(.continuation(prompt: 0))
                if Self.isTerminator(line, body.delimiter, stripsTabs: body.stripsTabs) {
                    heredoc = nil
                }
                continue
            }
            if let start = commandStart,
                let state = Self.state(
                    text, from: lineRanges[start].lowerBound, to: range.lowerBound),
                state != .finished
            {
                var prompt = 0
                if case .heredoc(let delimiter, let stripsTabs) = state {
                    heredoc = (Array(delimiter.utf8), stripsTabs)
                    if Self.isTerminator(line, heredoc?.delimiter ?? [], stripsTabs: stripsTabs) {
                        heredoc = nil
                    }
                } else if line.starts(with: [UInt8(ascii: ">"), 0x20]) {
                    prompt = 2
                }
                for offset in range.lowerBound..<(range.lowerBound + prompt) { text[offset] = 0x20 }
                kinds.append(.continuation(prompt: prompt))
            } else if let prompt = promptOf(line) {
                for offset in range.lowerBound..<(range.lowerBound + prompt) { text[offset] = 0x20 }
                kinds.append(.command(prompt: prompt))
                commandStart = index
            } else {
                for offset in range where text[offset] != 0x0A { text[offset] = 0x20 }
                kinds.append(.output)
                commandStart = nil
            }
        }
        self.text = text
        self.lines = kinds
    }

    enum CommandState: Equatable {
        case finished
        case unfinished
        /// The next lines are the body of a heredoc ending at `delimiter`.
        case heredoc(delimiter: String, stripsTabs: Bool)
    }

    /// Whether the command from `start` up to `end` (exclusive) needs more lines, and why.
    private static func state(_ text: [UInt8], from start: Int, to end: Int) -> CommandState? {
        let chunk = Array(text[start..<end])
        let engine = ShellEngine(source: ShellSource(chunk), recordsSpans: false)
        let error = engine.parseProgram()
        if let open = engine.openHeredoc {
            return .heredoc(delimiter: open.delimiter, stripsTabs: open.stripsTabs)
        }
        return error?.atEOF == true || engine.endsUnfinished ? .unfinished : .finished
    }

    /// Whether a line is exactly a heredoc's terminator (after leading tabs for `<<-`).
    private static func isTerminator(
        _ line: ArraySlice<UInt8>, _ delimiter: [UInt8], stripsTabs: Bool
    ) -> Bool {
        var content = line
        if content.last == 0x0A { content = content.dropLast() }
        if content.last == 0x0D { content = content.dropLast() }
        if stripsTabs { content = content.drop { $0 == 0x09 } }
        return content.elementsEqual(delimiter)
    }

    /// Byte ranges of the lines, each including its newline.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            ranges.append(start..<(index + 1))
            start = index + 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// The length of a prompt at the start of `line`: up to three spaces, an optional
    /// `(venv) ` and `user@host:path` prefix, then `$` (or `#` when `allowsHash`) and a space or
    /// the end of the line.
    static func promptLength(_ line: ArraySlice<UInt8>, allowsHash: Bool) -> Int? {
        var cursor = line.startIndex
        var spaces = 0
        while cursor < line.endIndex, line[cursor] == 0x20, spaces < 3 {
            cursor += 1
            spaces += 1
        }
        if cursor < line.endIndex, line[cursor] == UInt8(ascii: "(") {
            guard let close = line[cursor...].firstIndex(of: UInt8(ascii: ")")),
                close + 1 < line.endIndex, line[close + 1] == 0x20
            else { return nil }
            cursor = close + 2
        }
        var prefix = cursor
        while prefix < line.endIndex, line[prefix] != 0x20, line[prefix] != UInt8(ascii: "$"),
            line[prefix] != UInt8(ascii: "#")
        {
            prefix += 1
        }
        if prefix > cursor {
            // user@host:path — only with an '@' in it, so that plain words are not prompts.
            guard line[cursor..<prefix].contains(UInt8(ascii: "@")) else { return nil }
            cursor = prefix
        }
        guard cursor < line.endIndex else { return nil }
        let mark = line[cursor]
        guard mark == UInt8(ascii: "$") || (allowsHash && mark == UInt8(ascii: "#")) else {
            return nil
        }
        let after = cursor + 1
        if after == line.endIndex || line[after] == 0x0A || line[after] == 0x0D {
            return after - line.startIndex
        }
        guard line[after] == 0x20 else { return nil }
        return after + 1 - line.startIndex
    }
}
