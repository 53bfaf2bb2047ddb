/// Plain words: the direct path of ``ShellEngine/readWord()`` for most words of a fence.
extension ShellEngine {
    /// A word without quotes, escapes, expansions or parentheses (`kubectl`, `-n`, `svc/web`):
    /// its value is its bytes, each from its own offset. Nil, reading nothing, for other words.
    func readPlainWord() -> ShellWord? {
        var end = pos
        while end < limit {
            switch bytes[end] {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: "|"),
                UInt8(ascii: ")"):
                return plainWord(to: end)
            case UInt8(ascii: "("), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
                UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "$"), UInt8(ascii: "`"):
                return nil
            default:
                end += 1
            }
        }
        return plainWord(to: end)
    }

    private func plainWord(to end: Int) -> ShellWord {
        let start = pos
        pos = end
        return ShellWord(
            range: source.range(start, end), value: String(decoding: bytes[start..<end], as: UTF8.self),
            offsets: Array(start..<end), expansions: [], isQuoted: false, substitutions: [])
    }
}
