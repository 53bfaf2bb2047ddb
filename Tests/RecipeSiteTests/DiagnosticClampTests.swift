import RecipeTestSupport
import Testing

@testable import RecipeSite

/// Line lengths for clamping are those of the file's lines as the line scanner cuts them.
@Suite struct DiagnosticClampTests {
    static let pieces = ["a", "é", "\n", "\r", "\r\n", " ", "\n\n", "✅", "x\u{301}"]

    /// The lengths as first computed: the scanner's lines, and an empty last line after a
    /// final LF (or for an empty text).
    static func reference(_ text: String) -> [Int] {
        var lengths: [Int] = []
        var scanner = LineScanner(text)
        while let line = scanner.next() { lengths.append(line.utf8.count) }
        if text.isEmpty || text.utf8.last == UInt8(ascii: "\n") { lengths.append(0) }
        return lengths
    }

    @Test func lineLengthsMatchTheLineScanner() {
        var texts = SeededTexts(seed: 43, pieces: Self.pieces, fewerThan: 12)
        for _ in 0..<5000 {
            let text = texts.text()
            #expect(DiagnosticClamp.lineLengths(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
