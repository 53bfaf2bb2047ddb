import RecipeDiagnostics

/// The few configuration keys a static drawing honours, from frontmatter `config:` and
/// `%%{init: …}%%` directives (reference §12); the rest of the configuration is ignored.
///
/// Both forms are read as `key: value` pairs wherever they are nested (YAML or JSON-ish, keys
/// and values quoted or not), which is enough for `curve`, `nodeSpacing` and `rankSpacing`.
/// Settings that change the look in ways recipegen does not draw (`theme`, `look`, `layout`)
/// get an RG4021 warning.
extension FlowchartParser {
    /// Curves drawn as such; other d3 curve names are drawn as `basis`.
    static let drawnCurves: Set<String> = ["basis", "linear"]

    /// Reads the configuration between two offsets.
    mutating func applyConfiguration(from start: Int, to end: Int) {
        var index = start
        while index < end {
            guard let (key, keyStart, value, valueEnd) = configurationPair(at: index, end: end) else {
                index += 1
                continue
            }
            apply(key: key, value: value, range: (keyStart, valueEnd))
            index = valueEnd
        }
    }

    private mutating func apply(key: String, value: String, range: (Int, Int)) {
        switch key {
        case "curve":
            if !Self.drawnCurves.contains(value) {
                warn(.ignored("curve '\(value)' (drawn as 'basis')"), range.0, range.1)
            }
            pendingCurve = value
        case "nodeSpacing":
            if let number = Double(value), number >= 0, number <= 1000 { pendingNodeSpacing = number }
        case "rankSpacing":
            if let number = Double(value), number >= 0, number <= 1000 { pendingRankSpacing = number }
        case "theme":
            warn(.ignored("theme '\(value)' (colours follow the page's light or dark mode)"), range.0, range.1)
        case "look", "layout":
            if value != "classic" && value != "dagre" {
                warn(.ignored("setting '\(key): \(value)'"), range.0, range.1)
            }
        default:
            break
        }
    }

    /// A `key: value` pair starting at `offset` (the key may be quoted); nil when there is none.
    private func configurationPair(at offset: Int, end: Int) -> (String, Int, String, Int)? {
        var index = offset
        let quote = src[index]
        let quoted = quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'")
        if quoted { index += 1 }
        let keyStart = index
        while index < end, isWordByte(index) { index += 1 }
        guard index > keyStart, offset == 0 || !isWordByte(offset - 1) else { return nil }
        let key = src.text(keyStart, index)
        if quoted {
            guard src[index] == quote else { return nil }
            index += 1
        }
        while index < end, isInlineSpace(index) { index += 1 }
        guard src[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        while index < end, isInlineSpace(index) { index += 1 }
        let valueQuote = src[index]
        if valueQuote == UInt8(ascii: "\"") || valueQuote == UInt8(ascii: "'") {
            let valueStart = index + 1
            var close = valueStart
            while close < end, src[close] != valueQuote, !isNewline(close) { close += 1 }
            // The range takes the closing quote, never the line end of an unclosed value.
            let closed = close < end && src[close] == valueQuote
            return (key, keyStart, src.text(valueStart, close), closed ? close + 1 : close)
        }
        let valueStart = index
        while index < end, isWordByte(index) || src[index] == UInt8(ascii: ".")
            || src[index] == UInt8(ascii: "-")
        {
            index += 1
        }
        guard index > valueStart else { return nil }
        return (key, keyStart, src.text(valueStart, index), index)
    }
}
