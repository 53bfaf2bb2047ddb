/// Random texts made of given pieces, from a fixed linear congruential sequence (Knuth's MMIX
/// constants), the same on every run and platform: property tests compare a byte-level scan
/// with the plain Character-level one over such texts.
public struct SeededTexts {
    private var state: UInt64
    private let pieces: [String]
    private let maxPieces: UInt64

    /// Texts of fewer than `maxPieces` pieces (at least 1), each taken from `pieces`.
    public init(seed: UInt64, pieces: [String], fewerThan maxPieces: Int) {
        state = seed
        self.pieces = pieces
        self.maxPieces = UInt64(max(maxPieces, 1))
    }

    /// The next 64 bits of the sequence.
    public mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state
    }

    /// The next text: a piece count from the high bits of one step, then one piece per step.
    public mutating func text() -> String {
        var text = ""
        for _ in 0..<Int((next() >> 40) % maxPieces) { text += pieces[Int((next() >> 33) % UInt64(pieces.count))] }
        return text
    }
}
