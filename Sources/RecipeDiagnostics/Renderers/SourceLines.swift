/// The lines of one source text, found by one scan of its UTF-8 bytes.
///
/// Line `n` is the text between the `n-1`th and the `n`th LF, without a final CR: the same lines
/// as splitting the text's scalars at "\n". Looking a line up costs no scan of the text.
struct SourceLines {
    private let text: String
    /// UTF-8 offset where each line starts (0-based line index).
    private let starts: [Int]

    init(_ text: String) {
        self.text = text
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        self.starts = starts
    }

    /// How many lines the text has (one more than its LFs).
    var count: Int { starts.count }

    /// The 1-based `line` without its line end, or nil past the last line.
    func line(_ line: Int) -> String? {
        guard line >= 1, line <= starts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: starts[line - 1])
        var end = line < starts.count
            ? utf8.index(utf8.startIndex, offsetBy: starts[line] - 1) : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") {
            end = utf8.index(before: end)
        }
        return String(Substring(utf8[start..<end]))
    }
}
