// P5: ranking by network simplex (Gansner, Koutsofios, North, Vo, "A Technique for Drawing
// Directed Graphs", IEEE TSE 1993; dagre `rank/network-simplex.ts`).
//
// Needs: a connected DAG (P4's nesting graph is one); `minLengths` >= 0, weights >= 0. Parallel
// edges are allowed (they are merged: weights summed, the largest minimum length kept).
// Guarantees: rank(head) - rank(tail) >= minLength for every edge, smallest rank 0, and, unless
// `maxPivots` ran out, the least total weight * length. Starts from a longest-path ranking and a
// tight spanning tree; each pivot takes the first tree edge with a negative cut value (node id
// order) and the first least-slack entering edge (edge order), so equal inputs rank equally.
// Iterative throughout. If the graph is not connected the feasible tree cannot span it; then the
// longest-path ranking, which is feasible, is returned.

/// Network simplex ranking on dense ids.
struct NetworkSimplex {
    private let n: Int
    private var tails: [Int] = []
    private var heads: [Int] = []
    private var minLengths: [Int] = []
    private var weights: [Double] = []
    private var incident: [[Int]]
    private var rank: [Int]
    private var treeEdge: [Bool] = []
    private var inTree: [Bool]
    private var parentEdge: [Int]
    private var low: [Int]
    private var lim: [Int]
    private var cut: [Double]
    private var postorder: [Int] = []

    /// Ranks of `nodeCount` nodes; see the header for the guarantees.
    static func rank(
        nodeCount: Int, tails: [Int], heads: [Int], minLengths: [Int], weights: [Double],
        maxPivots: Int? = nil
    ) -> [Int] {
        guard nodeCount > 0 else { return [] }
        var solver = NetworkSimplex(nodeCount: nodeCount, tails, heads, minLengths, weights)
        solver.longestPath()
        let feasible = solver.rank
        guard solver.feasibleTree() else { return normalized(feasible) }
        solver.optimise(maxPivots: maxPivots ?? 10 * (solver.tails.count + 1))
        return normalized(solver.rank)
    }

    private static func normalized(_ rank: [Int]) -> [Int] {
        let low = rank.min() ?? 0
        return rank.map { $0 - low }
    }

    private init(nodeCount: Int, _ t: [Int], _ h: [Int], _ m: [Int], _ w: [Double]) {
        n = nodeCount
        // Merge parallel edges after a stable sort by (tail, head).
        let order = t.indices.sorted { (t[$0], h[$0], $0) < (t[$1], h[$1], $1) }
        for e in order {
            if let last = tails.indices.last, tails[last] == t[e], heads[last] == h[e] {
                weights[last] += w[e]
                minLengths[last] = max(minLengths[last], m[e])
            } else {
                tails.append(t[e])
                heads.append(h[e])
                minLengths.append(m[e])
                weights.append(w[e])
            }
        }
        incident = Array(repeating: [], count: n)
        for e in tails.indices {
            incident[tails[e]].append(e)
            incident[heads[e]].append(e)
        }
        rank = Array(repeating: 0, count: n)
        treeEdge = Array(repeating: false, count: tails.count)
        inTree = Array(repeating: false, count: n)
        parentEdge = Array(repeating: -1, count: n)
        low = Array(repeating: 0, count: n)
        lim = Array(repeating: 0, count: n)
        cut = Array(repeating: 0, count: n)
    }

    private func slack(_ e: Int) -> Int { rank[heads[e]] - rank[tails[e]] - minLengths[e] }

