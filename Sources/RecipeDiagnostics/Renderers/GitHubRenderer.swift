/// GitHub Actions workflow commands, which show as annotations on a pull request's diff.
enum GitHubRenderer {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for d in diagnostics {
            let command: String
            switch d.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            out += line(command, file: d.file, range: d.range, title: d.code, message: message(d))
            for note in d.notes {
                guard let range = note.range else { continue }
                out += line("notice", file: note.file ?? d.file, range: range, title: d.code, message: note.message)
            }
        }
        return out
    }

    private static func message(_ d: Diagnostic) -> String {
        var text = d.message
        if let path = d.fieldPath { text += " (at \(path))" }
        if let help = d.help { text += "\nhelp: \(help)" }
        return text
    }

    private static func line(
        _ command: String, file: String?, range: SourceRange, title: String, message: String
    ) -> String {
        var properties: [String] = []
        if let file { properties.append("file=" + escapeProperty(file)) }
        properties.append("line=\(range.start.line)")
        let oneLine = range.start.line == range.end.line
        if oneLine { properties.append("col=\(range.start.column)") }
        properties.append("endLine=\(range.end.line)")
        if oneLine { properties.append("endColumn=\(range.end.column)") }
        properties.append("title=" + escapeProperty(title))
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
    }

    /// Escapes a message: `%`, CR and LF.
    static func escapeData(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Escapes a property value: as a message, and also `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}

extension String {
    /// Replaces each character that is a key of `table` by its value, in one pass.
    func replacingAll(_ table: [Character: String]) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for character in self {
            if let replacement = table[character] { out += replacement } else { out.append(character) }
        }
        return out
    }
}
