import Testing

@testable import RecipeYAML

/// The highlighter calls a plain scalar of ASCII digits a number without resolving it; the
/// resolver must agree on every such scalar, leading zeros and overlong ones included.
@Suite struct HighlightedNumberTests {
    @Test func plainDigitsAlwaysResolveToNumbers() {
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<3000 {
            let length = Int(next() % 30) + 1
            let digits = String((0..<length).map { _ in Character(String(next() % 10)) })
            switch ScalarResolver.resolve(digits, style: .plain, tag: nil) {
            case .int, .float: break
            default: Issue.record("\(digits) is no number")
            }
            let html = YAMLHighlighter.html("port: \(digits)\n")
            #expect(html.contains("<span class=\"tok-number\">\(digits)</span>"), "\(html)")
        }
        for digits in ["0", "00", "09", "0777", String(repeating: "9", count: 400)] {
            #expect(YAMLHighlighter.html("a: \(digits)\n").contains("tok-number\">\(digits)<"))
        }
    }
}
