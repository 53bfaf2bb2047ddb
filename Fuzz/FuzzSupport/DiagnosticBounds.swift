import RecipeDiagnostics

/// Checks that diagnostics point into the text they were reported on.
///
/// Lines are counted at LF (a CR before it belongs to the line break); when the text holds a
/// lone CR, a range is also accepted if it fits the text split at CR, LF and CR LF alike, since
/// some parsers treat CR as a line end, and also if it fits the text split at LF with the CR
/// kept in the line, as the shell parser reads it. Columns are 1-based UTF-8 bytes, end exclusive, and may
/// stand one past the end of a line. A range may end at column 1 of the line after the last.
/// Ranges are never empty (`SourceRange(line:column:length:)` keeps one byte), so a one-byte
/// range that starts one past the end of its line (pointing at the line break or the end of
/// the text) is inside.
public enum DiagnosticBounds {
    /// Every diagnostic whose primary range, or a note's range in the same file, lies outside
    /// `text`, described in one line each.
    public static func violations(_ diagnostics: [Diagnostic], in text: String) -> [String] {
        let lf = lineLengths(text, universal: false)
        let hasCR = text.utf8.contains(UInt8(ascii: "\r"))
        let universal = hasCR ? lineLengths(text, universal: true) : lf
        // A shell script keeps the CR of a CR LF as a character of its line, as bash does.
        let keepingCR = hasCR ? text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(\.count) : lf
        var found: [String] = []
        for diagnostic in diagnostics {
            var ranges = [diagnostic.range]
            ranges += diagnostic.notes.filter { $0.file == nil || $0.file == diagnostic.file }.compactMap(\.range)
            for range in ranges where !fits(range, lf) && !fits(range, universal) && !fits(range, keepingCR) {
                found.append("\(diagnostic.code) '\(diagnostic.message.prefix(120))' at \(range) is outside the text (\(lf.count) lines)")
            }
        }
        return found
    }

    static func fits(_ range: SourceRange, _ lines: [Int]) -> Bool {
        func inside(_ location: SourceLocation) -> Bool {
            guard location.line >= 1, location.column >= 1 else { return false }
            if location.line == lines.count + 1 { return location.column == 1 }
            guard location.line <= lines.count else { return false }
            return location.column <= lines[location.line - 1] + 1
        }
        let caretAtLineEnd = range.start.line == range.end.line && range.end.column == range.start.column + 1
            && range.start.line >= 1 && range.start.line <= lines.count && range.start.column == lines[range.start.line - 1] + 1
        return inside(range.start) && (inside(range.end) || caretAtLineEnd) && range.start <= range.end
    }

    /// The byte length of every line (without its line break).
    static func lineLengths(_ text: String, universal: Bool) -> [Int] {
        var lengths: [Int] = []
        var current = 0
        var previousCR = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                if previousCR && universal {
                    previousCR = false
                    continue
                }
                lengths.append(previousCR ? current - 1 : current)
                current = 0
                previousCR = false
            } else if byte == UInt8(ascii: "\r") && universal {
                lengths.append(current)
                current = 0
                previousCR = true
            } else {
                previousCR = byte == UInt8(ascii: "\r")
                current += 1
            }
        }
        lengths.append(current)
        return lengths
    }
}
