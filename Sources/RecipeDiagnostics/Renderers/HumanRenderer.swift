/// The terminal format: a header, the location, the source line with a caret, notes and help.
///
/// ```
/// error[RG2121]: nodePort 80 is outside the node-port range 30000-32767
///   --> networking/nodeport.md:42:17
///    |
/// 42 |       nodePort: 80
///    |                 ^^ not in 30000-32767
///    = help: pick a port from 30000 to 32767, or leave nodePort out
/// ```
struct HumanRenderer {
    let color: Bool
    let source: (String) -> String?
    private var lineCache: [String: SourceLines] = [:]

    init(color: Bool, source: @escaping (String) -> String?) {
        self.color = color
        self.source = source
    }

    mutating func render(_ d: Diagnostic) -> String {
        var out = paint(d.severity.rawValue + "[\(d.code)]", severityStyle(d.severity))
        out += paint(": " + d.message, "1") + "\n"
        let file = d.file ?? "<input>"
        let lineText = d.file.flatMap { sourceLine($0, d.range.start.line) }
        let gutter = String(repeating: " ", count: String(d.range.start.line).count)
        out += gutter + paint("--> ", "34;1") + "\(file):\(d.range.start.line):\(d.range.start.column)\n"
        if let lineText {
            let number = String(d.range.start.line)
            out += gutter + paint(" |", "34;1") + "\n"
            out += paint(number + " |", "34;1") + " " + lineText + "\n"
            let endColumn = d.range.end.line == d.range.start.line
                ? d.range.end.column : lineText.utf8.count + 1
            let (pad, width) = Self.caretSpan(
                lineText, startColumn: d.range.start.column, endColumn: endColumn)
            var caret = pad + String(repeating: "^", count: max(width, 1))
            if let label = d.label { caret += " " + label }
            out += gutter + paint(" |", "34;1") + " " + paint(caret, severityStyle(d.severity)) + "\n"
        }
        if let path = d.fieldPath {
            out += gutter + paint(" =", "34;1") + " field: \(path)\n"
        }
        for note in d.notes {
            var text = note.message
            if let range = note.range {
                text += " (\(note.file ?? file):\(range.start.line):\(range.start.column))"
            }
            out += gutter + paint(" =", "34;1") + " note: \(text)\n"
        }
        if let help = d.help {
            out += gutter + paint(" =", "34;1") + " help: \(help)\n"
        }
        return out + "\n"
    }

    /// The padding before the caret and the caret's width, in display columns, for a byte range
    /// of `line`. Tabs in the padding are kept so the caret lines up under them.
    static func caretSpan(_ line: String, startColumn: Int, endColumn: Int) -> (String, Int) {
        var pad = ""
        var width = 0
        var byte = 1
        for character in line {
            let size = character.utf8.count
            if byte < startColumn {
                pad += character == "\t" ? "\t" : String(repeating: " ", count: displayWidth(character))
            } else if byte < endColumn {
                width += displayWidth(character)
            }
            byte += size
        }
        if byte < startColumn { pad += String(repeating: " ", count: startColumn - byte) }
        return (pad, width)
    }

    /// Terminal cells a character takes: 2 for wide East Asian characters and most emoji.
    static func displayWidth(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 2
        case 0x2705, 0x274C, 0x2753...0x2755, 0x2757:
            return 2
        case _ where character.unicodeScalars.contains("\u{FE0F}"):
            return 2
        default:
            return 1
        }
    }

    private mutating func sourceLine(_ file: String, _ line: Int) -> String? {
        if lineCache[file] == nil {
            guard let text = source(file) else { return nil }
            lineCache[file] = SourceLines(text)
        }
        return lineCache[file]?.line(line)
    }

    private func severityStyle(_ severity: Severity) -> String {
        switch severity {
        case .error: "31;1"
        case .warning: "33;1"
        case .note: "36;1"
        }
    }

    private func paint(_ text: String, _ style: String) -> String {
        color ? "\u{1B}[\(style)m\(text)\u{1B}[0m" : text
    }
}
