#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import RecipeLayout

/// Benchmark of RecipeLayout; see main.swift.
///
/// `recipegen-bench layout [nodes] [seconds]` lays out seeded random graphs of `nodes` nodes
/// (default 60; 1.25 edges per node, 30 % labelled, half the nodes in 3 clusters, one nested),
/// the same graphs without clusters, and the sample recipe's seven-node Service diagram, and
/// prints layouts per second for each.
enum LayoutBenchmark {
    static func run(_ arguments: ArraySlice<String>) {
        let nodes = arguments.first.flatMap { Int($0) } ?? 60
        let seconds = arguments.dropFirst().first.flatMap { Double($0) } ?? 2
        let graphs = (1...20).map { randomGraph(nodes: nodes, seed: UInt64($0)) }
        measure("layout, \(nodes)-node graphs", itemsPerRun: graphs.count, seconds: seconds) {
            for graph in graphs { _ = LayeredLayout.layout(graph) }
        }
        let flat = graphs.map { graph -> LayoutGraph in
            var copy = graph
            copy.clusters = []
            copy.nodes = copy.nodes.map { LayoutGraph.Node(width: $0.width, height: $0.height) }
            return copy
        }
        measure("layout, \(nodes)-node graphs without clusters", itemsPerRun: flat.count, seconds: seconds) {
            for graph in flat { _ = LayeredLayout.layout(graph) }
        }
        let sample = serviceTypesDiagram()
        measure("layout, sample Service diagram", itemsPerRun: 1, seconds: seconds) {
            _ = LayeredLayout.layout(sample)
        }
    }

    /// Wall-clock rate from ``Stopwatch``, plus the process CPU time per item, which a shared
    /// and loaded machine disturbs less.
    private static func measure(_ label: String, itemsPerRun: Int, seconds: Double, _ body: () -> Void) {
        var runs = 0
        let cpuStart = cpuSeconds()
        Stopwatch.report(label, itemsPerRun: itemsPerRun, seconds: seconds) {
            body()
            runs += 1
        }
        let perItem = (cpuSeconds() - cpuStart) / Double(max(runs * itemsPerRun, 1))
        print("  \(Int(1 / perItem)) per CPU second (\(Int(perItem * 1e6)) µs of CPU each)")
    }

    private static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// A xorshift-multiply step (SplitMix64), so the graphs are the same on every run.
    private static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func randomGraph(nodes count: Int, seed: UInt64) -> LayoutGraph {
        var state = seed
        func below(_ n: Int) -> Int { Int(next(&state) % UInt64(max(n, 1))) }
        let clusters = [
            LayoutGraph.Cluster(titleWidth: 120, titleHeight: 24), LayoutGraph.Cluster(titleWidth: 80, titleHeight: 24),
            LayoutGraph.Cluster(parent: 1, titleWidth: 90, titleHeight: 24),
        ]
        let nodes = (0..<count).map { _ in
            LayoutGraph.Node(
                width: Double(60 + below(100)), height: Double(40 + below(40)), cluster: below(2) == 0 ? below(3) : nil)
        }
        let edges = (0..<(count * 5 / 4)).map { _ in
            let labelled = below(10) < 3
            return LayoutGraph.Edge(
                source: .node(below(count)), target: .node(below(count)), labelWidth: labelled ? 90 : 0,
                labelHeight: labelled ? 24 : 0)
        }
        return LayoutGraph(nodes: nodes, edges: edges, clusters: clusters)
    }

    /// The sample recipe's ClusterIP/NodePort/LoadBalancer flowchart, with mermaid's sizes.
    static func serviceTypesDiagram() -> LayoutGraph {
        let nodes = [
            LayoutGraph.Node(width: 155, height: 102, cluster: 0), LayoutGraph.Node(width: 162.31, height: 102, cluster: 0),
            LayoutGraph.Node(width: 167, height: 102, cluster: 0), LayoutGraph.Node(width: 163.19, height: 54, cluster: 0),
            LayoutGraph.Node(width: 152, height: 54), LayoutGraph.Node(width: 175, height: 54),
            LayoutGraph.Node(width: 175, height: 54),
        ]
        let edges = [
            LayoutGraph.Edge(source: .node(4), target: .node(0), labelWidth: 80, labelHeight: 24),
            LayoutGraph.Edge(source: .node(0), target: .node(3)),
            LayoutGraph.Edge(source: .node(5), target: .node(1), labelWidth: 132.53, labelHeight: 24),
            LayoutGraph.Edge(source: .node(1), target: .node(3)),
            LayoutGraph.Edge(source: .node(6), target: .node(2), labelWidth: 135, labelHeight: 24),
            LayoutGraph.Edge(source: .node(2), target: .node(1)),
            LayoutGraph.Edge(source: .node(1), target: .node(3)),
        ]
        return LayoutGraph(nodes: nodes, edges: edges, clusters: [LayoutGraph.Cluster(titleWidth: 136.97, titleHeight: 24)])
    }
}
