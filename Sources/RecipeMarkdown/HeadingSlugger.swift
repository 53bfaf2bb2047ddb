/// Gives headings stable, unique ids the way GitHub does: lowercase, punctuation dropped, spaces
/// to hyphens, and `-1`, `-2` … for repeats.
public struct HeadingSlugger: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// The id for a heading with this text.
    public mutating func slug(for text: String) -> String {
        var base = Self.base(text)
        if base.isEmpty { base = "section" }
        // A heading's first use of its base, the usual case, costs one lookup and one insert.
        guard let count = used[base] else {
            used[base] = 0
            return base
        }
        var candidate = base
        var next = count
        repeat {
            next += 1
            candidate = "\(base)-\(next)"
        } while used[candidate] != nil
        used[base] = next
        used[candidate] = 0
        return candidate
    }

    /// The id before repeats are numbered: letters and digits lowercased, `-` and `_` kept,
    /// spaces to `-`, everything else dropped. ASCII text, the common case, is done on bytes.
    static func base(_ text: String) -> String {
        var text = text
        let ascii: String? = text.withUTF8 { source in
            guard source.allSatisfy({ $0 < 0x80 }) else { return nil }
            // Written straight into the new string: no byte array in between.
            return String(unsafeUninitializedCapacity: source.count) { target in
                var count = 0
                for byte in source {
                    let kept: UInt8
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                        UInt8(ascii: "-"), UInt8(ascii: "_"):
                        kept = byte
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): kept = byte + 0x20
                    case UInt8(ascii: " "): kept = UInt8(ascii: "-")
                    default: continue
                    }
                    target[count] = kept
                    count += 1
                }
                return count
            }
        }
        return ascii ?? unicodeBase(text)
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
