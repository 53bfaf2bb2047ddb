import Testing

@testable import RecipeMermaid

/// Entity codes, style sanitising and colour contrast, unit by unit.
@Suite struct TextAndStyleTests {
    @Test(arguments: [
        ("#quot;x#quot;", "\"x\""), ("#35;", "#"), ("#9829;", "♥"), ("#amp; #lt;b#gt;", "& <b>"),
        ("#unknown;", "#unknown;"), ("# not an entity", "# not an entity"), ("#0;", "#0;"),
        ("#99999999;", "#99999999;"), ("a#b;c", "a#b;c"), ("##35;", "##"), ("#", "#"),
    ])
    func entityCodes(raw: String, decoded: String) {
        #expect(EntityDecoder.decode(raw) == decoded)
    }

    @Test(arguments: [
        ("#f9f", "#f9f"), ("rgb(1, 2, 3)", "rgb(1, 2, 3)"), ("4px", "4px"), ("5 5", "5 5"),
        ("url(#x)", nil), ("var(--x)", nil), ("expression(1)", nil), ("red;x:y", nil),
        ("a\"b", nil), ("<b>", nil), ("", nil), (String(repeating: "a", count: 65), nil),
        ("  bold  ", "bold"),
    ] as [(String, String?)])
    func styleValues(value: String, safe: String?) {
        #expect(StyleSanitizer.safeValue(value) == safe)
    }

    @Test func declarationsSplitIntoShapeAndText() {
        let (shape, text) = StyleSanitizer.split([
            StyleDeclaration(property: "fill", value: "#fff"),
            StyleDeclaration(property: "COLOR", value: "red"),
            StyleDeclaration(property: "font-size", value: "20px"),
            StyleDeclaration(property: "fill", value: "#000"),
            StyleDeclaration(property: "stroke-width", value: "url(x)"),
        ])
        #expect(shape.map { "\($0.0):\($0.1)" } == ["fill:#000"])
        #expect(text.map { "\($0.0):\($0.1)" } == ["fill:red"])
    }

    @Test(arguments: [
        ("#ffffff", "#000000"), ("#000", "#ffffff"), ("#326ce5", "#ffffff"), ("#e8f5e9", "#000000"),
        ("rgb(250, 250, 0)", "#000000"), ("white", "#000000"), ("teal", nil), ("#12", nil),
    ] as [(String, String?)])
    func readableTextOnAFill(fill: String, text: String?) {
        #expect(StyleSanitizer.contrastingText(on: fill) == text)
    }

    @Test func escapingCoversMarkupAndControlCharacters() {
        #expect(SVGText.escape("<a href='x'>&\"</a>\u{1}\u{7F}\t") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt; ")
        #expect(SVGText.escapeKeepingLines("a\r\n\tb<") == "a\n    b&lt;")
    }
}
