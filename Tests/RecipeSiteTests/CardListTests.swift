import Mustache
import Testing

@testable import RecipeSite

@Suite struct CardListTests {
    typealias Random = IncrementalBuildTests.Random

    /// Cards of every kind of line-break edges, two or more of each.
    static let cards = [
        "<li>a</li>", "<b>&amp;</b>", "in\nside", "ends\n", "<li>\nb</li>\n", "\nstarts", "\n<i>s</i>",
        "\nboth\n", "\nx\ny\n", "a\r", "<b>\r", "ends\r\n", "x\r\n", "a\rb", "c\rd", "a\r\r", "b\r\r", "é\n", "\u{1}\n",
    ]

    /// List templates: the site's layout, an indented partial, cards inline, and two the splice
    /// cannot follow (an escaped card, the cards written twice).
    static let lists: [(template: String, splices: Bool)] = [
        ("{{<base}}{{$content}}\n<ul>\n{{#recipes}}\n{{{html}}}\n{{/recipes}}\n</ul>\n{{/content}}{{/base}}", true),
        ("<ul>\n  {{>cards}}\n</ul>\n", true),
        ("<ul>{{#recipes}}<li>{{{html}}}</li>{{/recipes}}</ul>{{^recipes}}none{{/recipes}}", true),
        ("<ul>{{#recipes}}{{html}}{{/recipes}}</ul>", false),
        ("{{#recipes}}{{{html}}}{{/recipes}}|{{#recipes}}{{&html}}{{/recipes}}", false),
    ]

    static func library(list: String) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        try library.register("<title>t</title>\n  {{$content}}{{/content}}\n<p>end</p>\n", named: "base")
        try library.register("{{#recipes}}\n{{{html}}}\n{{/recipes}}\n", named: "cards")
        try library.register(list, named: "list")
        return library
    }

    @Test func splicedListsEqualTheEnginesOverSeededCards() throws {
        var random = Random(state: 12)
        for (template, splices) in Self.lists {
            let library = try Self.library(list: template)
            func engine(_ cards: [String]) -> [UInt8] {
                Array((library.render(["recipes": cards.map { ["html": $0] }], withTemplate: "list") ?? "").utf8)
            }
            for round in 0..<200 {
                let first = Self.cards[random.below(Self.cards.count)]
                let alike = Self.cards.filter { ContextShape.lineBreakEdges($0) == ContextShape.lineBreakEdges(first) }
                let cards = (0..<1 + random.below(5)).map { _ in alike[random.below(alike.count)] }
                let list = CardList(cards: alike, render: engine)
                #expect((list != nil) == splices, "\(template) round \(round)")
                guard let list else { continue }
                #expect(list.splice(engine([list.marker]), cards: cards) == engine(cards), "\(template) \(cards)")
            }
        }
    }

    @Test func cardsOfDifferentEdgesAreNotSpliced() throws {
        let library = try Self.library(list: Self.lists[0].template)
        let list = CardList(cards: ["a", "b\n"]) { cards in
            Array((library.render(["recipes": cards.map { ["html": $0] }], withTemplate: "list") ?? "").utf8)
        }
        #expect(list == nil)
        #expect(CardList(cards: [""]) { _ in [] } == nil)
    }
}
