import RecipeTestSupport
import Testing

@testable import RecipeYAML

/// Plain scalars: the null and boolean words of YAML 1.1 as Kubernetes reads them, and the
/// quick test that lets other scalars skip comparing against them.
@Suite struct ScalarResolverTests {
    static let nullWords = ["", "~", "null", "Null", "NULL"]
    static let trueWords = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]
    static let falseWords = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]

    /// The words as the resolver knew them before the quick test: compared one by one.
    static func reference(_ text: String) -> YAMLValue? {
        if nullWords.contains(text) { return .null }
        if trueWords.contains(text) { return .bool(true) }
        if falseWords.contains(text) { return .bool(false) }
        return nil
    }

    @Test func everyWordIsRecognised() {
        for word in Self.nullWords { #expect(ScalarResolver.resolve(word, style: .plain, tag: nil) == .null, "\(word)") }
        for word in Self.trueWords { #expect(ScalarResolver.resolve(word, style: .plain, tag: nil) == .bool(true), "\(word)") }
        for word in Self.falseWords { #expect(ScalarResolver.resolve(word, style: .plain, tag: nil) == .bool(false), "\(word)") }
        #expect(ScalarResolver.resolve("yes", style: .doubleQuoted, tag: nil) == .string("yes"))
    }

    /// Seeded random short scalars over the letters of the words and a few others.
    @Test func quickTestNeverHidesAWord() {
        var texts = SeededTexts(seed: 3, pieces: "~nNyYtToOfFuUeElLrRsSaA0.-x ".map(String.init), fewerThan: 7)
        for _ in 0..<20_000 {
            let text = texts.text()
            let resolved = ScalarResolver.resolve(text, style: .plain, tag: nil)
            if let expected = Self.reference(text) {
                #expect(resolved == expected, "\(text)")
            } else {
                #expect(resolved != .null && resolved != .bool(true) && resolved != .bool(false), "\(text)")
            }
        }
    }

    /// Seeded random number-like scalars: the decimal shortcut gives what the general integer
    /// rules give, and declines what they would read differently (octal, separators, overflow).
    @Test func decimalShortcutAgreesWithTheIntegerRules() {
        var state: UInt64 = 11
        let characters = Array("0123456789-+_xob.eE ١")
        var shortcutTaken = 0
        for _ in 0..<50_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int((state >> 40) % 22) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Mostly digits, so that long decimal runs come up.
                let pick = Int((state >> 33) % 40)
                text.append(pick < 30 ? characters[pick % 10] : characters[pick - 30 + 10 < characters.count ? pick - 30 + 10 : 0])
            }
            if let quick = ScalarResolver.plainDecimal(text) {
                shortcutTaken += 1
                #expect(quick == ScalarResolver.anyInteger(text), "\(text)")
            }
            #expect(ScalarResolver.integer(text) == ScalarResolver.anyInteger(text), "\(text)")
        }
        #expect(shortcutTaken > 1000)
        for text in ["0", "-0", "+7", "00", "012", "1_000", "9223372036854775807", "999999999999999999", "9999999999999999999",
                     "-9999999999999999999", "+9223372036854775808", "-"] {
            #expect(ScalarResolver.integer(text) == ScalarResolver.anyInteger(text), "\(text)")
        }
    }
}
