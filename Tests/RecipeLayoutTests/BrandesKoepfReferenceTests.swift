import Testing

@testable import RecipeLayout

/// ``BrandesKoepf`` against ``ReferenceBrandesKoepf`` on the ordered layer graphs of the seeded
/// random graphs (clusters, labels, self-loops, every direction's input): the same x to the bit.
@Suite struct BrandesKoepfReferenceTests {
    @Test(arguments: RandomGraphs.phaseSeeds)
    func matchesTheReference(seed: UInt64) {
        let g = RandomGraphs.pipelines[seed]!.positioned
        for (nodeSeparation, edgeSeparation) in [(50.0, 20.0), (10.0, 35.0), (0.0, 0.0)] {
            let fast = BrandesKoepf.positionX(g, nodeSeparation: nodeSeparation, edgeSeparation: edgeSeparation)
            let reference = ReferenceBrandesKoepf.positionX(
                g, nodeSeparation: nodeSeparation, edgeSeparation: edgeSeparation)
            #expect(fast.map(\.bitPattern) == reference.map(\.bitPattern), "seed \(seed)")
        }
    }

    /// The random graphs do produce conflicts, so the conflict paths are compared too.
    @Test func someGraphsHaveConflicts() {
        let withConflicts = RandomGraphs.phaseSeeds.filter { seed in
            var bk = BrandesKoepf(g: RandomGraphs.pipelines[seed]!.positioned, nodeSeparation: 50, edgeSeparation: 20)
            bk.findConflicts()
            return !bk.conflicts.isEmpty
        }
        #expect(withConflicts.count >= 10)
    }
}
