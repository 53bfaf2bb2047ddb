/// SARIF 2.1.0, the format GitHub code scanning and other static-analysis viewers read.
///
/// One run whose driver is recipegen, with a rule for each code that occurs (its title, its
/// explanation and its default level from the registry) and a result per diagnostic. Columns are
/// Unicode code points (SARIF's default column kind) when the file's text is known, converted
/// from the diagnostics' UTF-8 byte columns; end positions are exclusive in both. Notes with a
/// place become related locations. Keys come in a fixed order so the output can be compared.
enum SARIFRenderer {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The tool's home page as SARIF viewers link it.
    static let informationURI = "https://example.org/recipegen"

    static func render(_ diagnostics: [Diagnostic], source: @escaping (String) -> String?) -> String {
        let ids = Set(diagnostics.map(\.code)).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var columns = ColumnConverter(source: source)
        var out = "{\n  \"version\": \"2.1.0\",\n  \"$schema\": \(quote(schema)),\n  \"runs\": [\n    {\n"
        out += "      \"tool\": {\n        \"driver\": {\n"
        out += "          \"name\": \"recipegen\",\n          \"informationUri\": \(quote(informationURI)),\n"
        out += "          \"rules\": [" + list(ids.map(rule), indent: 12) + "]\n"
        out += "        }\n      },\n"
        out += "      \"columnKind\": \"unicodeCodePoints\",\n"
        let results = diagnostics.map { result($0, ruleIndex: ruleIndex[$0.code] ?? 0, columns: &columns) }
        out += "      \"results\": [" + list(results, indent: 8) + "]\n"
        out += "    }\n  ]\n}\n"
        return out
    }

    private static func list(_ items: [String], indent: Int) -> String {
        guard !items.isEmpty else { return "" }
        let pad = String(repeating: " ", count: indent)
        return "\n" + items.map { pad + $0 }.joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent - 2)
    }

    private static func rule(_ id: String) -> String {
        let code = DiagnosticRegistry.code(id)
        var fields = ["\"id\":" + quote(id)]
        if let code {
            fields.append("\"shortDescription\":{\"text\":" + quote(code.title) + "}")
            fields.append("\"fullDescription\":{\"text\":" + quote(code.explanation) + "}")
            fields.append("\"defaultConfiguration\":{\"level\":" + quote(level(code.severity)) + "}")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    private static func result(_ d: Diagnostic, ruleIndex: Int, columns: inout ColumnConverter) -> String {
        var text = d.message
        if let path = d.fieldPath { text += " (at \(path))" }
        if let help = d.help { text += "\nhelp: \(help)" }
        var fields = [
            "\"ruleId\":" + quote(d.code), "\"ruleIndex\":\(ruleIndex)", "\"level\":" + quote(level(d.severity)),
            "\"message\":{\"text\":" + quote(text) + "}",
        ]
        if let file = d.file {
            fields.append("\"locations\":[" + location(file, d.range, columns: &columns) + "]")
        }
        let related = d.notes.compactMap { note -> String? in
            guard let range = note.range, let file = note.file ?? d.file else { return nil }
            return "{" + location(file, range, columns: &columns).dropFirst().dropLast()
                + ",\"message\":{\"text\":" + quote(note.message) + "}}"
        }
        if !related.isEmpty { fields.append("\"relatedLocations\":[" + related.joined(separator: ",") + "]") }
        return "{" + fields.joined(separator: ",") + "}"
    }

    private static func location(_ file: String, _ range: SourceRange, columns: inout ColumnConverter) -> String {
        let start = columns.codePointColumn(file, line: range.start.line, byteColumn: range.start.column)
        let end = columns.codePointColumn(file, line: range.end.line, byteColumn: range.end.column)
        return "{\"physicalLocation\":{\"artifactLocation\":{\"uri\":" + quote(uri(file)) + "},"
            + "\"region\":{\"startLine\":\(range.start.line),\"startColumn\":\(start),"
            + "\"endLine\":\(range.end.line),\"endColumn\":\(end)}}}"
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A relative URI reference for a path: unreserved characters and `/` stay, the rest is
    /// percent-encoded byte by byte.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    private static func quote(_ text: String) -> String { JSONRenderer.quote(text) }
}

/// Turns 1-based UTF-8 byte columns into 1-based code-point columns, reading each file's lines
/// once; a column is left as it is when the file's text is not known.
private struct ColumnConverter {
    let source: (String) -> String?
    private var lines: [String: [Substring.UTF8View]] = [:]

    init(source: @escaping (String) -> String?) { self.source = source }

    mutating func codePointColumn(_ file: String, line: Int, byteColumn: Int) -> Int {
        if lines[file] == nil {
            guard let text = source(file) else { return byteColumn }
            lines[file] = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        }
        guard let fileLines = lines[file], line >= 1, line <= fileLines.count else { return byteColumn }
        let before = byteColumn - 1
        let bytes = fileLines[line - 1].prefix(max(before, 0))
        let codePoints = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return codePoints + 1 + max(before - bytes.count, 0)
    }
}
