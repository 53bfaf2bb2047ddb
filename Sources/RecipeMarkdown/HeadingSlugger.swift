/// Gives headings stable, unique ids the way GitHub does: lowercase, punctuation dropped, spaces
/// to hyphens, and `-1`, `-2` … for repeats.
public struct HeadingSlugger: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// The id for a heading with this text.
    public mutating func slug(for text: String) -> String {
        var base = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                base.append(character)
            } else if character == " " {
                base.append("-")
            }
        }
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
}
