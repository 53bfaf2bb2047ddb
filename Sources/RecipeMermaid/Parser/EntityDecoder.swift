/// Decodes mermaid's entity codes in label text: `#quot;`, `#35;` (decimal) and a few names.
///
/// Unknown names and malformed codes are left as written, so nothing is lost.
enum EntityDecoder {
    /// The named entities mermaid users write (HTML names).
    static let names: [String: String] = [
        "quot": "\"", "amp": "&", "lt": "<", "gt": ">", "apos": "'", "nbsp": "\u{A0}",
        "num": "#", "semi": ";", "colon": ":", "lpar": "(", "rpar": ")", "lsqb": "[",
        "rsqb": "]", "lbrack": "[", "rbrack": "]", "lcub": "{", "rcub": "}", "lbrace": "{",
        "rbrace": "}", "vert": "|", "verbar": "|", "pipe": "|", "hyphen": "-", "dash": "-",
        "copy": "©", "reg": "®", "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–",
        "rarr": "→", "larr": "←", "harr": "↔", "uarr": "↑", "darr": "↓", "check": "✓",
        "times": "×", "deg": "°", "middot": "·", "bull": "•", "hearts": "♥", "euro": "€",
    ]

    /// `text` with entity codes replaced.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "#")) else { return text }
        var output = ""
        var rest = Substring(text)
        while let hash = rest.firstIndex(of: "#") {
            output += rest[..<hash]
            let afterHash = rest.index(after: hash)
            if let semicolon = rest[afterHash...].prefix(12).firstIndex(of: ";"),
                let decoded = decodeEntity(rest[afterHash..<semicolon])
            {
                output += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                output += "#"
                rest = rest[afterHash...]
            }
        }
        output += rest
        return output
    }

    private static func decodeEntity(_ body: Substring) -> String? {
        if let number = Int(body), number > 0, let scalar = Unicode.Scalar(number) {
            return String(Character(scalar))
        }
        return names[String(body)]
    }
}
