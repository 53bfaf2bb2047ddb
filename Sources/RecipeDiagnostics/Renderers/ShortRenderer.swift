/// `path:line:column: severity: message [code]`, the format editors and grep understand.
enum ShortRenderer {
    static func render(_ diagnostic: Diagnostic) -> String {
        let place = "\(diagnostic.file ?? "<input>"):\(diagnostic.range.start.line):\(diagnostic.range.start.column)"
        var text = "\(place): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code)]\n"
        for note in diagnostic.notes {
            if let range = note.range {
                let file = note.file ?? diagnostic.file ?? "<input>"
                text += "\(file):\(range.start.line):\(range.start.column): note: \(note.message)\n"
            }
        }
        return text
    }
}
