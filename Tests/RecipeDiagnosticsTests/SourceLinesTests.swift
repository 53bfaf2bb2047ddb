import RecipeTestSupport
import Testing

@testable import RecipeDiagnostics

/// The excerpt lines of the terminal renderer are those of splitting the text's scalars at LF.
@Suite struct SourceLinesTests {
    /// The simple definition: split at "\n" scalars, drop one final "\r".
    static func reference(_ text: String, _ line: Int) -> String? {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        var scalars = lines[line - 1]
        if scalars.last == "\r" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    static let pieces = ["a", "b", " ", "\t", "\n", "\r", "\r\n", "é", "✅", "🇫🇷", "x\u{301}", "\n\n"]

    @Test func matchesSplittingAtLineFeedsOnSeededTexts() {
        var random = SplitMix64(state: 8)
        for _ in 0..<500 {
            let text = (0..<random.below(40)).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined()
            let lines = SourceLines(text)
            for line in 0...(lines.count + 1) {
                #expect(lines.line(line) == Self.reference(text, line), "line \(line) of \(text.debugDescription)")
            }
        }
    }

    @Test func dropsTheCarriageReturnOfCRLFLines() {
        let lines = SourceLines("one\r\ntwo\r\n")
        #expect(lines.line(1) == "one")
        #expect(lines.line(2) == "two")
        #expect(lines.line(3) == "")
        #expect(lines.line(4) == nil)
        #expect(lines.count == 3)
    }
}
