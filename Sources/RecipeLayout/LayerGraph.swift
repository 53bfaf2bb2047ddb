/// The proper layered graph the ordering and positioning phases work on (dense ids).
///
/// Node ids: first the prepared nodes (same ids), then border top/bottom nodes, edge dummies and
/// border left/right nodes. Every edge joins rank r to rank r + 1 (tail above head). Built by
/// ``Normalization``; ordering fills `layers`/`order`, positioning fills `x`/`y`.
struct LayerGraph {
    enum Kind: UInt8 {
        case real, edgeDummy, labelDummy, borderTop, borderBottom, borderLeft, borderRight, selfLoop

        /// Whether BK spaces it with the edge separation rather than the node separation.
        var isDummy: Bool { self != .real }
        var isSideBorder: Bool { self == .borderLeft || self == .borderRight }
    }

    var kind: [Kind] = []
    var width: [Double] = []
    var height: [Double] = []
    var rank: [Int] = []
    /// Innermost cluster, -1 for none. For side borders, the cluster they bound.
    var parent: [Int] = []
    /// The segments, in insertion order.
    var edgeTail: [Int] = []
    var edgeHead: [Int] = []
    var edgeWeight: [Double] = []
    /// Successors and predecessors in compressed rows, built by `freeze()`: the successors of
    /// `v` are `succNode[succStart[v]..<succStart[v + 1]]`, in segment order, with `succWeight`.
    var succStart: [Int] = [0]
    var succNode: [Int] = []
    var succWeight: [Double] = []
    var predStart: [Int] = [0]
    var predNode: [Int] = []
    var predWeight: [Double] = []
    var layers: [[Int]] = []
    var order: [Int] = []
    var x: [Double] = []
    var y: [Double] = []
    /// Per rank, the band its nodes occupy along the rank axis (set by positioning).
    var rankTop: [Double] = []
    var rankBottom: [Double] = []

    /// Per prepared (oriented) edge: its dummies, top to bottom.
    var chains: [[Int]] = []
    /// Per prepared edge: its label dummy or -1.
    var labelNode: [Int] = []
    /// Per self-loop: its dummy, once inserted after ordering.
    var selfLoopNode: [Int] = []

    var clusterParent: [Int] = []
    var clusterChildren: [[Int]] = []
    var minRank: [Int] = []
    var maxRank: [Int] = []
    var borderTop: [Int] = []
    var borderBottom: [Int] = []
    /// Side border nodes per cluster, indexed by rank - minRank.
    var borderLeft: [[Int]] = []
    var borderRight: [[Int]] = []

    var nodeCount: Int { kind.count }

    /// Reserves room for `nodes` nodes and `edges` segments in all, so that adding them does not
    /// grow the arrays step by step.
    mutating func reserve(nodes: Int, edges: Int) {
        kind.reserveCapacity(nodes)
        width.reserveCapacity(nodes)
        height.reserveCapacity(nodes)
        rank.reserveCapacity(nodes)
        parent.reserveCapacity(nodes)
        order.reserveCapacity(nodes)
        edgeTail.reserveCapacity(edges)
        edgeHead.reserveCapacity(edges)
        edgeWeight.reserveCapacity(edges)
    }

    @discardableResult
    mutating func addNode(_ k: Kind, width w: Double = 0, height h: Double = 0, rank r: Int, parent p: Int) -> Int {
        kind.append(k)
        width.append(w)
        height.append(h)
        rank.append(r)
        parent.append(p)
        order.append(-1)
        return kind.count - 1
    }

    mutating func addEdge(_ tail: Int, _ head: Int, weight: Double) {
        edgeTail.append(tail)
        edgeHead.append(head)
        edgeWeight.append(weight)
    }

    /// Builds the compressed adjacency rows from the segments (again after adding nodes).
    mutating func freeze() {
        (succStart, succNode, succWeight) = Self.rows(nodeCount, from: edgeTail, to: edgeHead, edgeWeight)
        (predStart, predNode, predWeight) = Self.rows(nodeCount, from: edgeHead, to: edgeTail, edgeWeight)
    }

    private static func rows(_ n: Int, from: [Int], to: [Int], _ weight: [Double]) -> ([Int], [Int], [Double]) {
        var start = Array(repeating: 0, count: n + 1)
        for v in from { start[v + 1] += 1 }
        for v in 0..<n { start[v + 1] += start[v] }
        var fill = start
        var nodes = Array(repeating: 0, count: from.count)
        var weights = Array(repeating: 0.0, count: from.count)
        for e in from.indices {
            nodes[fill[from[e]]] = to[e]
            weights[fill[from[e]]] = weight[e]
            fill[from[e]] += 1
        }
        return (start, nodes, weights)
    }

    /// Indices into `succNode`/`succWeight` of `v`'s successors.
    @inline(__always) func succs(_ v: Int) -> Range<Int> { succStart[v]..<succStart[v + 1] }
    /// Indices into `predNode`/`predWeight` of `v`'s predecessors.
    @inline(__always) func preds(_ v: Int) -> Range<Int> { predStart[v]..<predStart[v + 1] }

    /// Sets `order` from `layers`.
    mutating func syncOrder() {
        for layer in layers { for (i, v) in layer.enumerated() { order[v] = i } }
    }

    /// Whether cluster `c` spans rank `r`.
    func isActive(_ c: Int, at r: Int) -> Bool { minRank[c] <= r && r <= maxRank[c] }
}
