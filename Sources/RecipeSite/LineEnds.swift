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
        var text = text
        // Scanned on the contiguous bytes: the generic search of the UTF-8 view goes index by
        // index, and every recipe is searched in full (almost all of them have no CR at all).
        let normalized: String? = text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(of: 0x0D) else { return nil }
            var copy = Array(bytes)
            var changed = false
            for index in first..<copy.count where copy[index] == 0x0D && (index + 1 == copy.count || copy[index + 1] != 0x0A) {
                copy[index] = 0x0A
                changed = true
            }
            return changed ? String(decoding: copy, as: UTF8.self) : nil
        }
        return normalized ?? text
    }
}
