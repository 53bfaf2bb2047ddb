/// Finds the known field name closest to a misspelt one, for "did you mean" help.
enum FieldNameSuggestion {
    /// A name equal to `name` ignoring case, or within edit distance 2 (for names of 4 to 64
    /// bytes, so that a hostile key costs nothing).
    static func closest<Names: Sequence<String>>(to name: String, in names: Names) -> String? {
        let lowered = name.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in names {
            if candidate.lowercased() == lowered { return candidate }
            guard (4...64).contains(name.utf8.count) else { continue }
            let distance = editDistance(Array(lowered.utf8), Array(candidate.lowercased().utf8))
            if distance <= 2,
                distance < (best?.distance ?? .max)
                    || (distance == best?.distance && candidate < (best?.name ?? ""))
            {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Levenshtein distance; names are short, so the O(n·m) table is fine.
    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension String {
    /// The text cut to 64 characters (with `…`), for quoting what a reader wrote in a one-line
    /// message without repeating a huge value.
    var clipped: String {
        count <= 64 ? self : String(prefix(63)) + "…"
    }
}
