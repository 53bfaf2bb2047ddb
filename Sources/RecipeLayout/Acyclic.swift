// P3: make the graph acyclic by reversing edges (dagre `acyclic.ts`, DFS flavour).
//
// Needs: edges between nodes `0..<nodeCount`, no self-loops (P0 keeps them apart).
// Guarantees: `run` returns one flag per edge; the edges with their flagged ones reversed form a
// DAG. The DFS starts from each node in id order and follows out-edges in edge order, reversing
// an edge that points at a node still on the stack, so a DAG is returned untouched and the
// result depends only on the input order. `undo` turns the oriented edges back into the input.
// Iterative: the stack is an array, not the call stack, so deep chains cannot overflow it.

/// Reverses a feedback set of edges so that the graph becomes acyclic.
enum Acyclic {
    /// An edge as the phases see it: `tail` must be ranked above `head`.
    struct Oriented: Equatable {
        var tail: Int
        var head: Int
    }

    /// Flags the edges to reverse.
    static func run(nodeCount: Int, edges: [Oriented]) -> [Bool] {
        var outEdges = Array(repeating: [Int](), count: nodeCount)
        for (e, edge) in edges.enumerated() { outEdges[edge.tail].append(e) }
        var reversed = Array(repeating: false, count: edges.count)
        // 0 unvisited, 1 on the stack, 2 done.
        var state = Array(repeating: UInt8(0), count: nodeCount)
        var stack: [(node: Int, next: Int)] = []
        for start in 0..<nodeCount where state[start] == 0 {
            state[start] = 1
            stack.append((start, 0))
            while let top = stack.last {
                let list = outEdges[top.node]
                if top.next == list.count {
                    state[top.node] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let e = list[top.next]
                let w = edges[e].head
                if state[w] == 1 {
                    reversed[e] = true
                } else if state[w] == 0 {
                    state[w] = 1
                    stack.append((w, 0))
                }
            }
        }
        return reversed
    }

    /// The edges with the flagged ones reversed.
    static func apply(_ edges: [Oriented], reversed: [Bool]) -> [Oriented] {
        zip(edges, reversed).map { edge, flip in flip ? Oriented(tail: edge.head, head: edge.tail) : edge }
    }

    /// Restores the input orientation; `undo(apply(e, r), r) == e`.
    static func undo(_ edges: [Oriented], reversed: [Bool]) -> [Oriented] {
        apply(edges, reversed: reversed)
    }
}
