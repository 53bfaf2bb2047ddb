import Testing

@testable import RecipeShell

/// Searching for an ASCII character by its byte finds what the Character search finds, also
/// next to combining marks and in text that is not ASCII.
@Suite struct CharacterSearchTests {
    static let pieces = ["a", "/", "=", " ", "\u{0}", "\u{301}", "é", "\r\n", "\u{200D}", "🇫🇷", "x", "-"]

    @Test func matchesTheCharacterSearchOnSeededTexts() {
        var state: UInt64 = 41
        for _ in 0..<10_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int((state >> 40) % 8) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += Self.pieces[Int((state >> 33) % UInt64(Self.pieces.count))]
            }
            for byte in [UInt8(ascii: "/"), UInt8(ascii: "="), 0x20, 0] {
                #expect(
                    CharacterSearch.contains(text, byte) == text.contains(Character(Unicode.Scalar(byte))),
                    "\(text.debugDescription) \(byte)")
            }
        }
    }
}
