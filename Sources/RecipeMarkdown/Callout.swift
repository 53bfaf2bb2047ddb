/// GitHub-style callouts: a block quote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
/// `[!WARNING]` or `[!CAUTION]`.
public enum Callout: String, CaseIterable, Sendable {
    case note, tip, important, warning, caution

    /// The heading shown on the callout.
    public var title: String {
        switch self {
        case .note: "Note"
        case .tip: "Tip"
        case .important: "Important"
        case .warning: "Warning"
        case .caution: "Caution"
        }
    }

    /// The marker a block quote starts with (`NOTE` for `[!NOTE]`), if any, whatever its kind.
    public static func marker(of blockQuote: MarkdownNode) -> String? {
        guard case .paragraph? = blockQuote.children.first?.kind,
            case .text(let text)? = blockQuote.children.first?.children.first?.kind,
            text.hasPrefix("[!"), let close = text.firstIndex(of: "]")
        else { return nil }
        let name = text[text.index(text.startIndex, offsetBy: 2)..<close]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter }) else { return nil }
        return String(name)
    }

    /// The callout kind and the block quote without its marker, when it is a known callout.
    static func split(_ blockQuote: MarkdownNode) -> (Callout, MarkdownNode)? {
        guard let marker = marker(of: blockQuote), let kind = Callout(rawValue: marker.lowercased()),
            marker == marker.uppercased()
        else { return nil }
        var rest = blockQuote
        var paragraph = rest.children[0]
        guard case .text(let text) = paragraph.children[0].kind else { return nil }
        let remainder = text.drop(while: { $0 != "]" }).dropFirst().drop(while: { $0 == " " })
        if remainder.isEmpty {
            paragraph.children.removeFirst()
            if case .softBreak? = paragraph.children.first?.kind { paragraph.children.removeFirst() }
        } else {
            paragraph.children[0].kind = .text(String(remainder))
        }
        if paragraph.children.isEmpty {
            rest.children.removeFirst()
        } else {
            rest.children[0] = paragraph
        }
        return (kind, rest)
    }
}

/// A table cell that holds only a check mark, a cross or a warning sign (or yes/no).
struct TableMark {
    let symbol: String
    let className: String
    let spoken: String

    /// The mark a table cell holds, judged by its plain text without surrounding whitespace.
    init?(cell: MarkdownNode) {
        let text = cell.plainText
        guard !Self.cannotBeMark(text) else { return nil }
        // A mark has no whitespace at its ends: a cell that is exactly one needs no trimming,
        // and one without whitespace at either end is no mark when it is not exactly one.
        if let mark = TableMark(exactly: text) {
            self = mark
            return
        }
        guard Self.mayStartOrEndWithWhitespace(text) else { return nil }
        self.init(cell: text.trimmingSpaces())
    }

    /// Whether the first or the last scalar of `text` may be whitespace: ASCII is decided by its
    /// byte, anything else by its Unicode properties.
    static func mayStartOrEndWithWhitespace(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        func whitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
        }
        return whitespace(first) || whitespace(last)
    }

    /// The marks by their UTF-8 bytes, compared as bytes: no mark has another spelling that
    /// is canonically equivalent, so this is what comparing the strings gives.
    private static let marks: [(bytes: [UInt8], className: String, spoken: String)] = [
        ("✅", "yes", "Yes"), ("✔", "yes", "Yes"), ("✔️", "yes", "Yes"), ("✓", "yes", "Yes"),
        ("❌", "no", "No"), ("✘", "no", "No"), ("✗", "no", "No"), ("✖", "no", "No"),
        ("⚠️", "partial", "Partly"), ("⚠", "partial", "Partly"),
        ("yes", "yes", "Yes"), ("Yes", "yes", "Yes"), ("no", "no", "No"), ("No", "no", "No"),
    ].map { (Array($0.0.utf8), $0.1, $0.2) }

    /// The mark `text` is, byte for byte.
    init?(exactly text: String) {
        guard text.utf8.count <= 6, let mark = Self.marks.first(where: { text.utf8.elementsEqual($0.bytes) }) else { return nil }
        (symbol, className, spoken) = (text, mark.className, mark.spoken)
    }

    /// Whether `text` is surely no mark, decided on its bytes: it is longer than the longest mark
    /// (6 bytes) and starts and ends with ASCII that is not whitespace, so trimming keeps it
    /// whole. Most cells are such text; they need no trimming and no comparisons.
    static func cannotBeMark(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count > 6, let first = utf8.first, let last = utf8.last else { return false }
        func plainASCII(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte) }
        return plainASCII(first) && plainASCII(last)
    }

    init?(cell: String) {
        switch cell {
        case "✅", "✔", "✔️", "✓": (symbol, className, spoken) = (cell, "yes", "Yes")
        case "❌", "✘", "✗", "✖": (symbol, className, spoken) = (cell, "no", "No")
        case "⚠️", "⚠": (symbol, className, spoken) = (cell, "partial", "Partly")
        case "yes", "Yes": (symbol, className, spoken) = (cell, "yes", "Yes")
        case "no", "No": (symbol, className, spoken) = (cell, "no", "No")
        default: return nil
        }
    }
}
