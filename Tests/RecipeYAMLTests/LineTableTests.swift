import Testing

@testable import RecipeYAML

/// libyaml's character columns become byte columns: directly on ASCII lines, by walking the
/// UTF-8 sequences elsewhere; both give the same column on seeded random texts.
@Suite struct LineTableTests {
    static let pieces = ["a", " ", ":", "\n", "\r\n", "\r", "é", "✅", "🇫🇷", "\t", "k: v"]

    @Test func asciiLinesCountOneBytePerCharacter() {
        var state: UInt64 = 31
        for _ in 0..<2000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int((state >> 40) % 16) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += Self.pieces[Int((state >> 33) % UInt64(Self.pieces.count))]
            }
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
