import RecipeDiagnostics

/// Keeps the parser's diagnostic ranges inside the text. libyaml counts a lone CR as a line
/// break and puts the end of a text without a final line break on the line after it, so its
/// marks can name lines or columns the LF-split text does not have; those are moved back to the
/// end of the nearest line. Guarantees: every clamped range lies in the text, start <= end.
extension LineTable {
    func clamp(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        copy.range = clamp(diagnostic.range)
        copy.notes = diagnostic.notes.map { note in
            var note = note
            if note.file == nil, let range = note.range { note.range = clamp(range) }
            return note
        }
        return copy
    }

    func clamp(_ range: SourceRange) -> SourceRange {
        let start = clamp(range.start)
        return SourceRange(start: start, end: max(start, clamp(range.end)))
    }

    func clamp(_ location: SourceLocation) -> SourceLocation {
        let line = min(max(location.line, 1), starts.count)
        return SourceLocation(line: line, column: min(max(location.column, 1), self.line(line - 1).count + 1))
    }
}
