import Foundation
import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeSite

/// `recipegen check` checks without rendering pages; it must still find everything a build finds.
@Suite struct CheckOnlyTests {
    static let root = Repository.root()

    /// The repository's recipes, by path.
    static func contentRecipes() -> [RecipeFile] {
        var files: [RecipeFile] = []
        let enumerator = FileManager.default.enumerator(atPath: root + "/Content")
        while let next = enumerator?.nextObject() as? String {
            guard next.hasSuffix(".md"), let text = try? String(contentsOfFile: root + "/Content/" + next, encoding: .utf8) else { continue }
            files.append(RecipeFile(path: "Content/" + next, relativePath: next, text: text))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Line-level corruptions of a recipe from a fixed seed: a line dropped, doubled, cut short
    /// or given bytes that matter to the YAML, shell and Mermaid parsers.
    static func corruptions(of text: String, seed: UInt64, count: Int) -> [String] {
        let inserts = [": :", "\t", "'", "\"", "$(", "<<EOF", "-->", "subgraph", "end", "|", "[", "{", " ---", "```", "# x", "[!NOTE]"]
        var state = seed
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (0..<count).map { _ in
            var copy = lines
            let at = next(copy.count)
            switch next(4) {
            case 0: copy.remove(at: at)
            case 1: copy.insert(copy[at], at: at)
            case 2: copy[at] = String(copy[at].prefix(next(copy[at].count + 1)))
            default:
                var line = Array(copy[at])
                line.insert(contentsOf: inserts[next(inserts.count)], at: next(line.count + 1))
                copy[at] = String(line)
            }
            return copy.joined(separator: "\n")
        }
    }

    /// Everything of a checked recipe except what only pages use (its HTML and search text),
    /// as JSON with sorted keys.
    static func checkedParts(_ recipe: CheckedRecipe) -> String {
        var parts = recipe
        parts.bodyHTML = ""
        parts.searchText = []
        parts.rendered = true
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(parts)) ?? Data(), as: UTF8.self)
    }

    @Test func checkFindsWhatABuildFindsOnContentAndCorruptedRecipes() {
        let recipes = Self.contentRecipes()
        #expect(recipes.count >= 5)
        let resolver = LinkResolver(slugs: SlugIndex.build(recipes), fileURLs: false)
        let build = RecipeChecker(config: SiteConfig(), links: resolver)
        let check = RecipeChecker(config: SiteConfig(), links: resolver, rendersPages: false)
        var codes: Set<String> = []
        for (index, recipe) in recipes.enumerated() {
            let variants = [recipe.text] + Self.corruptions(of: recipe.text, seed: UInt64(index), count: 60)
            for (number, text) in variants.enumerated() {
                var file = recipe
                file.text = text
                let built = build.check(file)
                let checked = check.check(file)
                let parts = Self.checkedParts(built)
                #expect(parts.contains("\"checkedExamples\""))
                #expect(Self.checkedParts(checked) == parts, "\(recipe.path) variant \(number)")
                #expect(checked.bodyHTML.isEmpty && !checked.rendered && built.rendered)
                codes.formUnion(built.diagnostics.map(\.code))
            }
        }
        // The corruptions reach the front matter, YAML, shell and Mermaid checks.
        for range in ["RG1", "RG2", "RG3", "RG4"] {
            #expect(codes.contains { $0.hasPrefix(range) }, "no \(range)xxx diagnostic among \(codes.sorted())")
        }
    }

    @Test func checkOnlyDrawsNoDiagram() {
        let text = "---\ntitle: T\ndescription: D\ncategory: c\n---\n\n## Flow\n\n```mermaid\nflowchart LR\n  A --> B\n```\n"
        let file = RecipeFile(path: "r.md", relativePath: "r.md", text: text)
        let resolver = LinkResolver(slugs: [:], fileURLs: false)
        let checked = RecipeChecker(config: SiteConfig(), links: resolver, rendersPages: false).check(file)
        let built = RecipeChecker(config: SiteConfig(), links: resolver).check(file)
        #expect(checked.diagrams == 1 && built.diagrams == 1)
        #expect(checked.bodyHTML == "")
        #expect(built.bodyHTML.contains("<svg"))
        #expect(checked.headings == [HeadingEntry(level: 2, id: "flow", text: "Flow")])
    }

    @Test func siteCheckWithoutPagesHasTheBuildsDiagnostics() throws {
        var options = BuildOptions()
        options.content = Self.root + "/Content"
        options.config = Self.root + "/recipegen.yaml"
        let full = try SiteBuilder.check(options)
        let checkOnly = try SiteBuilder.check(options, rendering: false)
        #expect(checkOnly.diagnostics == full.diagnostics)
        #expect(checkOnly.recipes.map(Self.checkedParts) == full.recipes.map(Self.checkedParts))
        #expect(checkOnly.recipes.allSatisfy { $0.bodyHTML.isEmpty })
    }

    /// A cache entry written by `check` has no page; a build must not publish it.
    @Test func buildDoesNotReuseACheckOnlyCacheEntry() throws {
        let folder = Repository.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/Content/a", withIntermediateDirectories: true)
        let text = "---\ntitle: One\ndescription: D\ncategory: a\n---\n\nSome text.\n"
        try text.write(toFile: folder + "/Content/a/one.md", atomically: true, encoding: .utf8)
        var options = BuildOptions()
        options.content = folder + "/Content"
        options.config = folder + "/none.yaml"
        options.cache = folder + "/cache"
        #expect(try SiteBuilder.check(options, rendering: false).recipes.first?.bodyHTML == "")
        let built = try SiteBuilder.check(options).recipes.first
        #expect(built?.bodyHTML == "<p>Some text.</p>\n")
        #expect(built?.searchText == ["Some text."])
        // A full entry serves a later check-only run as well (a fresh check-only result has no
        // search text); its body, which check does not need, stays unread.
        let reused = try SiteBuilder.check(options, rendering: false).recipes.first
        #expect(reused?.searchText == ["Some text."])
        #expect(reused?.bodyHTML == "")
    }
}
