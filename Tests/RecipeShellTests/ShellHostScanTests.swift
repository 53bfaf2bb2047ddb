import RecipeTestSupport
import Testing

@testable import RecipeShell

/// Host names are scanned as bytes where that gives what Character splitting and searching
/// give; seeded random names compare the two.
@Suite struct ShellHostScanTests {
    static let pieces = ["web", ".", "svc", "a", "node", "minikube ip", "NODE", "é", ".\u{301}", "\r\n", "-", "0", "e\u{301}"]

    @Test func labelLengthsAndSearchesMatchCharacters() {
        var texts = SeededTexts(seed: 29, pieces: Self.pieces, fewerThan: 8)
        for _ in 0..<10_000 {
            let text = texts.text()
            let labels = text.split(separator: ".", omittingEmptySubsequences: false)
            var start = 0
            for (index, label) in labels.enumerated() {
                #expect(ShellCheckRun.labelLength(text, label: index, start: start) == label.utf8.count, "\(text.debugDescription) \(index)")
                start += label.utf8.count + 1
            }
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                for needle in ["node", "minikube ip"] {
                    #expect(ShellCheckRun.containsBytes(text, needle) == text.contains(needle), "\(text.debugDescription)")
                }
            }
        }
    }
}
