import RecipeTestSupport
import Testing

@testable import RecipeLayout

/// Brandes–Köpf takes each node's x as the mean of the middle two of its four alignments; the
/// sort-free version must give the same value as sorting, ties and signs included.
@Suite struct MedianOfFourTests {
    static func bySorting(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return (sorted[1] + sorted[2]) / 2
    }

    @Test func matchesSortingOverSeededRandomValues() {
        var rng = SplitMix64(seed: 41)
        // Few distinct values, so ties are common, as they are between alignments.
        let pool: [Double] = [-120.5, -25, -0.75, 0, 0.25, 3, 25, 25.5, 87, 1e6]
        for round in 0..<20_000 {
            let values = (0..<4).map { _ in
                round % 2 == 0
                    ? pool[Int.random(in: 0..<pool.count, using: &rng)]
                    : Double(Int.random(in: -100_000...100_000, using: &rng)) / 64
            }
            let fast = BrandesKoepf.medianOfFour(values[0], values[1], values[2], values[3])
            #expect(fast == Self.bySorting(values), "\(values)")
        }
    }
}
