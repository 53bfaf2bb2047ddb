import Foundation
import RecipeFuzzSupport
import RecipeTestSupport
import Testing

/// The fuzzers' invariants run on seeded mutations of the test fixtures, and on every crasher
/// the fuzzers found, inside the ordinary test suite.
@Suite struct HardeningSeededMutationTests {
    static let root = Repository.root()
    static let crashers = root + "/Tests/RecipeHardeningTests/Fixtures/Crashers"

    /// Recipes of the repository and the site fixtures, as seeds.
    static func seedRecipes() -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        for base in [root + "/Content", root + "/Tests/RecipeSiteTests/Fixtures/Sites"] {
            let enumerator = FileManager.default.enumerator(atPath: base)
            while let next = enumerator?.nextObject() as? String {
                if next.hasSuffix(".md"), let data = FileManager.default.contents(atPath: base + "/" + next) { seeds.append(Array(data)) }
            }
        }
        return seeds.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The fences of a given language in the seed recipes.
    static func fences(_ languages: Set<String>) -> [[UInt8]] {
        var found: [[UInt8]] = []
        for recipe in seedRecipes() {
            var body: [Substring]?
            for line in String(decoding: recipe, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
                if body != nil, line.hasPrefix("```") {
                    found.append(Array(body!.joined(separator: "\n").utf8))
                    body = nil
                } else if body != nil {
                    body!.append(line)
                } else if line.hasPrefix("```"), let word = line.dropFirst(3).split(separator: " ").first, languages.contains(String(word)) {
                    body = []
                }
            }
        }
        return found
    }

    static func seeds(for pipeline: FuzzPipeline) -> [[UInt8]] {
        switch pipeline {
        case .recipe, .frontMatter: return seedRecipes()
        case .yamlService: return fences(["yaml", "yml"])
        case .shell: return fences(["bash", "sh", "console"]).map { [0] + $0 }
        case .mermaid: return fences(["mermaid"])
        }
    }

    @Test(arguments: FuzzPipeline.allCases)
    func seededMutationsKeepTheInvariants(pipeline: FuzzPipeline) throws {
        let seeds = Self.seeds(for: pipeline)
        try #require(!seeds.isEmpty, "no seeds for \(pipeline)")
        let iterations = Int(ProcessInfo.processInfo.environment["HARDENING_MUTATIONS"] ?? "") ?? 150
        var mutator = SeededMutator(seed: 0x5EED_0000 &+ UInt64(pipeline.rawValue.utf8.count))
        for iteration in 0..<iterations {
            let input = mutator.mutate(seeds[iteration % seeds.count])
            let problems = pipeline.run(input)
            #expect(problems.isEmpty, "\(pipeline) iteration \(iteration): \(problems.first ?? "") input: \(String(decoding: input.prefix(300), as: UTF8.self).debugDescription)")
            if !problems.isEmpty { return }
        }
    }

    @Test(arguments: FuzzPipeline.allCases)
    func crashersFoundByTheFuzzersStayFixed(pipeline: FuzzPipeline) throws {
        let folder = Self.crashers + "/" + pipeline.rawValue
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names {
            let data = try #require(FileManager.default.contents(atPath: folder + "/" + name))
            let problems = pipeline.run(Array(data))
            #expect(problems.isEmpty, "\(pipeline) crasher \(name): \(problems.first ?? "")")
        }
    }
}
