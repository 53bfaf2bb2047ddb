import Testing

@testable import RecipeSite

/// Line lengths for clamping are those of the file's lines as the line scanner cuts them.
@Suite struct DiagnosticClampTests {
    static let pieces = ["a", "é", "\n", "\r", "\r\n", " ", "\n\n", "✅", "x\u{301}"]

    /// The lengths as first computed: the scanner's lines, and an empty last line after a
    /// final LF (or for an empty text).
    static func reference(_ text: String) -> [Int] {
        var lengths: [Int] = []
        var scanner = LineScanner(text)
        while let line = scanner.next() { lengths.append(line.utf8.count) }
        if text.isEmpty || text.utf8.last == UInt8(ascii: "\n") { lengths.append(0) }
        return lengths
    }

    @Test func lineLengthsMatchTheLineScanner() {
        var state: UInt64 = 43
        for _ in 0..<5000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int((state >> 40) % 12) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += Self.pieces[Int((state >> 33) % UInt64(Self.pieces.count))]
            }
            #expect(DiagnosticClamp.lineLengths(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
