import RecipeTestSupport
import Testing

@testable import RecipeShell

/// Searching for an ASCII character by its byte finds what the Character search finds, also
/// next to combining marks and in text that is not ASCII.
@Suite struct CharacterSearchTests {
    static let pieces = ["a", "/", "=", " ", "\u{0}", "\u{301}", "é", "\r\n", "\u{200D}", "🇫🇷", "x", "-"]

    @Test func matchesTheCharacterSearchOnSeededTexts() {
        var texts = SeededTexts(seed: 41, pieces: Self.pieces, fewerThan: 8)
        for _ in 0..<10_000 {
            let text = texts.text()
            for byte in [UInt8(ascii: "/"), UInt8(ascii: "="), 0x20, 0] {
                #expect(
                    CharacterSearch.contains(text, byte) == text.contains(Character(Unicode.Scalar(byte))),
                    "\(text.debugDescription) \(byte)")
            }
        }
    }
}
