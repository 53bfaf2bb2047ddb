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

    @Test func termsAreLowercaseASCIIWords() {
        #expect(SearchIndex.terms("kube-proxy's NodePort: 30080/TCP — ok") == ["kube", "proxy", "s", "nodeport", "30080", "tcp", "ok"])
    }
}
