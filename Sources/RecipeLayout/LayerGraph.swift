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
    /// Successors and predecessors with the weight of each segment (parallel arrays).
    var succ: [[Int]] = []
    var succWeight: [[Double]] = []
    var pred: [[Int]] = []
    var predWeight: [[Double]] = []
    var layers: [[Int]] = []
    var order: [Int] = []
    var x: [Double] = []
    var y: [Double] = []

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

    @discardableResult
    mutating func addNode(_ k: Kind, width w: Double = 0, height h: Double = 0, rank r: Int, parent p: Int) -> Int {
        kind.append(k)
        width.append(w)
        height.append(h)
        rank.append(r)
        parent.append(p)
        succ.append([])
        succWeight.append([])
        pred.append([])
        predWeight.append([])
        order.append(-1)
        return kind.count - 1
    }

    mutating func addEdge(_ tail: Int, _ head: Int, weight: Double) {
        succ[tail].append(head)
        succWeight[tail].append(weight)
        pred[head].append(tail)
        predWeight[head].append(weight)
    }

    /// Sets `order` from `layers`.
    mutating func syncOrder() {
        for layer in layers { for (i, v) in layer.enumerated() { order[v] = i } }
    }

    /// Whether cluster `c` spans rank `r`.
    func isActive(_ c: Int, at r: Int) -> Bool { minRank[c] <= r && r <= maxRank[c] }
}
