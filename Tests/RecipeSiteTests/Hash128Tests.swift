import RecipeTestSupport
import Testing

@testable import RecipeSite

/// Cache keys: inputs that differ anywhere, in length or in how they are split give different keys.
@Suite struct Hash128Tests {
    static func key(_ parts: [String]) -> String {
        var hasher = Hash128()
        for part in parts { hasher.add(part) }
        return hasher.hex
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func differentInputsGiveDifferentKeys(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let alphabet: [String] = ["a", "b", "\u{0}", "\n", "é", "日", "🚀"]
        var keys: [String: [String]] = [:]
        for _ in 0..<3000 {
            let parts = (0..<1 + random.below(3)).map { _ in
                (0..<random.below(30)).map { _ in alphabet[random.below(alphabet.count)] }.joined()
            }
            let key = Self.key(parts)
            #expect(key.count == 32 && key.allSatisfy(\.isHexDigit))
            if let earlier = keys[key] { #expect(earlier == parts, "\(earlier) and \(parts) share a key") }
            keys[key] = parts
        }
        #expect(keys.count > 2500)
    }

    @Test func everyByteAndTheLengthCount() {
        for length in 0..<40 {
            let base = Array(repeating: UInt8(ascii: "x"), count: length)
            let baseKey = Self.key([String(decoding: base, as: UTF8.self)])
            #expect(Self.key([String(decoding: base, as: UTF8.self)]) == baseKey)
            #expect(Self.key([String(decoding: base + [0], as: UTF8.self)]) != baseKey, "length \(length)")
            for index in 0..<length {
                var changed = base
                changed[index] = UInt8(ascii: "y")
                #expect(Self.key([String(decoding: changed, as: UTF8.self)]) != baseKey, "length \(length), byte \(index)")
            }
        }
        #expect(Self.key(["ab", "c"]) != Self.key(["a", "bc"]))
        #expect(Self.key(["", "x"]) != Self.key(["x", ""]))
        #expect(Self.key(["x"]) != Self.key(["x", ""]))
    }
}
