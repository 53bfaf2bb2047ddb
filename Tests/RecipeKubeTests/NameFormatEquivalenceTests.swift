import RecipeTestSupport
import Testing

@testable import RecipeKube

/// The name formats, which scan the UTF-8 view in place, give what splitting gave: the same
/// verdict and problem for seeded random names over the characters that matter.
@Suite struct NameFormatEquivalenceTests {
    static let pieces = ["a", "z", "Q", "0", "9", "-", "_", ".", "/", "é", "/\u{301}", "x", "ab", "-a", "a-", String(repeating: "k", count: 60)]

    /// The formats as first written: arrays of bytes, split at '.' and at '/' Characters.
    enum Reference {
        static func isAlnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        static func isLabel(_ bytes: ArraySlice<UInt8>) -> Bool {
            guard let first = bytes.first, let last = bytes.last, bytes.count <= 63 else { return false }
            return isAlnum(first) && isAlnum(last) && bytes.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "-") }
        }
        static func subdomainOK(_ value: String) -> Bool {
            let bytes = Array(value.utf8)
            if bytes.count > 253 { return false }
            let labels = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            return !bytes.isEmpty && labels.allSatisfy { isLabel($0) }
        }
        /// The verdict on the shape, or the name part that decides.
        static func qualifiedShape(_ value: String) -> (verdict: String, name: Substring?) {
            let parts = value.split(separator: "/", omittingEmptySubsequences: false)
            switch parts.count {
            case 1: return ("name", parts[0])
            case 2:
                if parts[0].isEmpty { return ("empty prefix", nil) }
                if !subdomainOK(String(parts[0])) { return ("bad prefix", nil) }
                return ("name", parts[1])
            default: return ("shape", nil)
            }
        }
    }

    /// What `qualifiedName` says, reduced to the verdict on the shape; and the name part's.
    static func shape(_ value: String) -> String {
        guard let problem = NameFormat.qualifiedName(value) else { return "ok" }
        if problem.hasPrefix("prefix part must be non-empty") { return "empty prefix" }
        if problem.hasPrefix("prefix part") { return "bad prefix" }
        if problem.hasPrefix("a qualified name") { return "shape" }
        return "name problem"
    }

    @Test func matchesSplittingOnSeededNames() {
        var texts = SeededTexts(seed: 23, pieces: Self.pieces, fewerThan: 7)
        for _ in 0..<20_000 {
            let text = texts.text()
            #expect((NameFormat.dns1123Subdomain(text) == nil) == Reference.subdomainOK(text), "\(text)")
            let expected = Reference.qualifiedShape(text)
            let got = Self.shape(text)
            if let name = expected.name {
                // The name part decides, by the label-value rules on the same bytes.
                let namePasses = !name.isEmpty && NameFormat.labelValue(String(name)) == nil
                #expect(got == (namePasses ? "ok" : "name problem"), "\(text)")
            } else {
                #expect(got == expected.verdict, "\(text)")
            }
        }
    }

    /// Port names: consecutive hyphens are found as `contains("--")` finds them.
    @Test func portNamesFindConsecutiveHyphens() {
        var state: UInt64 = 37
        let letters = Array("a-9-")
        for _ in 0..<5000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(1 + Int((state >> 40) % 14)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(letters[Int((state >> 33) % UInt64(letters.count))])
            }
            let problem = NameFormat.ianaServiceName(text)
            let doubled = problem == "must not contain consecutive hyphens"
            #expect(doubled == (text.contains("--") && text.utf8.count <= 15), "\(text)")
        }
    }
}
