/// A seeded generator (Steele, Lea, Flood, "Fast Splittable Pseudorandom Number Generators"),
/// so the random inputs of property tests are the same on every run and platform.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator whose first output follows from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The same as `init(seed:)`, under the name some tests use.
    public init(state: UInt64) { self.state = state }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when `bound` is below 1).
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
}
