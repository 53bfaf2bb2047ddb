import RecipeDiagnostics

/// The diagram text as UTF-8 bytes, with a line table to turn byte offsets into line:column.
///
/// `\n`, `\r\n` and a lone `\r` all end a line, as in cmark, so columns match the Markdown file.
struct SourceText {
    let bytes: [UInt8]
    /// Byte offset of the first byte of each line.
    private let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                index += 1
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { starts.append(index + 1) }
            index += 1
        }
        lineStarts = starts
    }

    var count: Int { bytes.count }

    /// The line:column of byte offset `offset` (the end of input is a valid offset).
    func location(_ offset: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// The range between two byte offsets.
    func range(_ start: Int, _ end: Int) -> SourceRange {
        let start = min(start, bytes.count)
        return SourceRange(start: location(start), end: location(min(max(start, end), bytes.count)))
    }

    /// The text between two byte offsets (invalid UTF-8 is repaired).
    func text(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
    }

    /// Whether `literal` (ASCII) is at `offset`.
    func matches(_ literal: StaticString, at offset: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for i in 0..<count where bytes[offset + i] != pointer[i] { return false }
        return true
    }

    /// The byte at `offset`, or 0 past the end.
    subscript(offset: Int) -> UInt8 { offset < bytes.count && offset >= 0 ? bytes[offset] : 0 }

    /// The Unicode scalar starting at `offset` and its length in bytes (U+FFFD for bad bytes).
    func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = self[offset]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var iterator = bytes[offset..<offset + length].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, length) }
        return ("\u{FFFD}", 1)
    }
}
