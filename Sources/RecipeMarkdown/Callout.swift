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
        self.init(cell: text.trimmingSpaces())
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