    /// rank(v) = min over out-edges of rank(w) - minLength; sinks get 0.
    private mutating func longestPath() {
        var done = Array(repeating: false, count: n)
        var stack: [(node: Int, next: Int)] = []
        for start in 0..<n where !done[start] {
            stack.append((start, 0))
            done[start] = true
            while let top = stack.last {
                let list = incident[top.node]
                var next = top.next
                while next < list.count && tails[list[next]] != top.node { next += 1 }
                if next == list.count {
                    var best = Int.max
                    for e in list where tails[e] == top.node { best = min(best, rank[heads[e]] - minLengths[e]) }
                    rank[top.node] = best == Int.max ? 0 : best
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next = next + 1
                let w = heads[list[next]]
                if !done[w] {
                    done[w] = true
                    stack.append((w, 0))
                }
            }
        }
    }

    /// Grows a tree of tight edges from node 0, shifting it by the least slack until it spans.
    private mutating func feasibleTree() -> Bool {
        inTree[0] = true
        var members = [0]
        while true {
            var stack = members
            while let v = stack.popLast() {
                for e in incident[v] {
                    let w = tails[e] == v ? heads[e] : tails[e]
                    if !inTree[w] && slack(e) == 0 {
                        inTree[w] = true
                        treeEdge[e] = true
                        members.append(w)
                        stack.append(w)
                    }
                }
            }
            if members.count == n { return true }
            var best = -1
            var bestSlack = Int.max
            for e in tails.indices where inTree[tails[e]] != inTree[heads[e]] {
                let s = slack(e)
                if s < bestSlack {
                    best = e
                    bestSlack = s
                }
            }
            guard best >= 0 else { return false }
            let delta = inTree[tails[best]] ? bestSlack : -bestSlack
            for v in members { rank[v] += delta }
        }
    }

    private mutating func optimise(maxPivots: Int) {
        computeTreeData()
        var pivots = 0
        while pivots < maxPivots, let leaving = (0..<n).first(where: { parentEdge[$0] >= 0 && cut[$0] < -1e-9 }) {
            guard let entering = enteringEdge(leavingChild: leaving) else { return }
            treeEdge[parentEdge[leaving]] = false
            treeEdge[entering] = true
            computeTreeData()
            updateRanks()
            pivots += 1
        }
    }

    /// The least-slack non-tree edge crossing the cut of the tree edge above `child`, the other way.
    private func enteringEdge(leavingChild child: Int) -> Int? {
        let e = parentEdge[child]
        // The tree edge runs tail -> head in the graph; the component holding its tail must be
        // reached from the head's side by the entering edge.
        let flip = lim[tails[e]] > lim[heads[e]]
        let side = flip ? heads[e] : tails[e]
        func below(_ v: Int) -> Bool { low[side] <= lim[v] && lim[v] <= lim[side] }
        var best: Int?
        var bestSlack = Int.max
        for f in tails.indices where !treeEdge[f] {
            if flip == below(tails[f]) && flip != below(heads[f]) {
                let s = slack(f)
                if s < bestSlack {
                    best = f
                    bestSlack = s
                }
            }
        }
        return best
    }

    /// Parent pointers, postorder low/lim numbers and cut values, from root 0.
    private mutating func computeTreeData() {
        for v in 0..<n { parentEdge[v] = -1 }
        postorder.removeAll(keepingCapacity: true)
        var visited = Array(repeating: false, count: n)
        var stack: [(node: Int, next: Int)] = [(0, 0)]
        visited[0] = true
        var nextLim = 1
        var lows = [1]
        while let top = stack.last {
            let list = incident[top.node]
            var next = top.next
            while next < list.count {
                let e = list[next]
                let w = tails[e] == top.node ? heads[e] : tails[e]
                if treeEdge[e] && !visited[w] { break }
                next += 1
            }
            if next == list.count {
                low[top.node] = lows.removeLast()
                lim[top.node] = nextLim
                nextLim += 1
                postorder.append(top.node)
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next = next + 1
            let e = list[next]
            let w = tails[e] == top.node ? heads[e] : tails[e]
            visited[w] = true
            parentEdge[w] = e
            stack.append((w, 0))
            lows.append(nextLim)
        }
        for v in postorder where parentEdge[v] >= 0 { cut[v] = cutValue(child: v) }
    }

    /// The cut value of the tree edge between `child` and its parent (children already done).
    private func cutValue(child: Int) -> Double {
        let pe = parentEdge[child]
        let childIsTail = tails[pe] == child
        var value = weights[pe]
        for e in incident[child] where e != pe {
            let isOut = tails[e] == child
            let other = isOut ? heads[e] : tails[e]
            let pointsToHead = isOut == childIsTail
            value += pointsToHead ? weights[e] : -weights[e]
            if treeEdge[e] && parentEdge[other] == e {
                value += pointsToHead ? -cut[other] : cut[other]
            }
        }
        return value
    }

    /// Re-derives ranks from the tree: preorder from the root along tight tree edges.
    private mutating func updateRanks() {
        for v in postorder.reversed() {
            let e = parentEdge[v]
            guard e >= 0 else { continue }
            let parent = tails[e] == v ? heads[e] : tails[e]
            rank[v] = tails[e] == v ? rank[parent] - minLengths[e] : rank[parent] + minLengths[e]
        }
    }
}
