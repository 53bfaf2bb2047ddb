/// Lays out a ``LayoutGraph`` in layers, as dagre (and so mermaid) does.
///
/// The phases, in dagre's order (`lib/layout.ts`), each in its own type with its pre- and
/// postconditions in the file header: ``PreparedGraph`` (P0 copy, sanitising, LR/RL size swap),
/// ``Acyclic`` (P3), ``NestingGraph`` (P1 label space + P4 cluster borders), ``NetworkSimplex``
/// (P5), ``RankCleanup`` (P6), ``Normalization`` (P7 dummies + P8 parents and side borders),
/// ``Ordering`` (P9), ``Positioning`` with ``BrandesKoepf`` (P10–P12), then ``LayoutFinish`` and
/// ``EdgeRouting`` (P13: boxes, undoing the axes, routes, translation to the margin).
/// Clusters with a direction of their own are laid out first, each as a graph of its own, and
/// placed as one box (``ClusterUnits``).
/// Settings follow mermaid's defaults: node separation 50, rank separation 50 (halved around the
/// label ranks, as dagre does), edge separation 20, margin 8, labels centred on their edge.
///
/// For a renderer: sizes go in as drawn (LR/RL never rotate boxes or text); node rectangles,
/// cluster boxes (title band = the top `titleHeight`), label centres and edge polylines come back
/// in SVG user units with the origin at the canvas's top-left, everything inside
/// `width` x `height` (margin included). Edge ends are clipped to the node *rectangles*; for
/// other shapes intersect the shape with the ray from its centre toward the route's second (or
/// second-to-last) point. `LayoutMetrics.crossings(_:)` counts crossings of the routes.
public enum LayeredLayout {
    /// Lays out `graph`; the result is a pure function of the input.
    public static func layout(_ graph: LayoutGraph) -> LayoutResult {
        ClusterUnits.layout(graph)
    }
}

/// Every phase's output, kept for the invariant tests.
struct LayoutPipeline {
    let prepared: PreparedGraph
    let original: [Acyclic.Oriented]
    let reversed: [Bool]
    let oriented: [Acyclic.Oriented]
    let nesting: NestingGraph
    let simplexRanks: [Int]
    let ranks: RankCleanup
    /// The layer graph as normalisation left it (before ordering).
    let normalized: LayerGraph
    let ordering: Ordering.History
    /// The ordered and positioned layer graph, in top-down axes.
    let positioned: LayerGraph
    let result: LayoutResult

    /// Runs every phase.
    init(_ graph: LayoutGraph) {
        prepared = PreparedGraph(graph)
        original = prepared.edges.map { Acyclic.Oriented(tail: $0.tail, head: $0.head) }
        reversed = Acyclic.run(nodeCount: prepared.nodeCount, edges: original)
        oriented = Acyclic.apply(original, reversed: reversed)
        nesting = NestingGraph(prepared, oriented: oriented)
        simplexRanks = NetworkSimplex.rank(
            nodeCount: nesting.nodeCount, tails: nesting.tails, heads: nesting.heads,
            minLengths: nesting.minLengths, weights: nesting.weights)
        ranks = RankCleanup(prepared, nesting: nesting, ranks: simplexRanks)
        var g = Normalization.run(prepared, oriented: oriented, ranks: ranks, direction: graph.direction)
        normalized = g
        ordering = Ordering.run(&g)
        Positioning.run(
            &g, selfLoops: prepared.selfLoops, nodeSeparation: Self.finite(graph.nodeSeparation),
            rankSeparation: Self.finite(graph.rankSeparation) / 2,
            edgeSeparation: Self.finite(graph.edgeSeparation),
            minimumSpan: graph.direction == .leftToRight || graph.direction == .rightToLeft ? prepared.titleHeights : [])
        positioned = g
        result = LayoutFinish(graph: graph, prepared: prepared, g: g, reversed: reversed).result()
    }

    /// The layout of `graph` by the same phases, keeping none of their outputs: no phase then
    /// works on arrays still shared with a kept copy, so none is copied on its first write.
    static func result(_ graph: LayoutGraph) -> LayoutResult {
        let prepared = PreparedGraph(graph)
        let original = prepared.edges.map { Acyclic.Oriented(tail: $0.tail, head: $0.head) }
        let reversed = Acyclic.run(nodeCount: prepared.nodeCount, edges: original)
        let oriented = Acyclic.apply(original, reversed: reversed)
        let ranks: RankCleanup
        do {
            let nesting = NestingGraph(prepared, oriented: oriented)
            let simplexRanks = NetworkSimplex.rank(
                nodeCount: nesting.nodeCount, tails: nesting.tails, heads: nesting.heads,
                minLengths: nesting.minLengths, weights: nesting.weights)
            ranks = RankCleanup(prepared, nesting: nesting, ranks: simplexRanks)
        }
        var g = Normalization.run(prepared, oriented: oriented, ranks: ranks, direction: graph.direction)
        Ordering.run(&g)
        Positioning.run(
            &g, selfLoops: prepared.selfLoops, nodeSeparation: finite(graph.nodeSeparation),
            rankSeparation: finite(graph.rankSeparation) / 2, edgeSeparation: finite(graph.edgeSeparation),
            minimumSpan: graph.direction == .leftToRight || graph.direction == .rightToLeft ? prepared.titleHeights : [])
        return LayoutFinish(graph: graph, prepared: prepared, g: g, reversed: reversed).result()
    }

    private static func finite(_ value: Double) -> Double { value.isFinite ? max(value, 0) : 0 }
}
