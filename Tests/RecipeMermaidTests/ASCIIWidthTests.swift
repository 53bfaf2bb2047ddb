import Testing

@testable import RecipeMermaid

/// ASCII text is measured from flat advance and kerning tables; the widths must be those of the
/// scalar-by-scalar measure with the kerning dictionary.
@Suite struct ASCIIWidthTests {
    @Test func asciiUnitsMatchTheScalarMeasure() {
        var random = SVGFormattingTests.Generator(state: 17)
        let pairs = Array("AVATAR WAVE To Ty We Yo LT P. F, r. y, Kubernetes 10.96.0.1:80 \"'`~|{}[]()<>").map(String.init)
            + ["\u{0}", "\u{1}", "\t", "\n", "\u{7F}", " ", "ff", "f"]
        for _ in 0..<4_000 {
            let text = (0..<Int(random.next() % 16)).map { _ in pairs[Int(random.next() % UInt64(pairs.count))] }.joined()
            for face in TextMetrics.faces {
                #expect(TextMetrics.asciiUnits(text, in: face) == TextMetrics.units(text, in: face), "\(Array(text.utf8))")
            }
        }
    }
}
