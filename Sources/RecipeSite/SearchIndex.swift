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
        let indexed = ParallelMap.map(documents) { indexTerms($0) }
        // The three parts do not depend on each other: made side by side.
        let parts = ParallelMap.map([0, 1, 2]) { part -> [UInt8] in
            switch part {
            case 0: return documentList(documents)
            case 1: return postings(indexed.map { Array($0.strong) })
            default: return postings(indexed.map(\.weak))
            }
        }
        var out = Array("window.RECIPEGEN_SEARCH={docs:[".utf8)
        out += parts[0]
        out += Array("],\nstrong:".utf8) + parts[1] + Array(",\nweak:".utf8) + parts[2] + Array("};\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// `[title, path, description, category]` of each document, joined by commas.
    private static func documentList(_ documents: [Document]) -> [UInt8] {
        var out = ""
        for (index, document) in documents.enumerated() {
            if index > 0 { out += "," }
            out += "["
            out += quote(document.title)
            out += ","
            out += quote(document.path)
            out += ","
            out += quote(String(document.description.prefix(160)))
            out += ","
            out += quote(document.category)
            out += "]"
        }
        return Array(out.utf8)
    }

    /// A document's strong terms, and its most frequent other terms of body text (words of at
    /// least three letters), counted by ``TermCounter``.
    static func indexTerms(_ document: Document) -> (strong: Set<String>, weak: [String]) {
        var strongTerms = Set<String>()
        for text in document.strongText { forEachTerm(in: text) { strongTerms.insert($0) } }
        var counter = TermCounter()
        for text in document.weakText { counter.count(text, lengths: 3...40) }
        let weak = counter.top(bodyTermsPerPage) { strongTerms.contains($0) || stopWords.contains($0) }
        return (strongTerms, weak)
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

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
    }

    /// `{"term":"ids",…}` for the terms of each document (`terms[id]`), terms sorted.
    private static func postings(_ terms: [[String]]) -> [UInt8] {
        var index: [String: [Int]] = [:]
        for (id, list) in terms.enumerated() {
            for term in list { index[term, default: []].append(id) }
        }
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (position, term) in index.keys.sorted().enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            out += term.utf8
            out += Array("\":\"".utf8)
            var previous = 0
            for (number, id) in index[term]!.enumerated() {
                if number > 0 { out.append(UInt8(ascii: ",")) }
                appendBase36(id - previous, to: &out)
                previous = id
            }
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// Appends `number` (not negative) in base 36, lowercase, as `String(_:radix: 36)` writes it.
    static func appendBase36(_ number: Int, to out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = number
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                let digit = UInt8(rest % 36)
                buffer[count] = digit < 10 ? digit + 48 : digit + 87
                count += 1
                rest /= 36
            } while rest > 0
            for position in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[position]) }
        }
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
