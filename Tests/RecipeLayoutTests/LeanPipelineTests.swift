import Testing

@testable import RecipeLayout

/// ``LayoutPipeline/result(_:)``, which keeps no phase output, against the recording
/// ``LayoutPipeline`` that the invariant tests inspect: the same result on the seeded random
/// graphs in every direction.
@Suite struct LeanPipelineTests {
    @Test(arguments: RandomGraphs.directions)
    func sameResultAsTheRecordingPipeline(direction: LayoutGraph.Direction) {
        for seed in RandomGraphs.seeds {
            let graph = RandomGraphs.make(seed: seed, direction: direction)
            #expect(LayoutPipeline.result(graph) == LayoutPipeline(graph).result, "seed \(seed)")
        }
    }
}
