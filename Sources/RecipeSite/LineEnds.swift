/// Line ends of recipe files: LF, CR LF and, from old Mac editors, a lone CR.
///
/// CommonMark and YAML treat all three as line ends, but shell and the scanners that number
/// lines look for LF. A recipe's lone CRs become LFs when it is read: the text keeps its byte
/// length, so every line and column is the one an editor shows for the original file, and a
/// CR-only recipe builds to the page of its LF twin. CR LF pairs are left as they are.
enum LineEnds {
    /// `text` with every CR that is not followed by LF replaced by LF; `text` itself when it has
    /// no lone CR.
    static func normalizingLoneCarriageReturns(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(of: 0x0D) else { return text }
        var bytes = Array(utf8)
        var changed = false
        var index = utf8.distance(from: utf8.startIndex, to: first)
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 == bytes.count || bytes[index + 1] != 0x0A {
                bytes[index] = 0x0A
                changed = true
            }
            index += 1
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }
}
