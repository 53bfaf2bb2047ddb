// P0 of the layered layout: a private, sanitised copy of the input.
//
// Needs: any `LayoutGraph`, including bad ids, cyclic cluster parents, negative or NaN sizes.
// Guarantees:
// - node ids are dense `0..<nodeCount`; the first `graph.nodes.count` are the input nodes, then
//   one zero-size placeholder per cluster without nodes (so every cluster has a leaf inside);
// - every cluster parent is in range, the cluster forest is acyclic and at most
//   `maxClusterDepth` deep (deeper clusters hang from their ancestor at that depth);
// - every edge end is a node (an edge to a cluster goes to an anchor leaf inside it, and
//   remembers the cluster so the route can stop at its box); an edge whose ends are the same
//   node is a self-loop and kept apart; an edge with an end out of range is dropped;
// - sizes are finite and non-negative, and swapped for left-to-right layouts so that the
//   phases always work top to bottom; `minLength` is in `1...maxMinLength`, weights finite >= 0.
// The input is never mutated.

/// The sanitised working copy of a ``LayoutGraph``. Never changed after `init`, so the phases
/// share one instance instead of each copying a dozen arrays (only `init` writes its
/// properties, which is why it can be shared between threads).
final class PreparedGraph: @unchecked Sendable {
    /// A usable edge between two distinct nodes, or a self-loop.
    struct Edge {
        var tail: Int
        var head: Int
        var minLength: Int
        var weight: Double
        var labelWidth: Double
        var labelHeight: Double
        /// Index in `LayoutGraph.edges`.
        var original: Int
        var hasLabel: Bool { labelWidth > 0 || labelHeight > 0 }
    }

    static let maxClusterDepth = 32
    static let maxMinLength = 64

    private(set) var nodeCount: Int
    private(set) var inputNodeCount: Int
    /// Layout-axis sizes (swapped for LR/RL).
    private(set) var widths: [Double]
    private(set) var heights: [Double]
    /// Innermost cluster per node, -1 for none.
    private(set) var nodeCluster: [Int]
    /// Parent per cluster, -1 for top level.
    private(set) var clusterParent: [Int]
    /// 1 for top-level clusters.
    private(set) var clusterDepth: [Int]
    private(set) var clusterChildren: [[Int]]
    /// Nodes directly inside each cluster, in id order.
    private(set) var clusterNodes: [[Int]]
    /// Layout-axis title size per cluster.
    private(set) var titleWidths: [Double]
    private(set) var titleHeights: [Double]
    private(set) var edges: [Edge]
    private(set) var selfLoops: [Edge]
    /// Whether input edge `i` survived sanitising.
    private(set) var edgeIsValid: [Bool]

    init(_ graph: LayoutGraph) {
        let swap = graph.direction == .leftToRight || graph.direction == .rightToLeft
        inputNodeCount = graph.nodes.count
        let clusterCount = graph.clusters.count
        clusterParent = PreparedGraph.sanitisedParents(graph.clusters, maxDepth: Self.maxClusterDepth)
        clusterDepth = PreparedGraph.depths(clusterParent)
        clusterChildren = Array(repeating: [], count: clusterCount)
        for c in 0..<clusterCount where clusterParent[c] >= 0 { clusterChildren[clusterParent[c]].append(c) }
        widths = []
        heights = []
        nodeCluster = []
        clusterNodes = Array(repeating: [], count: clusterCount)
        for (i, node) in graph.nodes.enumerated() {
            let w = Self.size(node.width), h = Self.size(node.height)
            widths.append(swap ? h : w)
            heights.append(swap ? w : h)
            let c = node.cluster.map { $0 >= 0 && $0 < clusterCount ? $0 : -1 } ?? -1
            nodeCluster.append(c)
            if c >= 0 { clusterNodes[c].append(i) }
        }
        nodeCount = graph.nodes.count
        titleWidths = graph.clusters.map { swap ? Self.size($0.titleHeight) : Self.size($0.titleWidth) }
        titleHeights = graph.clusters.map { swap ? Self.size($0.titleWidth) : Self.size($0.titleHeight) }
        edges = []
        selfLoops = []
        edgeIsValid = []
        addPlaceholders()
        let anchors = anchorLeaves()
        for (i, edge) in graph.edges.enumerated() {
            guard let tail = resolve(edge.source, anchors), let head = resolve(edge.target, anchors) else {
                edgeIsValid.append(false)
                continue
            }
            edgeIsValid.append(true)
            let lw = Self.size(edge.labelWidth), lh = Self.size(edge.labelHeight)
            let prepared = Edge(
                tail: tail, head: head,
                minLength: min(max(edge.minLength, 1), Self.maxMinLength),
                weight: edge.weight.isFinite ? max(edge.weight, 0) : 1,
                labelWidth: swap ? lh : lw, labelHeight: swap ? lw : lh, original: i)
            if tail == head { selfLoops.append(prepared) } else { edges.append(prepared) }
        }
    }

