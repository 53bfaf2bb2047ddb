// P-count: weighted crossings of a layering (Barth, Jünger, Mutzel, "Simple and Efficient
// Bilayer Cross Counting", JGAA 2004; dagre `order/cross-count.ts`).
//
// Needs: a proper layering (edges join adjacent layers only) and `order` matching `layers`.
// Guarantees: the sum over adjacent layer pairs of w(e) * w(f) for every two segments e, f whose
// ends are in opposite orders on the two layers; segments sharing an end never cross.
// O(E log V) with an accumulator tree; buffers are reused between calls.

/// Counts crossings between adjacent layers.
struct CrossingCounter {
    private var tree: [Double] = []
    private var southEntries: [(position: Int, weight: Double)] = []
    private var scratch: [(position: Int, weight: Double)] = []

    /// The weighted number of crossings of `g`'s current order. With `edgesOnly`, cluster border
    /// chains are left out, so an edge entering a cluster does not count (§8 of the reference:
    /// crossings of the drawn edges).
    mutating func count(_ g: LayerGraph, edgesOnly: Bool = false) -> Double {
        var total = 0.0
        for r in 0..<max(g.layers.count - 1, 0) {
            total += count(g, north: g.layers[r], southCount: g.layers[r + 1].count, edgesOnly: edgesOnly)
        }
        return total
    }

    private mutating func count(_ g: LayerGraph, north: [Int], southCount: Int, edgesOnly: Bool) -> Double {
        guard southCount > 1 else { return 0 }
        // The buffers move into locals, so that writes in the loops need no uniqueness checks.
        var tree: [Double] = [], southEntries: [(position: Int, weight: Double)] = []
        var scratch: [(position: Int, weight: Double)] = []
        swap(&tree, &self.tree)
        swap(&southEntries, &self.southEntries)
        swap(&scratch, &self.scratch)
        defer {
            swap(&tree, &self.tree)
            swap(&southEntries, &self.southEntries)
            swap(&scratch, &self.scratch)
        }
        southEntries.removeAll(keepingCapacity: true)
        for v in north where !(edgesOnly && g.kind[v].isSideBorder) {
            scratch.removeAll(keepingCapacity: true)
            for i in g.succs(v) { scratch.append((g.order[g.succNode[i]], g.succWeight[i])) }
            if scratch.count > 1 { scratch.sort { $0.position < $1.position } }
            southEntries.append(contentsOf: scratch)
        }
        var firstIndex = 1
        while firstIndex < southCount { firstIndex <<= 1 }
        let treeSize = 2 * firstIndex - 1
        firstIndex -= 1
        if tree.count < treeSize { tree.append(contentsOf: repeatElement(0, count: treeSize - tree.count)) }
        for i in 0..<treeSize { tree[i] = 0 }
        var crossings = 0.0
        for entry in southEntries {
            var index = entry.position + firstIndex
            tree[index] += entry.weight
            var weightSum = 0.0
            while index > 0 {
                if index % 2 == 1 { weightSum += tree[index + 1] }
                index = (index - 1) >> 1
                tree[index] += entry.weight
            }
            crossings += entry.weight * weightSum
        }
        return crossings
    }
}
