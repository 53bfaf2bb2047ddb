import RecipeDiagnostics
import Testing

@testable import RecipeSite

/// One front matter case: the recipe text and the diagnostics it must give (code@line:column).
struct FrontMatterCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let expected: [String]
    var testDescription: String { name }
}

@Suite struct FrontMatterTests {
    static let valid = "---\ntitle: T\ndescription: D\ncategory: networking\n"

    static let cases: [FrontMatterCase] = [
        .init(name: "complete", text: valid + "difficulty: advanced\ntime: 5 minutes\nkubernetes: \"1.28+\"\ntags: [a, b-c]\ndate: 2026-03-01\ndraft: false\nauthor: A\nslug: my-recipe\n---\n", expected: []),
        .init(name: "no front matter", text: "# Title\n", expected: ["RG1001@1:1"]),
        .init(name: "not closed", text: "---\ntitle: T\n", expected: ["RG1008@1:1"]),
        .init(name: "empty", text: "---\n---\n", expected: ["RG1002@1:1", "RG1002@1:1", "RG1002@1:1"]),
        .init(name: "missing description", text: "---\ntitle: T\ncategory: networking\n---\n", expected: ["RG1002@1:1"]),
        .init(name: "bad difficulty", text: valid + "difficulty: expert\n---\n", expected: ["RG1003@5:13"]),
        .init(name: "unknown key", text: valid + "catgory: x\n---\n", expected: ["RG1004@5:1"]),
        .init(name: "impossible date", text: valid + "date: 2026-02-30\n---\n", expected: ["RG1005@5:7"]),
        .init(name: "american date", text: valid + "date: 03/01/2026\n---\n", expected: ["RG1005@5:7"]),
        .init(name: "version words", text: valid + "kubernetes: latest\n---\n", expected: ["RG1007@5:13"]),
        .init(name: "reversed range", text: valid + "kubernetes: \"1.32-1.29\"\n---\n", expected: ["RG1007@5:13"]),
        .init(name: "plain version number", text: valid + "kubernetes: 1.30\n---\n", expected: []),
        .init(name: "tags not a list", text: valid + "tags: services\n---\n", expected: ["RG1003@5:7"]),
        .init(name: "tag with capitals", text: valid + "tags: [ok, Bad]\n---\n", expected: ["RG1003@5:12"]),
        .init(name: "draft not boolean", text: valid + "draft: maybe\n---\n", expected: ["RG1003@5:8"]),
        .init(name: "title is a list", text: "---\ntitle: [a]\ndescription: D\ncategory: c\n---\n", expected: ["RG1003@2:8"]),
        .init(name: "category not a slug", text: "---\ntitle: T\ndescription: D\ncategory: Net Working\n---\n", expected: ["RG1003@4:11"]),
        .init(name: "yaml syntax", text: "---\ntitle: T\n  description: [\n---\n", expected: ["RG2001@3:14"]),
        .init(name: "duplicate key", text: valid + "title: again\n---\n", expected: ["RG2002@5:1"]),
        .init(name: "crlf", text: "---\r\ntitle: T\r\ndescription: D\r\ncategory: c\r\ndifficulty: hard\r\n---\r\n", expected: ["RG1003@5:13"]),
        .init(name: "byte order mark", text: "\u{FEFF}---\ntitle: T\ndescription: D\ncategory: c\n---\n", expected: []),
    ]

    @Test(arguments: cases)
    func diagnostics(_ testCase: FrontMatterCase) {
        let checker = RecipeChecker(config: SiteConfig(), links: LinkResolver(slugs: [:], fileURLs: false))
        let recipe = checker.check(RecipeFile(path: "r.md", relativePath: "r.md", text: testCase.text))
        let found = recipe.diagnostics.sorted().map { "\($0.code)@\($0.range.start.line):\($0.range.start.column)" }
        #expect(found == testCase.expected)
    }

    @Test func categoriesFromTheConfigAreEnforced() {
        var config = SiteConfig()
        config.categories = [.init(slug: "networking", title: "Networking", description: "")]
        let checker = RecipeChecker(config: config, links: LinkResolver(slugs: [:], fileURLs: false))
        let recipe = checker.check(RecipeFile(path: "r.md", relativePath: "r.md", text: "---\ntitle: T\ndescription: D\ncategory: storage\n---\n"))
        #expect(recipe.diagnostics.map(\.code) == ["RG1003"])
        #expect(recipe.diagnostics.first?.message == "unknown category 'storage'; expected one of 'networking'")
    }

    @Test func decodedValues() throws {
        let checker = RecipeChecker(config: SiteConfig(), links: LinkResolver(slugs: [:], fileURLs: false))
        let recipe = checker.check(RecipeFile(path: "a/b.md", relativePath: "a/My Recipe.md", text: Self.valid + "tags: [x, x, y]\ndate: 2024-02-29\n---\n"))
        let matter = try #require(recipe.frontMatter)
        #expect(matter.tags == ["x", "y"])
        #expect(matter.date?.description == "2024-02-29")
        #expect(recipe.slug == "my-recipe")
    }
}

@Suite struct FenceAttributeTests {
    @Test(arguments: [
        ("yaml", "yaml", nil as String?),
        ("yaml title=\"svc.yaml\" fragment", "yaml", nil),
        ("yaml invalid=RG1004", "yaml", nil),
        ("yaml ignroe", "yaml", "RG1010@3:9 unknown fence attribute 'ignroe'"),
        ("yaml invalid=RG9999", "yaml", "RG1010@3:9 'RG9999' is not a recipegen diagnostic code"),
        ("bash title", "bash", "RG1010@3:9 fence attribute 'title' needs a value, as in title=\"service.yaml\""),
        ("yaml fragment=yes", "yaml", "RG1010@3:9 fence attribute 'fragment' takes no value"),
    ])
    func parse(info: String, language: String, problem: String?) {
        let (attributes, diagnostics) = FenceAttributes.parse(info, at: .init(line: 3, column: 4))
        #expect(attributes.language == language)
        let found = diagnostics.first.map { "\($0.code)@\($0.range.start.line):\($0.range.start.column) \($0.message)" }
        #expect(found == problem)
    }

    @Test func values() {
        let (attributes, _) = FenceAttributes.parse("yaml title='a b.yaml' invalid=RG1004 linenums", at: .init(line: 1, column: 4))
        #expect(attributes.title == "a b.yaml")
        #expect(attributes.invalid == .code("RG1004"))
        #expect(attributes.lineNumbers)
    }
}
