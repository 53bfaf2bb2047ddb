/// URL path segments for recipes, categories and tags.
enum Slug {
    /// Whether `text` is a slug: 1–100 of `a-z`, `0-9` and `-`, not starting or ending with `-`.
    static func isValid(_ text: String) -> Bool {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= 100, bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") }
    }

    /// A slug made from a file name: lowercased, other characters to hyphens, repeats collapsed.
    static func make(from name: String) -> String {
        var out = ""
        for character in name.lowercased() {
            if let ascii = character.asciiValue, (ascii >= 97 && ascii <= 122) || (ascii >= 48 && ascii <= 57) {
                out.append(character)
            } else if out.last != "-" && !out.isEmpty {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        var short = String(out.prefix(100))
        while short.last == "-" { short.removeLast() }
        return short
    }
}

/// "Did you mean …?" for misspelt names.
enum Suggestion {
    /// The candidate within edit distance 2 (or a third of the word) of `word`, if any.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(Array(word.lowercased()), Array(candidate.lowercased()))
            if distance <= limit, best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
