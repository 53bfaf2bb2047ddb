import Testing

@testable import RecipeShell

/// The byte scan that recognises IPv4 hosts agrees with the Character rules it replaces.
@Suite struct ShellHostTests {
    @Test(arguments: [
        ("10.0.0.1", true), ("192.168.49.2", true), ("1.2.3", false), ("1.2.3.4.5", false),
        ("1..3.4", false), ("1.2.3.", false), (".1.2.3", false), ("1234.1.1.1", false),
        ("localhost", false), ("", false), ("1.2.3.4:80", false), ("٣.1.1.1", true), ("１.2.3.4", true),
    ])
    func knownHosts(_ host: String, _ expected: Bool) {
        #expect(ShellCheckRun.isIPv4(host) == expected)
        #expect(ShellCheckRun.isIPv4Characters(host) == expected)
    }

    /// Seeded random strings over digits, dots and look-alikes.
    @Test func agreesWithTheCharacterRulesOnRandomText() {
        let alphabet: [String] = ["0", "1", "9", "4", ".", ".", "a", "-", ":", " ", "٣", "１", "²", "\u{301}"]
        var state: UInt64 = 0x5EED
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int((state >> 33) % 16)
            var text = ""
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Mostly ASCII digits and dots, so that many texts are addresses or nearly.
                let pick = Int((state >> 33) % 100)
                text += pick < 60 ? ["1", "2", "0"][pick % 3] : pick < 85 ? "." : alphabet[pick % alphabet.count]
            }
            #expect(ShellCheckRun.isIPv4(text) == ShellCheckRun.isIPv4Characters(text), "\(text.debugDescription)")
        }
    }
}
