import RecipeTestSupport
import Testing

@testable import RecipeYAML

/// libyaml's character columns become byte columns: directly on ASCII lines, by walking the
/// UTF-8 sequences elsewhere; both give the same column on seeded random texts.
@Suite struct LineTableTests {
    static let pieces = ["a", " ", ":", "\n", "\r\n", "\r", "é", "✅", "🇫🇷", "\t", "k: v"]

    @Test func asciiLinesCountOneBytePerCharacter() {
        var texts = SeededTexts(seed: 31, pieces: Self.pieces, fewerThan: 16)
        for _ in 0..<2000 {
            let text = texts.text()
            let table = LineTable(Array(text.utf8))
            for line in 0...table.starts.count {
                for characters in 0..<12 {
                    #expect(
                        table.byteColumn(line: line, characters: characters)
                            == table.scannedByteColumn(line: line, characters: characters),
                        "\(text.debugDescription) line \(line) column \(characters)")
                }
            }
        }
    }
}