    static func size(_ value: Double) -> Double { value.isFinite && value > 0 ? value : 0 }

    /// Gives every cluster that has no node of its own and no child cluster a zero-size leaf.
    private func addPlaceholders() {
        for c in clusterParent.indices where clusterNodes[c].isEmpty && clusterChildren[c].isEmpty {
            let id = nodeCount
            nodeCount += 1
            widths.append(0)
            heights.append(0)
            nodeCluster.append(c)
            clusterNodes[c].append(id)
        }
    }

    /// The first leaf of each cluster in declaration order, searching child clusters after its
    /// own nodes; computed bottom-up so it is linear.
    private func anchorLeaves() -> [Int] {
        var anchor = Array(repeating: -1, count: clusterParent.count)
        let byDepth = clusterParent.indices.sorted { (clusterDepth[$0], $0) > (clusterDepth[$1], $1) }
        for c in byDepth {
            if let first = clusterNodes[c].first {
                anchor[c] = first
            } else if let child = clusterChildren[c].first(where: { anchor[$0] >= 0 }) {
                anchor[c] = anchor[child]
            }
        }
        return anchor
    }

    private func resolve(_ end: LayoutGraph.Endpoint, _ anchors: [Int]) -> Int? {
        switch end {
        case .node(let i): return i >= 0 && i < inputNodeCount ? i : nil
        case .cluster(let c): return c >= 0 && c < anchors.count && anchors[c] >= 0 ? anchors[c] : nil
        }
    }

    /// Parents in range, without cycles, at most `maxDepth` levels.
    static func sanitisedParents(_ clusters: [LayoutGraph.Cluster], maxDepth: Int) -> [Int] {
        let count = clusters.count
        var parent = clusters.map { c -> Int in
            guard let p = c.parent, p >= 0, p < count else { return -1 }
            return p
        }
        for c in 0..<count {
            // Walk up; a walk longer than the cluster count is a cycle: cut it here.
            var steps = 0
            var p = parent[c]
            while p >= 0 && steps <= count {
                p = parent[p]
                steps += 1
            }
            if p >= 0 { parent[c] = -1 }
        }
        for c in 0..<count {
            var chain: [Int] = []
            var p = parent[c]
            while p >= 0 {
                chain.append(p)
                p = parent[p]
            }
            if chain.count >= maxDepth { parent[c] = chain[chain.count - maxDepth + 1] }
        }
        return parent
    }

    private static func depths(_ parent: [Int]) -> [Int] {
        parent.indices.map { c in
            var depth = 1
            var p = parent[c]
            while p >= 0 {
                depth += 1
                p = parent[p]
            }
            return depth
        }
    }

    /// Whether cluster `ancestor` is `c` or encloses it.
    func cluster(_ ancestor: Int, contains c: Int) -> Bool {
        var p = c
        while p >= 0 {
            if p == ancestor { return true }
            p = clusterParent[p]
        }
        return false
    }
}
