import Mustache
import RecipeTestSupport
import Testing

@testable import RecipeSite

@Suite struct StencilCacheTests {
    typealias Random = IncrementalBuildTests.Random

    /// Values chosen to trip escaping, partial indentation (empty, CR, LF) and grapheme joins.
    static let pool = [
        "", "a", "Title", "<b>&amp;'\"", "line\nbreak", "ends\n", "\r\n", "\r", "é", "x\u{301}", "\u{301}",
        "42", "{{name}}", "&", "\u{1}", "\u{1}0&\u{1}", "\u{1}1&amp;\u{1}", "\u{1}0&\u{1}\n",
        "\n", "\nstarts", "a\r", "mid\r\nx", "ends\r\n", "\n\r", "in\nside", "<\n&",
    ]

    /// Templates exercising sections, inverted sections, lists, dotted names, an indented
    /// standalone partial and inheritance.
    static let templates = [
        "base": "<title>{{title}}</title>\n{{$content}}{{/content}}\n<p>{{site.title}}</p>\n",
        "item": "{{#list}}\n<li>{{name}}|{{{raw}}}|{{&raw}}|{{n}}</li>\n{{#flag}}F{{name}}{{/flag}}\n{{/list}}\n",
        "page": """
            {{<base}}{{$content}}
            <ul>
              {{>item}}
            </ul>
            {{#list}}[{{name}}{{^flag}}!{{/flag}}{{#sub}}({{.}}{{title}}){{/sub}}]{{/list}}{{^list}}none{{/list}}
            {{#title}}T={{.}}{{/title}}{{#n}}N={{.}}{{/n}}
            {{/content}}{{/base}}
            """,
    ]

    static func templateSet() throws -> TemplateSet {
        FastHTMLContentType.register()
        var library = MustacheLibrary()
        for (name, text) in templates { try library.register(FastHTMLContentType.pragma + text, named: name) }
        return TemplateSet(library: library, assets: [:], stencils: StencilCache(templates: Array(templates.values)))
    }

    static func context(_ random: inout Random, pool: [String] = pool) -> [String: Any] {
        func value() -> String { pool[random.below(pool.count)] }
        var context: [String: Any] = ["title": value(), "site": ["title": value()], "n": random.below(3)]
        if random.below(4) > 0 {
            context["list"] = (0..<random.below(3)).map { _ -> [String: Any] in
                var item: [String: Any] = ["name": value(), "raw": value(), "flag": random.below(2) == 0, "n": random.below(100)]
                if random.below(2) == 0 { item["sub"] = value() }
                return item
            }
        }
        return context
    }

    @Test func stencilledPagesEqualTheEnginesOverSeededContexts() throws {
        let set = try Self.templateSet()
        var random = Random(state: 8)
        for _ in 0..<3000 {
            let context = Self.context(&random)
            let expected = set.library.render(context, withTemplate: "page") ?? ""
            #expect(set.render("page", context) == expected, "\(context)")
        }
    }

    @Test func theSiteTemplatesRenderAsTheEngineDoes() throws {
        let set = try TemplateSet.load(directory: Repository.root() + "/Templates")
        #expect(set.stencils.enabled)
        var random = Random(state: 3)
        for _ in 0..<1500 {
            var card = Self.context(&random)
            card["tags"] = (0..<random.below(3)).map { _ in ["name": Self.pool[random.below(Self.pool.count)], "url": "u"] }
            if random.below(2) == 0 { card["difficulty"] = "beginner" }
            var page = card
            page["toc"] = (0..<random.below(3)).map { _ in ["id": "i", "text": Self.pool[random.below(Self.pool.count)], "sub": random.below(2) == 0] as [String: Any] }
            page["hasToc"] = random.below(2) == 0
            page["hasRelated"] = true
            page["body"] = SiteRenderer.bodyMarker
            // Cards shown on a page are shaped once; the engine renders the plain dictionaries.
            var plain = page
            let others = (0..<random.below(3)).map { _ in Self.context(&random) }
            page["related"] = [ShapedContext(card)] + others.map(ShapedContext.init)
            plain["related"] = [card] + others
            if random.below(2) == 0 {
                page["newer"] = ShapedContext(others.first ?? card)
                plain["newer"] = others.first ?? card
            }
            let context: [String: Any] = ["title": card["title"]!, "site": card["site"]!, "recipe": page]
            let expected = set.library.render(["title": card["title"]!, "site": card["site"]!, "recipe": plain], withTemplate: "recipe")
            #expect(set.render("card", card) == set.library.render(card, withTemplate: "card"))
            #expect(set.render("card", ShapedContext(card)) == set.library.render(card, withTemplate: "card"))
            #expect(set.render("recipe", context) == expected)
            #expect(String(decoding: set.renderBytes("recipe", context), as: UTF8.self) == expected)
        }
    }

