import Testing

@testable import RecipeMarkdown

/// Heading ids: the byte path for ASCII headings must give what the Unicode path gives.
@Suite struct HeadingSluggerTests {
    @Test(arguments: [
        ("The problem", "the-problem"),
        ("1. The ExternalName Service", "1-the-externalname-service"),
        ("snake_case and kebab-case", "snake_case-and-kebab-case"),
        ("Why `kubectl expose`?", "why-kubectl-expose"),
        ("Ünïcödé Überschrift", "ünïcödé-überschrift"),
        ("!!!", "section"),
    ])
    func slugs(_ text: String, _ expected: String) {
        var slugger = HeadingSlugger()
        #expect(slugger.slug(for: text) == expected)
    }

    @Test func repeatsAreNumbered() {
        var slugger = HeadingSlugger()
        #expect(["A", "A", "a-1", "A"].map { slugger.slug(for: $0) } == ["a", "a-1", "a-1-1", "a-2"])
    }

    /// Seeded random ASCII text (every byte value below 0x80, CR LF pairs included).
    @Test func asciiBytesMatchUnicodeProperties() {
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<2_000 {
            let bytes = (0..<Int(next() % 40)).map { _ in UInt8(next() % 128) }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(HeadingSlugger.base(text) == HeadingSlugger.unicodeBase(text), "\(bytes)")
        }
    }
}
