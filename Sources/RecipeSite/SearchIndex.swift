/// The static search index, written as a script (`search-index.js`) so that the search box
/// works from a web server and from disk alike, without fetching JSON.
///
/// Layout: `RECIPEGEN_SEARCH = {docs: [[title, path, description, category], …],
/// strong: {term: "ids"}, weak: {term: "ids"}}`. Strong terms come from titles, tags,
/// categories and headings; weak ones from descriptions and body text (the 80 most frequent
/// words of each page). `ids` are ascending document numbers, delta-coded in base 36 and
/// joined by commas. Terms are lowercase ASCII letters and digits, as the page's script
/// tokenises queries.
enum SearchIndex {
    struct Document {
        var title: String
        var path: String
        var description: String
        var category: String
        var strongText: [String]
        var weakText: [String]
    }

    static let bodyTermsPerPage = 80
    static let stopWords: Set<String> = [
        "the", "and", "for", "you", "your", "with", "that", "this", "are", "not", "but", "from", "can",
        "its", "when", "what", "use", "all", "one", "has", "have", "was", "will", "into", "out", "only",
        "any", "each", "how", "then", "than", "them", "they", "their", "there", "which", "who", "also",
        "does", "via", "per", "get", "set", "our", "more", "some", "same", "other", "just", "need",
    ]

    static func script(_ documents: [Document]) -> String {
        var strong: [String: [Int]] = [:]
        var weak: [String: [Int]] = [:]
        let indexed = ParallelMap.map(documents) { indexTerms($0) }
        for (id, terms) in indexed.enumerated() {
            for term in terms.strong { strong[term, default: []].append(id) }
            for term in terms.weak { weak[term, default: []].append(id) }
        }
        var out = "window.RECIPEGEN_SEARCH={docs:["
        for (index, document) in documents.enumerated() {
            if index > 0 { out += "," }
            out += "[" + [document.title, document.path, String(document.description.prefix(160)), document.category].map(quote).joined(separator: ",") + "]"
        }
        out += "],\nstrong:" + postings(strong) + ",\nweak:" + postings(weak) + "};\n"
        return out
    }

    /// A document's strong terms, and its most frequent other terms of body text. (Every word is
    /// counted first and the excluded ones dropped after, which hashes each word once.)
    static func indexTerms(_ document: Document) -> (strong: Set<String>, weak: [String]) {
        var strongTerms = Set<String>()
        for text in document.strongText { forEachTerm(in: text) { strongTerms.insert($0) } }
        var counts: [String: Int] = [:]
        for text in document.weakText {
            forEachTerm(in: text) { term in
                if term.utf8.count > 2 { counts[term, default: 0] += 1 }
            }
        }
        let kept = counts.filter { !strongTerms.contains($0.key) && !stopWords.contains($0.key) }
        let top = kept.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(bodyTermsPerPage)
        return (strongTerms, top.map(\.key))
    }

    /// Lowercase ASCII words and numbers of `text`.
    static func terms(_ text: String) -> [String] {
        var words: [String] = []
        forEachTerm(in: text) { words.append($0) }
        return words
    }

    /// Calls `body` with each lowercase ASCII word or number of `text` (of at most 40 letters),
    /// made straight from the text's bytes.
    static func forEachTerm(in text: String, _ body: (String) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = -1
            for index in 0...bytes.count {
                if index < bytes.count, isWordByte(bytes[index]) {
                    if start < 0 { start = index }
                    continue
                }
                guard start >= 0 else { continue }
                let length = index - start
                if length <= 40 {
                    body(String(unsafeUninitializedCapacity: length) { out in
                        for offset in 0..<length {
                            let byte = bytes[start + offset]
                            out[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
                        }
                        return length
                    })
                }
                start = -1
            }
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
    }

    private static func postings(_ index: [String: [Int]]) -> String {
        var out = "{"
        for (position, term) in index.keys.sorted().enumerated() {
            if position > 0 { out += "," }
            out += "\""
            out += term
            out += "\":\""
            var previous = 0
            for (number, id) in index[term]!.enumerated() {
                if number > 0 { out += "," }
                out += String(id - previous, radix: 36)
                previous = id
            }
            out += "\""
        }
        return out + "}"
    }

    /// A JavaScript string literal that is also safe inside an HTML page.
    static func quote(_ text: String) -> String {
        // Most texts need no escape: bytes below 0x20, '"', '&', '<', '>', '\\', or 0xE2 (which
        // starts U+2028 and U+2029).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x5C || $0 == 0xE2 }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
