/// `{"version":1,"diagnostics":[…]}` with a fixed key order, for tools and golden files.
enum JSONRenderer {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        var out = "{\"version\":1,\"diagnostics\":["
        for (index, diagnostic) in diagnostics.enumerated() {
            if index > 0 { out += "," }
            out += "\n  " + object(diagnostic)
        }
        out += diagnostics.isEmpty ? "]}\n" : "\n]}\n"
        return out
    }

    private static func object(_ d: Diagnostic) -> String {
        var fields: [(String, String)] = [
            ("code", quote(d.code)),
            ("severity", quote(d.severity.rawValue)),
            ("message", quote(d.message)),
            ("file", d.file.map(quote) ?? "null"),
            ("line", String(d.range.start.line)),
            ("column", String(d.range.start.column)),
            ("endLine", String(d.range.end.line)),
            ("endColumn", String(d.range.end.column)),
        ]
        if let path = d.fieldPath { fields.append(("fieldPath", quote(path))) }
        if let help = d.help { fields.append(("help", quote(help))) }
        if !d.notes.isEmpty {
            let notes = d.notes.map { note -> String in
                var parts = ["\"message\":" + quote(note.message)]
                if let range = note.range {
                    parts.append("\"file\":" + quote(note.file ?? d.file ?? ""))
                    parts.append("\"line\":\(range.start.line)")
                    parts.append("\"column\":\(range.start.column)")
                }
                return "{" + parts.joined(separator: ",") + "}"
            }
            fields.append(("notes", "[" + notes.joined(separator: ",") + "]"))
        }
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
