/// Looks for an ASCII character in a string by its byte, with `Character` semantics.
///
/// `"a/b".contains("/")` walks the string's grapheme clusters. A cluster equal to an ASCII
/// character holds its byte, and in ASCII text every such byte (other than CR and LF, which
/// are not searched for) is a cluster of its own; only text that is not ASCII needs the walk.
enum CharacterSearch {
    /// Whether `text` contains the Character made of the ASCII `byte` (not CR or LF).
    static func contains(_ text: String, _ byte: UInt8) -> Bool {
        let utf8 = text.utf8
        guard utf8.contains(byte) else { return false }
        if utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return text.contains(Character(Unicode.Scalar(byte)))
    }
}
