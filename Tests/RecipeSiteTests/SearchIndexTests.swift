import Testing

@testable import RecipeSite

@Suite struct SearchIndexTests {
    @Test func scriptLayout() {
        let documents = [
            SearchIndex.Document(
                title: "NodePort <basics>", path: "recipes/nodeport/", description: "Open a port \"everywhere\".",
                category: "Networking", strongText: ["NodePort <basics>", "services"], weakText: ["Node ports open on every node node."]),
            SearchIndex.Document(
                title: "Headless", path: "recipes/headless/", description: "DNS", category: "Networking",
                strongText: ["Headless", "services"], weakText: ["Every pod gets DNS; the node is irrelevant."]),
        ]
        #expect(
            SearchIndex.script(documents) == """
                window.RECIPEGEN_SEARCH={docs:[["NodePort \\u003cbasics\\u003e","recipes/nodeport/","Open a port \\"everywhere\\".","Networking"],["Headless","recipes/headless/","DNS","Networking"]],
                strong:{"basics":"0","headless":"1","nodeport":"0","services":"0,1"},
                weak:{"dns":"1","every":"0,1","gets":"1","irrelevant":"1","node":"0,1","open":"0","pod":"1","ports":"0"}};

                """)
    }

    @Test func postingsAreDeltaCodedInBase36() {
        let documents = (0..<40).map { index in
            SearchIndex.Document(title: "t", path: "p\(index)/", description: "", category: "c", strongText: index % 20 == 0 ? ["rare"] : [], weakText: [])
        }
        #expect(SearchIndex.script(documents).contains("\"rare\":\"0,k\""))
    }

    /// The index as first written (sets, a filtered dictionary, strings joined), for comparison.
    static func simpleScript(_ documents: [SearchIndex.Document]) -> String {
        var strong: [String: [Int]] = [:]
        var weak: [String: [Int]] = [:]
        for (id, document) in documents.enumerated() {
            let strongTerms = Set(document.strongText.flatMap(SearchIndex.terms))
            var counts: [String: Int] = [:]
            for term in document.weakText.flatMap(SearchIndex.terms) where term.utf8.count > 2 { counts[term, default: 0] += 1 }
            let kept = counts.filter { !strongTerms.contains($0.key) && !SearchIndex.stopWords.contains($0.key) }
            let top = kept.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(SearchIndex.bodyTermsPerPage)
            for term in strongTerms { strong[term, default: []].append(id) }
            for term in top.map(\.key) { weak[term, default: []].append(id) }
        }
        func postings(_ index: [String: [Int]]) -> String {
            "{" + index.keys.sorted().map { term in
                let ids = index[term]!
                let deltas = ids.indices.map { String(ids[$0] - ($0 == 0 ? 0 : ids[$0 - 1]), radix: 36) }
                return "\"\(term)\":\"" + deltas.joined(separator: ",") + "\""
            }.joined(separator: ",") + "}"
        }
        let docs = documents.map { document in
            "[" + [document.title, document.path, String(document.description.prefix(160)), document.category].map(SearchIndex.quote).joined(separator: ",") + "]"
        }
        return "window.RECIPEGEN_SEARCH={docs:[" + docs.joined(separator: ",") + "],\nstrong:" + postings(strong) + ",\nweak:" + postings(weak) + "};\n"
    }

    @Test func theIndexIsTheSimpleIndexOverSeededDocuments() {
        var random = IncrementalBuildTests.Random(state: 21)
        let words = ["node", "Port", "the", "service", "dns", "a1", "ClusterIP", "kube-proxy", "é", "<b>", "\"q\"", "x", "and", "pod", "30080"]
        func text(_ count: Int) -> String { (0..<count).map { _ in words[random.below(words.count)] }.joined(separator: random.below(2) == 0 ? " " : ", ") }
        for round in 0..<20 {
            let documents = (0..<(1 + random.below(120))).map { index in
                SearchIndex.Document(
                    title: text(1 + random.below(4)), path: "recipes/r\(index)/", description: text(random.below(60)), category: text(1),
                    strongText: (0..<random.below(4)).map { _ in text(1 + random.below(3)) },
                    weakText: (0..<random.below(6)).map { _ in text(random.below(200)) })
            }
            #expect(SearchIndex.script(documents) == Self.simpleScript(documents), "round \(round)")
        }
    }

    /// Many distinct words, in mixed case, so the counter's table grows several times.
    @Test func theTermCounterCountsAsADictionaryDoes() {
        var random = IncrementalBuildTests.Random(state: 9)
        let letters = Array("abcXYZdefgHIJ0123456789")
        // Words sharing their first eight letters, or one another's whole text, come too.
        let vocabulary = (0..<3000).map { _ in String((0..<(1 + random.below(12))).map { _ in letters[random.below(letters.count)] }) }
            + ["kubernetes", "kubernetex", "KUBERNETES", "kubernet", "kubernetes1", "kubernete", "kubernetesx"]
        for round in 0..<5 {
            let texts = (0..<(1 + random.below(5))).map { _ in
                (0..<random.below(4000)).map { _ in vocabulary[random.below(vocabulary.count)] }.joined(separator: " ")
            }
            var counts: [String: Int] = [:]
            for term in texts.flatMap(SearchIndex.terms) where term.utf8.count > 2 { counts[term, default: 0] += 1 }
            let excluded: (String) -> Bool = { $0.hasPrefix("a") }
            let expected = counts.filter { !excluded($0.key) }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            var counter = TermCounter()
            for text in texts { counter.count(text, lengths: 3...40) }
            #expect(counter.top(Int.max, excluding: excluded) == expected.map(\.key), "round \(round)")
            #expect(counter.top(80, excluding: excluded) == expected.prefix(80).map(\.key), "round \(round)")
        }
    }

    @Test func base36IsWhatStringRadixWrites() {
        var random = IncrementalBuildTests.Random(state: 4)
        for number in Array(0..<100) + (0..<1000).map({ _ in random.below(Int.max) }) + [Int.max] {
            var out: [UInt8] = []
            SearchIndex.appendBase36(number, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(number, radix: 36))
        }
    }

    @Test func termsAreLowercaseASCIIWords() {
        #expect(SearchIndex.terms("kube-proxy's NodePort: 30080/TCP — ok") == ["kube", "proxy", "s", "nodeport", "30080", "tcp", "ok"])
    }
}
