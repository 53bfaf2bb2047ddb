import Testing

@testable import RecipeMermaid

/// SVG numbers and text are written on bytes; these hold them to the String-based definitions
/// they replaced, over seeded random inputs, so diagrams stay byte for byte the same.
@Suite struct SVGFormattingTests {
    /// SVGNumber.format as first written: String arithmetic, trailing zero trimmed.
    static func referenceFormat(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let scaled = Int((abs(value) * 100).rounded(.toNearestOrAwayFromZero))
        if scaled == 0 { return "0" }
        var text = value < 0 ? "-" : ""
        text += String(scaled / 100)
        let fraction = scaled % 100
        if fraction != 0 {
            text += "."
            text += fraction < 10 ? "0" + String(fraction) : String(fraction)
            if text.hasSuffix("0") { text.removeLast() }
        }
        return text
    }

    /// SVGText.escape as first written: every scalar looked at.
    static func referenceEscape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t": result += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    continue
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
    }

    @Test func numbersMatchTheStringDefinition() {
        var random = Generator(state: 7)
        for _ in 0..<20_000 {
            let magnitude = [1.0, 10, 1_000, 1e6, 1e13][Int(random.next() % 5)]
            let value = (Double(random.next() % 2_000_001) / 1_000_000 - 1) * magnitude
            #expect(SVGNumber.format(value) == Self.referenceFormat(value), "\(value)")
        }
        for value in [0.005, 0.995, 9.995, 99.999, -0.004, -0.005, 0.1, 0.01, 1e12 - 1, 123_456_789.99] {
            #expect(SVGNumber.format(value) == Self.referenceFormat(value), "\(value)")
        }
    }

    @Test func appendedNumbersMatchFormat() {
        var random = Generator(state: 13)
        var values = [0.005, 0.995, 9.995, 99.999, -0.004, -0.005, 0.1, 0.01, 1e12 - 1, 1e12, 10, 100, -1000, .nan, .infinity]
        for _ in 0..<20_000 {
            let magnitude = [1.0, 10, 1_000, 1e6, 1e13][Int(random.next() % 5)]
            values.append((Double(random.next() % 2_000_001) / 1_000_000 - 1) * magnitude)
        }
        for value in values {
            var bytes: [UInt8] = [UInt8(ascii: "x")]
            SVGNumber.append(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + SVGNumber.format(value), "\(value)")
        }
    }

    @Test func styleElementMatchesTheRuleByRuleDefinition() {
        for id in ["m-a", "rg-", "x_9-Z"] {
            #expect(SVGTheme.styleElement(id: id) == SVGTheme.cssStyleElement(id: id))
        }
    }

    @Test func textMatchesTheScalarDefinition() {
        var random = Generator(state: 11)
        let pieces = ["a", "Z", " ", "&", "<", ">", "\"", "'", "\t", "\r\n", "\u{1}", "\u{7F}", "\u{85}", "é", "\u{FFFE}", "→", "9", "-"]
        for _ in 0..<5_000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(SVGText.escape(text) == Self.referenceEscape(text), "\(Array(text.unicodeScalars))")
        }
    }
}
