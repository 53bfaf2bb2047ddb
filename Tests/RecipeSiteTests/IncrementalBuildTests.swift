import Foundation
import RecipeTestSupport
import Testing

@testable import RecipeSite

/// A build that reuses cached check results must write exactly what a clean build writes,
/// whatever happened to the content in between.
@Suite(.serialized) struct IncrementalBuildTests {
    /// SplitMix64, for reproducible edit sequences.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    static func recipe(_ number: Int, title: String, tags: [String], link: String?, slug: String? = nil, port: Int? = nil) -> String {
        """
        ---
        title: \(title)\(slug.map { "\nslug: \($0)" } ?? "")
        description: Recipe number \(number).
        category: \(number % 2 == 0 ? "networking" : "storage")
        tags: [\(tags.joined(separator: ", "))]
        date: 2026-01-\(String(format: "%02d", 1 + number % 28))
        ---

        ## Steps

        Text \(number)\(link.map { " and [another recipe](\($0))" } ?? "").

        ```yaml title="svc-\(number).yaml"
        apiVersion: v1
        kind: Service
        metadata:
          name: svc-\(number)
        spec:
          ports:
            - port: \(port ?? 8000 + number)
        ```

        ```bash
        kubectl apply -f svc-\(number).yaml
        kubectl get svc svc-\(number)
        ```

        """
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func incrementalEqualsClean(seed: UInt64) throws {
        var random = Random(state: seed)
        let folder = Repository.temporaryFolder()
        let content = folder + "/Content"
        let manager = FileManager.default
        try manager.createDirectory(atPath: content + "/a", withIntermediateDirectories: true)
        let templates = folder + "/Templates"
        try manager.copyItem(atPath: Repository.root() + "/Templates", toPath: templates)
        // Pages show other recipes' times, which no search document holds: only the page keys
        // can tell that a page must change when another recipe's time does.
        let recipeTemplate = templates + "/recipe.mustache"
        let shown = try String(contentsOfFile: recipeTemplate, encoding: .utf8)
        let showingTimes = shown.replacingOccurrences(of: "{{title}}</a></li>{{/related}}", with: "{{title}}</a> {{time}}</li>{{/related}}")
            .replacingOccurrences(of: "← {{title}}</a>", with: "← {{title}} {{time}}</a>")
            .replacingOccurrences(of: "{{title}} →</a>", with: "{{title}} {{time}} →</a>")
        try #require(showingTimes.components(separatedBy: "{{time}}").count == shown.components(separatedBy: "{{time}}").count + 3)
        try showingTimes.write(toFile: recipeTemplate, atomically: true, encoding: .utf8)
        var names: [String] = []
        var counter = 0
        func write(_ name: String, link: String? = nil, slug: String? = nil) throws {
            counter += 1
            let tags = ["services", "t\(random.below(4))"]
            try Self.recipe(counter, title: "Recipe \(counter) \(random.below(100))", tags: tags, link: link, slug: slug)
                .write(toFile: content + "/a/" + name, atomically: true, encoding: .utf8)
        }
        func editTime(_ name: String) throws {
            // Only the front matter's time: cards change, search documents do not.
            let path = content + "/a/" + name
            var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            lines.removeAll { $0.hasPrefix("time: ") }
            lines.insert("time: \(1 + random.below(60)) minutes", at: 2)
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        func editFence(_ name: String) throws {
            // Only the manifest's port: the page and its manifests change, no card or search text.
            let path = content + "/a/" + name
            var text = try String(contentsOfFile: path, encoding: .utf8)
            let range = text.range(of: "- port: ")!
            let end = text[range.upperBound...].firstIndex(of: "\n")!
            text.replaceSubrange(range.upperBound..<end, with: String(9000 + random.below(1000)))
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        for index in 0..<5 {
            names.append("r\(index).md")
            try write(names[index])
        }
        var options = BuildOptions()
        options.content = content
        options.config = folder + "/none.yaml"
        options.templates = templates
        options.cache = folder + "/cache"
        for step in 0..<16 {
            switch random.below(11) {
            case 9, 10:  // a card-only edit
                if let name = names.randomElement(using: &random) { try editTime(name) }
            case 6:  // a body-only edit
                if let name = names.randomElement(using: &random) { try editFence(name) }
            case 7:  // a template change
                let card = templates + "/card.mustache"
                try (String(contentsOfFile: card, encoding: .utf8) + "<!-- \(step) -->\n").write(toFile: card, atomically: true, encoding: .utf8)
            case 8:  // no change at all
                break
            case 5:  // a new slug for the recipe others link to by its file
                try write(names[0], slug: "moved-\(step)")
            case 0 where names.count > 2:  // delete (never the first recipe, which others link to)
                try manager.removeItem(atPath: content + "/a/" + names.remove(at: 1 + random.below(names.count - 1)))
            case 1, 4:  // add, linking to an existing recipe
                let name = "new\(step).md"
                try write(name, link: names[0])
                names.append(name)
            case 2 where names.count > 1:  // rename
                let index = 1 + random.below(names.count - 1)
                let renamed = "renamed\(step).md"
                try manager.moveItem(atPath: content + "/a/" + names[index], toPath: content + "/a/" + renamed)
                names[index] = renamed
            default:  // edit
                if let name = names.randomElement(using: &random) { try write(name) }
            }
            options.output = folder + "/incremental"
            options.cache = folder + "/cache"
            _ = try SiteBuilder.build(options)
            options.output = folder + "/clean-\(step)"
            options.cache = nil
            let result = try SiteBuilder.build(options)
            #expect(!result.fails(strict: false), "step \(step): \(result.diagnostics.map { "\($0.code) \($0.message)" })")
            let incremental = Repository.snapshot(folder + "/incremental")
            let clean = Repository.snapshot(folder + "/clean-\(step)")
            #expect(incremental.keys.sorted() == clean.keys.sorted(), "step \(step)")
            let differing = clean.keys.filter { incremental[$0] != clean[$0] }.sorted()
            #expect(differing.isEmpty, "step \(step): \(differing)")
        }
        // The cache holds one entry per recipe of the last build.
        #expect(try manager.contentsOfDirectory(atPath: folder + "/cache").filter { $0 != PageCache.fileName && !$0.hasSuffix(".html") }.count == names.count)
    }

    /// Rewrites the check cache entry at `path` with 42 checked examples where it had 2.
    static func plant(_ path: String) throws {
        var recipe = try #require(CheckCache.contents(of: path).flatMap(CheckCache.recipe(fromEntry:)))
        if recipe.checkedExamples == 2 { recipe.checkedExamples = 42 }
        try Data(CheckCache.entry(recipe)).write(to: URL(fileURLWithPath: path))
    }

    @Test func cachedResultsAreReused() throws {
        let folder = Repository.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/Content/a", withIntermediateDirectories: true)
        try Self.recipe(1, title: "One", tags: ["x"], link: nil).write(toFile: folder + "/Content/a/one.md", atomically: true, encoding: .utf8)
        var options = BuildOptions()
        options.content = folder + "/Content"
        options.config = folder + "/none.yaml"
        options.cache = folder + "/cache"
        _ = try SiteBuilder.check(options)
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder + "/cache").filter { !$0.hasSuffix(".html") }.sorted()
        #expect(entries.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/cache").sorted() == [entries[0], entries[0] + ".html"])
        // A planted entry is what the next check returns: proof that it was not checked again.
        try Self.plant(folder + "/cache/" + entries[0])
        #expect(try SiteBuilder.check(options).recipes.first?.checkedExamples == 42)
        options.cache = nil
        #expect(try SiteBuilder.check(options).recipes.first?.checkedExamples == 2)
    }

    /// Adding a recipe, or changing its slug, checks again only the recipes that link to it.
    @Test func aNewRecipeRechecksOnlyTheRecipesLinkingToIt() throws {
        let folder = Repository.temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/Content/a", withIntermediateDirectories: true)
        func write(_ number: Int, link: String? = nil, slug: String? = nil) throws {
            try Self.recipe(number, title: "R\(number)", tags: ["x"], link: link, slug: slug)
                .write(toFile: folder + "/Content/a/r\(number).md", atomically: true, encoding: .utf8)
        }
        try write(1, link: "r3.md")
        try write(2)
        var options = BuildOptions()
        options.content = folder + "/Content"
        options.config = folder + "/none.yaml"
        options.cache = folder + "/cache"
        _ = try SiteBuilder.check(options)
        // Planted counts survive only in entries that are reused.
        func plant() throws {
            for name in try manager.contentsOfDirectory(atPath: folder + "/cache") where !name.hasSuffix(".html") && !name.contains(".") {
                try Self.plant(folder + "/cache/" + name)
            }
        }
        func counts() throws -> [String: Int] {
            Dictionary(uniqueKeysWithValues: try SiteBuilder.check(options).recipes.map { ($0.slug, $0.checkedExamples) })
        }
        try plant()
        try write(3)
        #expect(try counts() == ["r1": 2, "r2": 42, "r3": 2])
        try plant()
        try write(3, slug: "third")
        #expect(try counts() == ["r1": 2, "r2": 42, "third": 2])
        let page = try SiteBuilder.check(options).recipes.first { $0.slug == "r1" }?.bodyHTML ?? ""
        #expect(page.contains("href=\"../../recipes/third/\""), "\(page)")
    }

    @Test func bodiesAreReadFromTheCacheOnlyForRenderedPages() throws {
        let folder = Repository.temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/Content/a", withIntermediateDirectories: true)
        try manager.copyItem(atPath: Repository.root() + "/Templates", toPath: folder + "/Templates")
        for number in 1...2 {
            try Self.recipe(number, title: "R\(number)", tags: ["x"], link: nil).write(toFile: folder + "/Content/a/r\(number).md", atomically: true, encoding: .utf8)
        }
        var options = BuildOptions()
        options.content = folder + "/Content"
        options.config = folder + "/none.yaml"
        options.templates = folder + "/Templates"
        options.cache = folder + "/cache"
        options.output = folder + "/Output"
        _ = try SiteBuilder.build(options)
        let bodies = try manager.contentsOfDirectory(atPath: folder + "/cache").filter { $0.hasSuffix(".html") }
        #expect(bodies.count == 2)
        for name in bodies { try "<p>planted</p>".write(toFile: folder + "/cache/" + name, atomically: true, encoding: .utf8) }
        func page(_ number: Int) throws -> String {
            try String(contentsOfFile: folder + "/Output/recipes/r\(number)/index.html", encoding: .utf8)
        }
        _ = try SiteBuilder.build(options)
        #expect(try !page(1).contains("planted"))  // linked, not rendered
        #expect(try SiteBuilder.check(options).recipes.allSatisfy { $0.bodyHTML == "<p>planted</p>" })
        try (try String(contentsOfFile: Repository.root() + "/Templates/recipe.mustache", encoding: .utf8) + "\n")
            .write(toFile: folder + "/Templates/recipe.mustache", atomically: true, encoding: .utf8)
        _ = try SiteBuilder.build(options)
        #expect(try page(1).contains("<p>planted</p>") && page(2).contains("<p>planted</p>"))
        // A cache entry without its body is checked again.
        let first = try #require(SiteBuilder.check(options).contentKeys[folder + "/Content/a/r1.md"])
        try manager.removeItem(atPath: folder + "/cache/" + first + ".html")
        try "{{! again }}".write(toFile: folder + "/Templates/extra.mustache", atomically: true, encoding: .utf8)
        _ = try SiteBuilder.build(options)
        #expect(try page(1).contains("Text 1") && !page(1).contains("planted"))
        #expect(try page(2).contains("<p>planted</p>"))
    }
}
