/// A template's output for one ``ContextShape``: the fixed text, with slots where the values go.
///
/// Made from the page the engine renders for a context whose values are markers
/// (``ContextShape/marked(_:)``); filling it with another context's values of the same shape
/// gives, byte for byte, the page the engine renders for that context, at the cost of copying.
struct TemplateStencil: Sendable {
    enum Piece: Sendable {
        /// Bytes of the fixed text, by offset.
        case text(Range<Int>)
        /// Value number n, escaped as `{{name}}` writes it (``FastHTMLContentType``).
        case escaped(Int)
        /// Value number n as it is, as `{{{name}}}` writes it.
        case raw(Int)
    }

    let pieces: [Piece]
    /// The fixed text, which `.text` pieces cut.
    private let fixed: [UInt8]
    /// The fixed text's length, to reserve the page's bytes at once.
    private let fixedLength: Int

    /// Splits `rendered` at the markers of values `0..<slots`; nil when it holds anything else
    /// that looks like a marker.
    init?(rendered: String, slots: Int) {
        let bytes = Array(rendered.utf8)
        var pieces: [Piece] = []
        var fixedLength = 0
        var textStart = 0
        var index = 0
        while let start = bytes[index...].firstIndex(of: 1) {
            guard let (slot, escaped, end) = Self.marker(in: bytes, at: start), slot < slots else { return nil }
            if textStart < start {
                pieces.append(.text(textStart..<start))
                fixedLength += start - textStart
            }
            pieces.append(escaped ? .escaped(slot) : .raw(slot))
            textStart = end
            index = end
        }
        if textStart < bytes.count {
            pieces.append(.text(textStart..<bytes.count))
            fixedLength += bytes.count - textStart
        }
        self.pieces = pieces
        self.fixed = bytes
        self.fixedLength = fixedLength
    }

    /// The page for `values`, in the slot order of the shape the stencil was made for.
    func fill(_ values: [String]) -> String {
        String(decoding: fillBytes(values), as: UTF8.self)
    }

    /// ``fill(_:)``'s page as UTF-8 bytes, copied straight from the fixed text and the values.
    func fillBytes(_ values: [String]) -> [UInt8] {
        var length = fixedLength
        for piece in pieces {
            if case .escaped(let slot) = piece { length += values[slot].utf8.count + 16 }
            if case .raw(let slot) = piece { length += values[slot].utf8.count }
        }
        var out: [UInt8] = []
        out.reserveCapacity(length)
        for piece in pieces {
            switch piece {
            case .text(let range): out += fixed[range]
            case .escaped(let slot): Self.appendEscaped(values[slot], to: &out)
            case .raw(let slot): Self.append(values[slot], to: &out)
            }
        }
        return out
    }

    /// Appends the UTF-8 bytes of `text`.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Appends `text` escaped as ``FastHTMLContentType`` escapes it (`escapeHTML`: `<`, `>`,
    /// `&`, `"` and `'`; UTF-8 never has these bytes inside a longer character).
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() {
                let entity: StaticString
                switch byte {
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// Reads `\u{1}<digits>&\u{1}` (raw) or `\u{1}<digits>&amp;\u{1}` (escaped) at `start`.
    private static func marker(in bytes: [UInt8], at start: Int) -> (Int, Bool, Int)? {
        var index = start + 1
        var slot = 0
        var digits = 0
        while index < bytes.count, let digit = Self.digit(bytes[index]), digits < 9 {
            slot = slot * 10 + digit
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        let rest = bytes[index...]
        if rest.starts(with: "&\u{1}".utf8) { return (slot, false, index + 2) }
        if rest.starts(with: "&amp;\u{1}".utf8) { return (slot, true, index + 6) }
        return nil
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= 48 && byte <= 57 ? Int(byte - 48) : nil
    }
}
