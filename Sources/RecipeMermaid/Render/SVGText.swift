/// Escaping for SVG text and attribute values.
enum SVGText {
    /// `text` with `& < > " '` escaped and control characters (other than tab) dropped.
    static func escape(_ text: String) -> String {
        // Most labels are printable ASCII without markup characters: nothing to change.
        if text.utf8.allSatisfy(standsForItself) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t": result += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                {
                    continue
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Printable ASCII other than `& < > " '`: a byte ``escape(_:)`` keeps as it is.
    private static func standsForItself(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): false
        default: byte >= 0x20 && byte < 0x7F
        }
    }

    /// `text` escaped for HTML with its line breaks kept as `\n` and tabs as four spaces
    /// (for a `<pre>`).
    static func escapeKeepingLines(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { escape(String($0).replacing("\t", with: "    ")) }.joined(separator: "\n")
    }
}
