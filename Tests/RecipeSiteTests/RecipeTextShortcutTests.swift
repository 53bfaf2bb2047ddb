import Foundation
import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeSite

/// The byte-level shortcuts on a recipe's text (front matter, line ends) give what the line by
/// line versions give, on seeded random texts; a checked recipe stays a value.
@Suite struct RecipeTextShortcutTests {
    static let lines = [
        "---", "--- ", "---\t", "...", "title: T", "key: \"a b\"", "", " ", "é: ü", "---x", "\u{FEFF}---", "- item",
        "-- -", "# heading", "---\u{301}",
    ]
    static let ends = ["\n", "\n", "\n", "\r\n", "\r", ""]

    static func text(_ random: inout SplitMix64) -> String {
        var text = Bool.random(using: &random) ? "\u{FEFF}" : ""
        // Half the texts open a front matter, so that many of them close one too.
        if Bool.random(using: &random) { text += "---" + ends.randomElement(using: &random)! }
        for _ in 0..<Int.random(in: 0...7, using: &random) {
            text += lines.randomElement(using: &random)! + ends.randomElement(using: &random)!
        }
        return text
    }

    static func describe(_ result: Result<FrontMatterBlock, Diagnostic>) -> String {
        switch result {
        case .success(let block): "block \(block.yaml.debugDescription) \(block.firstLine) \(block.closingLine)"
        case .failure(let diagnostic): "\(diagnostic.code) \(diagnostic.message) \(diagnostic.range)"
        }
    }

    @Test func frontMatterOnBytesMatchesTheLineByLineSearch() {
        var random = SplitMix64(state: 3)
        var found = 0
        for _ in 0..<5000 {
            let text = Self.text(&random)
            let expected = Self.describe(FrontMatterBlock.findByLines(in: text))
            #expect(Self.describe(FrontMatterBlock.find(in: text)) == expected, "\(text.debugDescription)")
            if expected.hasPrefix("block") { found += 1 }
        }
        // Both outcomes must be common, or the comparison proves little.
        #expect(found > 500)
    }

    /// Lone CRs replaced the simple way: byte by byte over the whole text.
    static func simpleNormalized(_ text: String) -> String {
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A) {
            bytes[index] = 0x0A
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func loneCarriageReturnsBecomeLineFeedsAsBefore() {
        var random = SplitMix64(state: 11)
        for _ in 0..<3000 {
            let text = Self.text(&random)
            let normalized = LineEnds.normalizingLoneCarriageReturns(text)
            #expect(Array(normalized.utf8) == Array(Self.simpleNormalized(text).utf8), "\(text.debugDescription)")
        }
    }

    static func recipe() -> CheckedRecipe {
        CheckedRecipe(
            file: RecipeFile(path: "Content/a.md", relativePath: "a.md", text: "text"), frontMatter: nil, slug: "a",
            diagnostics: [], bodyHTML: "<p>a</p>\n", headings: [HeadingEntry(level: 2, id: "x", text: "X")],
            manifests: "", links: [], searchText: ["a"], checkedExamples: 1, diagrams: 0)
    }

    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        let original = Self.recipe()
        var copy = original
        copy.bodyHTML += "<p>b</p>\n"
        copy.headings.append(HeadingEntry(level: 3, id: "y", text: "Y"))
        copy.slug = "b"
        copy.file.text = ""
        copy.linkedSlugs["b.md"] = "b"
        #expect(original.bodyHTML == "<p>a</p>\n")
        #expect(original.headings.count == 1)
        #expect(original.slug == "a")
        #expect(original.file.text == "text")
        #expect(original.linkedSlugs.isEmpty)
        #expect(copy.bodyHTML == "<p>a</p>\n<p>b</p>\n" && copy.headings.count == 2 && copy.slug == "b")
        #expect(original.rendered && original.updated == nil)
    }

    @Test func theCacheJSONHasOneKeyPerField() throws {
        var recipe = Self.recipe()
        recipe.updated = RecipeDate("2026-03-01")
        let data = try JSONEncoder().encode(recipe)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object.keys.sorted() == [
            "bodyHTML", "checkedExamples", "diagnostics", "diagrams", "file", "headings", "linkedSlugs", "links",
            "manifests", "rendered", "searchText", "slug", "updated",
        ])
        let decoded = try JSONDecoder().decode(CheckedRecipe.self, from: data)
        #expect(decoded.bodyHTML == recipe.bodyHTML && decoded.headings == recipe.headings && decoded.updated == recipe.updated)
        #expect(decoded.file == recipe.file && decoded.slug == "a" && decoded.checkedExamples == 1 && decoded.rendered)
    }
}

extension RecipeTextShortcutTests {
    /// Lines as the scanner first read them: index by index through the UTF-8 view.
    static func simpleLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var index = text.startIndex
        let utf8 = text.utf8
        while index < text.endIndex {
            var cursor = index
            while cursor != utf8.endIndex, utf8[cursor] != UInt8(ascii: "\n") { cursor = utf8.index(after: cursor) }
            var end = cursor
            if end > index, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
            lines.append(text[index..<end])
            index = cursor == utf8.endIndex ? cursor : utf8.index(after: cursor)
        }
        return lines
    }

    @Test func lineScannerReadsTheLinesItReadBefore() {
        var random = SplitMix64(state: 17)
        for _ in 0..<3000 {
            let text = Self.text(&random)
            var scanner = LineScanner(text)
            var lines: [Substring] = []
            while let line = scanner.next() { lines.append(line) }
            #expect(lines.map { Array($0.utf8) } == Self.simpleLines(text).map { Array($0.utf8) }, "\(text.debugDescription)")
        }
    }
}

extension RecipeTextShortcutTests {
    @Test func hiddenPathsAreThoseWithADotComponent() {
        var random = SplitMix64(state: 23)
        let parts = [".", "..", ".git", "a", "b.md", "a.b", "x.", "/", "é", ".é"]
        for _ in 0..<3000 {
            let path = (0..<Int.random(in: 1...6, using: &random)).map { _ in parts.randomElement(using: &random)! }.joined()
            let expected = path.split(separator: "/").contains { $0.hasPrefix(".") }
            #expect(ContentLoader.isHidden(path) == expected, "\(path)")
        }
    }
}
