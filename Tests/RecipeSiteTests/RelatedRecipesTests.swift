import Testing

@testable import RecipeSite

@Suite struct RelatedRecipesTests {
    typealias Random = IncrementalBuildTests.Random

    /// The plain definition: count shared tags in a dictionary, sort by count then index.
    static func reference(to index: Int, tags: [String], byTag: [String: [Int]]) -> [Int] {
        var shared: [Int: Int] = [:]
        for tag in tags {
            for other in (byTag[tag] ?? []).prefix(200) where other != index { shared[other, default: 0] += 1 }
        }
        var scored = shared.map { ($0.key, $0.value) }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return scored.prefix(5).map(\.0)
    }

    @Test func relatedRecipesAreThoseOfThePlainDefinitionOverSeededSites() {
        var random = Random(state: 21)
        for _ in 0..<80 {
            let count = 1 + random.below(400)
            let pool = (0..<(1 + random.below(12))).map { "t\($0)" }
            // Repeated tags are kept: they count twice, as the front matter lists them.
            let tags = (0..<count).map { _ in (0..<random.below(6)).map { _ in pool[random.below(pool.count)] } }
            var byTag: [String: [Int]] = [:]
            for (index, list) in tags.enumerated() {
                for tag in list { byTag[tag, default: []].append(index) }
            }
            for index in 0..<count {
                let expected = Self.reference(to: index, tags: tags[index], byTag: byTag)
                #expect(SiteRenderer.related(to: index, tags: tags[index], byTag: byTag) == expected)
            }
        }
    }

    @Test func tiesGoToTheNewerRecipe() {
        let byTag = ["a": [0, 1, 2, 3, 4, 5, 6], "b": [6, 5]]
        #expect(SiteRenderer.related(to: 0, tags: ["a", "b"], byTag: byTag) == [5, 6, 1, 2, 3])
    }
}
