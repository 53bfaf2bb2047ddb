/// Gives headings stable, unique ids the way GitHub does: lowercase, punctuation dropped, spaces
/// to hyphens, and `-1`, `-2` … for repeats.
public struct HeadingSlugger: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// The id for a heading with this text.
    public mutating func slug(for text: String) -> String {
        var base = Self.base(text)
        if base.isEmpty { base = "section" }
        var candidate = base
        if let count = used[base] {
            var next = count
            repeat {
                next += 1
                candidate = "\(base)-\(next)"
            } while used[candidate] != nil
            used[base] = next
        } else {
            used[base] = 0
        }
        used[candidate] = used[candidate] ?? 0
        return candidate
    }

    /// The id before repeats are numbered: letters and digits lowercased, `-` and `_` kept,
    /// spaces to `-`, everything else dropped. ASCII text, the common case, is done on bytes.
    static func base(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return unicodeBase(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"):
                bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
            case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
            default: continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ``base(_:)`` for any text, by Unicode properties of its characters.
    static func unicodeBase(_ text: String) -> String {
        var base = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                base.append(character)
            } else if character == " " {
                base.append("-")
            }
        }
        return base
    }
}
