import RecipeTestSupport
@testable import RecipeLayout

/// Seeded random layout inputs: 5–60 nodes, 1–1.5 edges per node, about 30 % labelled, with
/// cycles, self-loops, multi-edges, edges to clusters and 0–3 nested cluster levels.
enum RandomGraphs {
    static func make(seed: UInt64, direction: LayoutGraph.Direction = .topToBottom) -> LayoutGraph {
        var rng = SplitMix64(seed: seed)
        let nodeCount = Int.random(in: 5...60, using: &rng)
        let levels = Int.random(in: 0...3, using: &rng)
        var clusters: [LayoutGraph.Cluster] = []
        var previousLevel: [Int?] = [nil]
        for _ in 0..<levels {
            var level: [Int?] = []
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let parent = previousLevel.randomElement(using: &rng) ?? nil
                let hasTitle = Bool.random(using: &rng)
                clusters.append(
                    LayoutGraph.Cluster(
                        parent: parent, titleWidth: hasTitle ? Double(Int.random(in: 40...160, using: &rng)) : 0,
                        titleHeight: hasTitle ? 24 : 0))
                level.append(clusters.count - 1)
            }
            previousLevel = level
        }
        var nodes: [LayoutGraph.Node] = []
        for _ in 0..<nodeCount {
            let inCluster = !clusters.isEmpty && Int.random(in: 0..<3, using: &rng) > 0
            nodes.append(
                LayoutGraph.Node(
                    width: Double(Int.random(in: 20...160, using: &rng)), height: Double(Int.random(in: 20...90, using: &rng)),
                    cluster: inCluster ? Int.random(in: 0..<clusters.count, using: &rng) : nil))
        }
        var edges: [LayoutGraph.Edge] = []
        let edgeCount = nodeCount + Int.random(in: 0...(nodeCount / 2), using: &rng)
        for _ in 0..<edgeCount {
            let roll = Int.random(in: 0..<100, using: &rng)
            var source = LayoutGraph.Endpoint.node(Int.random(in: 0..<nodeCount, using: &rng))
            var target = LayoutGraph.Endpoint.node(Int.random(in: 0..<nodeCount, using: &rng))
            if roll < 5, case .node(let v) = source { target = .node(v) }  // self-loop
            if roll >= 5 && roll < 10, !clusters.isEmpty { target = .cluster(Int.random(in: 0..<clusters.count, using: &rng)) }
            if roll >= 10 && roll < 13, !clusters.isEmpty { source = .cluster(Int.random(in: 0..<clusters.count, using: &rng)) }
            let labelled = Int.random(in: 0..<10, using: &rng) < 3
            let edge = LayoutGraph.Edge(
                source: source, target: target, minLength: Int.random(in: 0..<10, using: &rng) == 0 ? 2 : 1,
                labelWidth: labelled ? Double(Int.random(in: 30...140, using: &rng)) : 0, labelHeight: labelled ? 24 : 0)
            edges.append(edge)
            if roll >= 95 { edges.append(edge) }  // multi-edge
        }
        return LayoutGraph(direction: direction, nodes: nodes, edges: edges, clusters: clusters)
    }

    /// The seeds every invariant test runs over.
    static let seeds: [UInt64] = Array(1...60)

    /// The seeds the phase invariants run over (top to bottom only, so more of them).
    static let phaseSeeds: [UInt64] = Array(1...150)

    /// Each seed's top-to-bottom pipeline, computed once and shared by the phase tests.
    static let pipelines: [UInt64: LayoutPipeline] = Dictionary(
        uniqueKeysWithValues: phaseSeeds.map { ($0, LayoutPipeline(make(seed: $0))) })

    static let directions: [LayoutGraph.Direction] = [.topToBottom, .bottomToTop, .leftToRight, .rightToLeft]

    /// Each seed's graph and layout in every direction, computed once and shared.
    static let layouts: [Int: (graph: LayoutGraph, result: LayoutResult)] = {
        var all: [Int: (graph: LayoutGraph, result: LayoutResult)] = [:]
        for seed in seeds {
            for (d, direction) in directions.enumerated() {
                let graph = make(seed: seed, direction: direction)
                all[Int(seed) * 4 + d] = (graph, LayeredLayout.layout(graph))
            }
        }
        return all
    }()

    static func layout(seed: UInt64, direction: LayoutGraph.Direction) -> (graph: LayoutGraph, result: LayoutResult) {
        let d = directions.firstIndex(of: direction) ?? 0
        return layouts[Int(seed) * 4 + d] ?? (make(seed: seed, direction: direction), LayeredLayout.layout(make(seed: seed, direction: direction)))
    }
}