    /// Shaped dictionaries inside a context give the pages of their plain dictionaries, and
    /// from stencils: the engine renders only the first pages of each shape.
    @Test func shapedContextsAreStencilledAsTheirDictionaries() throws {
        let set = try Self.templateSet()
        let cache = StencilCache(templates: Array(Self.templates.values))
        var random = Random(state: 5)
        var calls = 0
        var shapes = Set<[UInt8]>()
        for _ in 0..<2000 {
            // Plain values, so that shapes differ only in lists and flags, and are few.
            var context = Self.context(&random, pool: ["a", "Title", "<b>&'\"", "é", "42"])
            let expected = set.library.render(context, withTemplate: "page") ?? ""
            if let list = context["list"] as? [[String: Any]] { context["list"] = list.map(ShapedContext.init) }
            let page = cache.render("page", context) { context in
                calls += 1
                return set.library.render(context, withTemplate: "page") ?? ""
            }
            #expect(page == expected, "\(context)")
            shapes.insert(try #require(ContextShape(context)).key)
        }
        #expect(calls <= 3 * shapes.count)
        #expect(calls < 200)
    }

    @Test func aShapeIsRenderedByTheEngineOnlyUntilItsStencilIsMade() {
        let cache = StencilCache(templates: ["{{a}}"])
        var calls = 0
        let engine: (Any) -> String = { context in
            calls += 1
            return "<" + ((context as? [String: Any])?["a"] as? String ?? "") + ">"
        }
        #expect(cache.render("t", ["a": "x"], engine: engine) == "<x>")
        #expect(calls == 1)
        #expect(cache.render("t", ["a": "y"], engine: engine) == "<y>")
        #expect(calls == 3)  // the page, then the page of markers the stencil is cut from
        #expect(cache.render("t", ["a": "z&"], engine: engine) == "<z&>")
        #expect(calls == 3)
        #expect(cache.render("t", ["b": "z"], engine: engine) == "<>")
        #expect(calls == 4)  // another shape
    }

    @Test func aStencilThatDoesNotReproduceThePageIsNotUsed() {
        let cache = StencilCache(templates: ["{{a}}"])
        var calls = 0
        // Writes the value's length, which no stencil can reproduce from the value's slot.
        let engine: (Any) -> String = { context in
            calls += 1
            return String(((context as? [String: Any])?["a"] as? String ?? "").count)
        }
        for value in ["x", "yy", "zzz", "wwww"] { #expect(cache.render("t", ["a": value], engine: engine) == String(value.count)) }
        #expect(calls == 5)
    }

    @Test(arguments: [
        ("plain names, sections, partials, blocks, comments", "{{<base}}{{$b}}{{a.b}} {{{c}}} {{& d}}{{#e}}{{/e}}{{^f}}{{/f}}{{>g}}{{! any (thing) }}{{/b}}{{/base}}", true),
        ("a transform", "{{uppercased(title)}}", false),
        ("a section transform", "{{#first(tags)}}{{/first(tags)}}", false),
        ("a dynamic partial", "{{>*name}}", false),
        ("a pragma", "{{% CONTENT_TYPE: TEXT}}{{a}}", false),
        ("a delimiter change", "{{=<% %>=}}<%a%>", false),
        ("an unclosed tag", "{{a", false),
        ("byte 1 in the text", "\u{1}{{a}}", false),
    ])
    func templatesAllowStencilsOnlyWithPlainTags(_ name: String, _ template: String, _ allowed: Bool) {
        #expect(StencilCache.allowsStencils(template) == allowed, "\(name)")
    }

    @Test func contextsWithUnknownValuesAreNotStencilled() {
        #expect(ContextShape(["a": 1.5]) == nil)
        #expect(ContextShape(["a": ["b": [1, 2]]]) != nil)
        #expect(ContextShape(["a": "x", "b": [true]])?.key == ContextShape(["a": "y", "b": [true]])?.key)
        #expect(ContextShape(["a": "x", "b": [true]])?.key != ContextShape(["a": "x", "b": [false]])?.key)
        #expect(ContextShape(["a": ""])?.key != ContextShape(["a": "x"])?.key)
    }

    /// Only a value's emptiness and the line breaks at its ends change what the engine does
    /// with it (partial indentation), so only they are in the key.
    @Test(arguments: [
        ("x\n", "y\n", true), ("a\nb", "ab", true), ("x\n", "x", false), ("x\r\n", "x\n", false),
        ("\nx", "x", false), ("x\r", "x", false), ("\n", "x\n", false), ("", "x", false), ("\r\n", "x\r\n", true),
    ])
    func lineBreaksCountOnlyAtAValuesEnds(_ first: String, _ second: String, _ same: Bool) {
        #expect((ContextShape(["a": first])?.key == ContextShape(["a": second])?.key) == same)
    }
}
