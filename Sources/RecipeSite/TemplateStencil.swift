/// A template's output for one ``ContextShape``: the fixed text, with slots where the values go.
///
/// Made from the page the engine renders for a context whose values are markers
/// (``ContextShape/marked(_:)``); filling it with another context's values of the same shape
/// gives, byte for byte, the page the engine renders for that context, at the cost of copying.
struct TemplateStencil: Sendable {
    enum Piece: Sendable {
        case text(Substring)
        /// Value number n, escaped as `{{name}}` writes it (``FastHTMLContentType``).
        case escaped(Int)
        /// Value number n as it is, as `{{{name}}}` writes it.
        case raw(Int)
    }

    let pieces: [Piece]
    /// The fixed text's length, to reserve the page's bytes at once.
    private let fixedLength: Int

    /// Splits `rendered` at the markers of values `0..<slots`; nil when it holds anything else
    /// that looks like a marker.
    init?(rendered: String, slots: Int) {
        var pieces: [Piece] = []
        var fixedLength = 0
        let utf8 = rendered.utf8
        var textStart = utf8.startIndex
        var index = textStart
        while let start = utf8[index...].firstIndex(of: 1) {
            guard let (slot, escaped, end) = Self.marker(in: utf8, at: start), slot < slots else { return nil }
            if textStart < start {
                pieces.append(.text(rendered[textStart..<start]))
                fixedLength += utf8.distance(from: textStart, to: start)
            }
            pieces.append(escaped ? .escaped(slot) : .raw(slot))
            textStart = end
            index = end
        }
        if textStart < utf8.endIndex {
            pieces.append(.text(rendered[textStart...]))
            fixedLength += utf8.distance(from: textStart, to: utf8.endIndex)
        }
        self.pieces = pieces
        self.fixedLength = fixedLength
    }

    /// The page for `values`, in the slot order of the shape the stencil was made for.
    func fill(_ values: [String]) -> String {
        var out = String()
        var length = fixedLength
        for piece in pieces {
            if case .escaped(let slot) = piece { length += values[slot].utf8.count + 16 }
            if case .raw(let slot) = piece { length += values[slot].utf8.count }
        }
        out.reserveCapacity(length)
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .escaped(let slot): out += FastHTMLContentType().escapeText(values[slot])
            case .raw(let slot): out += values[slot]
            }
        }
        return out
    }

    /// Reads `\u{1}<digits>&\u{1}` (raw) or `\u{1}<digits>&amp;\u{1}` (escaped) at `start`.
    private static func marker(in utf8: String.UTF8View, at start: String.Index) -> (Int, Bool, String.Index)? {
        var index = utf8.index(after: start)
        var slot = 0
        var digits = 0
        while index < utf8.endIndex, let digit = Self.digit(utf8[index]), digits < 9 {
            slot = slot * 10 + digit
            digits += 1
            index = utf8.index(after: index)
        }
        guard digits > 0 else { return nil }
        let rest = utf8[index...]
        if rest.starts(with: "&\u{1}".utf8) { return (slot, false, utf8.index(index, offsetBy: 2)) }
        if rest.starts(with: "&amp;\u{1}".utf8) { return (slot, true, utf8.index(index, offsetBy: 6)) }
        return nil
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 48 && byte <= 57 ? Int(byte - 48) : nil
    }
}
