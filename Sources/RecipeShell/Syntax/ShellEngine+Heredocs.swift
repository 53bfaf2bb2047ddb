import RecipeDiagnostics

extension ShellEngine {
    /// Registers the heredoc whose operator and delimiter word were just read; its body is read
    /// after the current line. Returns the body's index in ``heredocs``.
    func registerHeredoc(op: String, opRange: SourceRange, delimiter: ShellWord) -> Int {
        let index = heredocs.count
        heredocs.append(
            ShellHeredoc(
                delimiter: delimiter.value, isQuoted: delimiter.isQuoted, stripsTabs: op == "<<-",
                text: "", startLine: opRange.start.line + 1, columnOffsets: [], isTerminated: false)
        )
        pendingHeredocs.append(
            PendingHeredoc(
                index: index, delimiter: delimiter.value, stripsTabs: op == "<<-",
                isQuoted: delimiter.isQuoted, operatorRange: opRange))
        return index
    }

    /// Reads the bodies of the pending heredocs, one after another, from `pos` (a line start).
    ///
    /// A body ends at the first line that is exactly the delimiter (after leading tabs for
    /// `<<-`); without one it runs to the end of input, which bash accepts with a warning and
    /// recipegen reports.
    func readHeredocBodies() {
        let pending = pendingHeredocs
        pendingHeredocs = []
        for heredoc in pending { readBody(heredoc) }
    }

    private func readBody(_ heredoc: PendingHeredoc) {
        let delimiter = Array(heredoc.delimiter.utf8)
        let bodyStart = pos
        var text: [UInt8] = []
        var offsets: [Int] = []
        var nearMiss: (line: Int, text: String)?
        var terminated = false
        var bodyEnd = pos
        while pos < limit {
            var lineEnd = pos
            while lineEnd < limit && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var contentStart = pos
            if heredoc.stripsTabs {
                while contentStart < lineEnd && bytes[contentStart] == 0x09 { contentStart += 1 }
            }
            var contentEnd = lineEnd
            if contentEnd > contentStart && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let line = bytes[contentStart..<contentEnd]
            if line.elementsEqual(delimiter) {
                bodyEnd = pos
                span(pos, lineEnd, .delimiter)
                pos = min(lineEnd + 1, limit)
                terminated = true
                break
            }
            if nearMiss == nil, isNearMiss(line, delimiter) {
                nearMiss = (source.location(pos).line, String(decoding: line, as: UTF8.self))
            }
            offsets.append(contentStart - pos)
            text += bytes[contentStart..<min(lineEnd + 1, limit)]
            pos = min(lineEnd + 1, limit)
            if lineEnd >= limit { break }
        }
        if !terminated { bodyEnd = pos }
        span(bodyStart, bodyEnd, .heredoc)
        heredocs[heredoc.index].text = String(decoding: text, as: UTF8.self)
        heredocs[heredoc.index].columnOffsets = offsets
        heredocs[heredoc.index].startLine = source.location(bodyStart).line
        heredocs[heredoc.index].isTerminated = terminated
        if !heredoc.isQuoted { checkKubernetesReferences(bodyStart, bodyEnd, heredoc.delimiter) }
        guard !terminated else { return }
        endsUnfinished = true
        if openHeredoc == nil { openHeredoc = (heredoc.delimiter, heredoc.stripsTabs) }
        var help = "end the here-document with a line that holds only '\(heredoc.delimiter)'"
        if let nearMiss {
            help =
                "line \(nearMiss.line) ('\(nearMiss.text)') is not the terminator: it must be exactly '\(heredoc.delimiter)'"
            if heredoc.stripsTabs { help += "; '<<-' strips tabs only, not spaces" }
        }
        warnings.append(
            Diagnostic(
                code: "RG3003",
                message: "here-document delimited by end of file (wanted '\(heredoc.delimiter)')",
                range: heredoc.operatorRange, help: help))
    }

    /// A line that is the delimiter with blanks around it, quotes, or a `)` after it.
    private func isNearMiss(_ line: ArraySlice<UInt8>, _ delimiter: [UInt8]) -> Bool {
        let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }
        var end = trimmed.endIndex
        while end > trimmed.startIndex, trimmed[end - 1] == 0x20 || trimmed[end - 1] == 0x09 {
            end -= 1
        }
        var core = trimmed[trimmed.startIndex..<end]
        if core.first == UInt8(ascii: "'") || core.first == UInt8(ascii: "\"") {
            core = core.dropFirst().dropLast()
        }
        if core.last == UInt8(ascii: ")") { core = core.dropLast() }
        return core.elementsEqual(delimiter)
    }

    /// `$(VAR)` in an unquoted heredoc: Kubernetes' dependent environment variable syntax,
    /// which the shell runs as the command `VAR` before kubectl sees the manifest.
    private func checkKubernetesReferences(_ start: Int, _ end: Int, _ delimiter: String) {
        var cursor = start
        while cursor + 3 < end {
            defer { cursor += 1 }
            guard bytes[cursor] == UInt8(ascii: "$"), bytes[cursor + 1] == UInt8(ascii: "("),
                cursor == start || bytes[cursor - 1] != UInt8(ascii: "\\")
            else { continue }
            var close = cursor + 2
            while close < end, (bytes[close] >= 0x41 && bytes[close] <= 0x5A) || bytes[close] == UInt8(ascii: "_")
                || (close > cursor + 2 && bytes[close] >= 0x30 && bytes[close] <= 0x39)
            {
                close += 1
            }
            guard close > cursor + 2, close < end, bytes[close] == UInt8(ascii: ")") else { continue }
            let text = source.text(cursor, close + 1)
            warnings.append(
                Diagnostic(
                    code: "RG3006",
                    message: "'\(text)' in an unquoted here-document is run by the shell as a command, not left for Kubernetes",
                    range: source.range(cursor, close + 1),
                    help: "quote the delimiter (<<'\(delimiter)') so that the manifest keeps '\(text)'"))
        }
    }
}
