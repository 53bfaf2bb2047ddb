// P1 + P4: the graph that ranking runs on (dagre `makeSpaceForEdgeLabels` and
// `nesting-graph.ts`, after Sander's "Layout of Compound Directed Graphs").
//
// Needs: a `PreparedGraph` and the acyclic orientation of its edges (P3).
// Guarantees: nodes are the prepared nodes, then a root, then a top and a bottom border node per
// cluster (`top(c)`, `bottom(c)`). Every real edge keeps its orientation with its `minLength`
// doubled (P1: real nodes land on even ranks and each edge gets a middle rank for its label)
// and multiplied by `rankFactor` = 2h+1 for h cluster levels (room for a top and a bottom border
// rank per level between two real ranks). Nesting edges tie each cluster's top above and its
// bottom below every child, heavy enough that ranking keeps clusters tight; the root's
// weight-0 edges reach every top-level node and cluster, so the graph is connected and acyclic.

/// The ranking input: a connected DAG with clusters flattened into border nodes.
struct NestingGraph {
    var nodeCount: Int
    var tails: [Int] = []
    var heads: [Int] = []
    var minLengths: [Int] = []
    var weights: [Double] = []
    /// Edges before this index are the prepared edges, in order.
    var realEdgeCount = 0
    let root: Int
    let rankFactor: Int
    private let base: Int

    func top(_ c: Int) -> Int { base + 2 * c }
    func bottom(_ c: Int) -> Int { base + 2 * c + 1 }

    init(_ graph: PreparedGraph, oriented: [Acyclic.Oriented]) {
        root = graph.nodeCount
        base = graph.nodeCount + 1
        nodeCount = base + 2 * graph.clusterParent.count
        let height = graph.clusterDepth.max() ?? 0
        rankFactor = 2 * height + 1
        var totalWeight = 1.0
        for (edge, ends) in zip(graph.edges, oriented) {
            add(ends.tail, ends.head, minLength: 2 * edge.minLength * rankFactor, weight: edge.weight)
            totalWeight += edge.weight
        }
        realEdgeCount = tails.count
        for v in 0..<graph.nodeCount where graph.nodeCluster[v] < 0 {
            add(root, v, minLength: rankFactor, weight: 0)
        }
        // Clusters deepest first, so a child's scaffolding exists before its parent links it.
        let clusters = graph.clusterParent.indices.sorted {
            (graph.clusterDepth[$0], $0) > (graph.clusterDepth[$1], $1)
        }
        for c in clusters {
            let leafLength = height - graph.clusterDepth[c] + 1
            for v in graph.clusterNodes[c] {
                add(top(c), v, minLength: leafLength, weight: 2 * totalWeight)
                add(v, bottom(c), minLength: leafLength, weight: 2 * totalWeight)
            }
            for child in graph.clusterChildren[c] {
                add(top(c), top(child), minLength: 1, weight: totalWeight)
                add(bottom(child), bottom(c), minLength: 1, weight: totalWeight)
            }
            if graph.clusterParent[c] < 0 {
                add(root, top(c), minLength: height + graph.clusterDepth[c], weight: 0)
            }
        }
    }

    private mutating func add(_ tail: Int, _ head: Int, minLength: Int, weight: Double) {
        tails.append(tail)
        heads.append(head)
        minLengths.append(minLength)
        weights.append(weight)
    }
}
