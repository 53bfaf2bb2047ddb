import RecipeDiagnostics

/// Keeps diagnostic ranges inside the file they name.
///
/// Embedded parsers report positions in their block's coordinates, and a position at the end of
/// a block (the end of stream of a YAML fence, the end of an unclosed fence, a blank line shorter
/// than the fence's indentation) can project past the end of a file line. Renderers and editors
/// expect every range inside the text, so such positions are moved back to the end of their line
/// (or of the file). Guarantees: the result's start and end lie in the text and start <= end.
enum DiagnosticClamp {
    /// `diagnostic` with its range and same-file note ranges clamped to `lines` (each line's
    /// byte count, line breaks excluded).
    static func clamp(_ diagnostic: Diagnostic, lines: [Int]) -> Diagnostic {
        var copy = diagnostic
        copy.range = clamp(diagnostic.range, lines: lines)
        copy.notes = diagnostic.notes.map { note in
            var note = note
            if note.file == nil || note.file == diagnostic.file, let range = note.range { note.range = clamp(range, lines: lines) }
            return note
        }
        return copy
    }

    static func clamp(_ range: SourceRange, lines: [Int]) -> SourceRange {
        let start = clamp(range.start, lines: lines)
        let end = max(start, clamp(range.end, lines: lines))
        return SourceRange(start: start, end: end)
    }

    static func clamp(_ location: SourceLocation, lines: [Int]) -> SourceLocation {
        guard !lines.isEmpty else { return SourceLocation(line: 1, column: 1) }
        if location.line > lines.count { return SourceLocation(line: lines.count, column: lines[lines.count - 1] + 1) }
        let line = max(location.line, 1)
        return SourceLocation(line: line, column: min(max(location.column, 1), lines[line - 1] + 1))
    }

    /// The byte count of every line of `text` (split at LF, a CR before it not counted).
    static func lineLengths(_ text: String) -> [Int] {
        var lengths: [Int] = []
        var length = 0
        var endsWithCR = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                lengths.append(endsWithCR ? length - 1 : length)
                length = 0
                endsWithCR = false
            } else {
                length += 1
                endsWithCR = byte == UInt8(ascii: "\r")
            }
        }
        if text.isEmpty || text.utf8.last == UInt8(ascii: "\n") {
            lengths.append(0)
        } else {
            lengths.append(endsWithCR ? length - 1 : length)
        }
        return lengths
    }
}
