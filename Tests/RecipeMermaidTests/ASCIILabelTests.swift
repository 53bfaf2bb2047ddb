import Testing

@testable import RecipeMermaid

/// ASCII labels are split, collapsed and summarised on bytes; these hold the byte versions to the
/// `Character` definitions over seeded random ASCII labels, so diagrams stay byte for byte the same.
@Suite struct ASCIILabelTests {
    /// Pieces that meet every rule: break tags in any case and near misses, all ASCII whitespace,
    /// `\r\n`, Markdown emphasis and markup characters.
    static let pieces = [
        "a", "Z", "9", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "<br>", "<BR/>", "<Br />",
        "<br", "<b", "<br /", "< br>", "<", ">", "/", "*", "**", "_", "&", "\"", "x y", "\u{1}",
    ]

    static func randomLabels(seed: UInt64, count: Int) -> [String] {
        var random = SVGFormattingTests.Generator(state: seed)
        return (0..<count).map { _ in
            (0..<Int(random.next() % 14)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test func plainMatchesTheCharacterDefinition() {
        for text in Self.randomLabels(seed: 3, count: 5_000) {
            #expect(ASCIILabel.plain(text) == FlowchartSummary.plainByCharacter(text), "\(Array(text.utf8))")
        }
    }

    @Test func splitLinesMatchesTheCharacterDefinition() {
        for text in Self.randomLabels(seed: 5, count: 5_000) {
            for markdown in [false, true] {
                #expect(
                    ASCIILabel.splitLines(text, markdown: markdown)
                        == LabelBox.splitLinesByCharacter(text, markdown: markdown), "\(Array(text.utf8)) \(markdown)")
            }
        }
    }

    @Test func collapseMatchesTheCharacterDefinition() {
        for text in Self.randomLabels(seed: 9, count: 5_000) {
            for carried in [false, true] {
                var byBytes = carried
                var byCharacters = carried
                let bytes = ASCIILabel.collapse(text, lastWasSpace: &byBytes)
                let characters = LabelBox.collapseByCharacter(text, lastWasSpace: &byCharacters)
                #expect(bytes == characters && byBytes == byCharacters, "\(Array(text.utf8)) \(carried)")
            }
        }
    }

    @Test func nonASCIILabelsTakeTheCharacterPath() {
        // A combining mark after `>` makes one Character: the tag is not a break.
        #expect(!ASCIILabel.isASCII("<br>\u{301}x"))
        #expect(LabelBox.splitLines("<br>\u{301}x", markdown: false) == ["<br>\u{301}x"])
        #expect(FlowchartSummary.plain("a\u{2028}b") == "a b")
    }
}
