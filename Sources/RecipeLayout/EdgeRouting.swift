// P13 (edges): polylines through the dummies, ends clipped to the node borders (dagre
// `normalize.undo`, `positionSelfEdges`, `assignNodeIntersects`, `reversePointsForReversedEdges`).
//
// Needs: positioned `LayerGraph` coordinates already mapped to the final axes (`point(_:)`), the
// final node rectangles and cluster boxes.
// Guarantees: each route runs from the input source to the input target (reversed edges are
// turned back); its first and last points lie on the border of the source and target rectangles,
// or, for an edge to a cluster whose other end lies outside it, where the path enters the
// cluster's box; interior points are the dummy centres in rank order (at least one, since every
// edge spans two ranks or more). A self-loop is dagre's five-point loop on the node's far side
// (in rank-axis terms: right of it), through its dummy, which is also where its label goes.

/// Builds edge routes in final coordinates.
struct EdgeRouting {
    let g: LayerGraph
    let prepared: PreparedGraph
    let nodes: [LayoutRect]
    let clusters: [LayoutRect]
    let point: (Int) -> LayoutPoint
    /// The direction ranks advance in, in final coordinates.
    let rankDirection: LayoutPoint

    func route(edge e: Int, reversed: Bool, input: LayoutGraph.Edge) -> LayoutResult.EdgeRoute {
        let edge = prepared.edges[e]
        let tail = edge.tail, head = edge.head
        var inner = g.chains[e].map(point)
        if reversed { inner.reverse() }
        let first = inner.first ?? nodes[head].center, last = inner.last ?? nodes[tail].center
        let flip = reversed ? -1.0 : 1.0
        let forward = LayoutPoint(x: rankDirection.x * flip, y: rankDirection.y * flip)
        var points = [Self.clip(nodes[tail], toward: first, fallback: forward)]
        points += inner
        points.append(Self.clip(nodes[head], toward: last, fallback: LayoutPoint(x: -forward.x, y: -forward.y)))
        if case .cluster(let c) = input.target, c < clusters.count, !Self.contains(clusters[c], points[0]) {
            points = Self.cutAtBox(points, clusters[c])
        }
        if case .cluster(let c) = input.source, c < clusters.count, let end = points.last,
            !Self.contains(clusters[c], end)
        {
            points = Self.cutAtBox(points.reversed(), clusters[c]).reversed()
        }
        let label = g.labelNode[e] >= 0 ? point(g.labelNode[e]) : nil
        return LayoutResult.EdgeRoute(points: points, labelCenter: input.labelWidth > 0 || input.labelHeight > 0 ? label : nil)
    }

    /// dagre's self-loop in top-down axes: out of the top, round the dummy, back in at the
    /// bottom. The ends are kept on the node's border (dagre lets them pass its corner on narrow
    /// nodes) and the two shoulders are lifted off the border line by `lift`.
    static func selfLoop(node: (x: Double, y: Double, width: Double, height: Double), dummyX: Double, lift: Double)
        -> [(Double, Double)]
    {
        let dx = dummyX - node.x, dy = node.height / 2
        let start = node.x + min(2 * dx / 3, 3 * node.width / 8)
        return [
            (start, node.y - dy), (node.x + 5 * dx / 6, node.y - dy - lift), (node.x + dx, node.y),
            (node.x + 5 * dx / 6, node.y + dy + lift), (start, node.y + dy),
        ]
    }

    /// Where the ray from `rect`'s centre toward `target` leaves the rectangle.
    static func clip(_ rect: LayoutRect, toward target: LayoutPoint, fallback: LayoutPoint) -> LayoutPoint {
        var dx = target.x - rect.center.x, dy = target.y - rect.center.y
        if dx == 0 && dy == 0 {
            dx = fallback.x
            dy = fallback.y
        }
        var w = rect.width / 2, h = rect.height / 2
        let sx: Double, sy: Double
        if abs(dy) * w > abs(dx) * h {
            if dy < 0 { h = -h }
            sx = h * dx / dy
            sy = h
        } else {
            if dx < 0 { w = -w }
            sx = dx == 0 ? 0 : w
            sy = dx == 0 ? 0 : w * dy / dx
        }
        return LayoutPoint(x: rect.center.x + sx, y: rect.center.y + sy)
    }

    static func contains(_ r: LayoutRect, _ p: LayoutPoint) -> Bool {
        p.x > r.minX && p.x < r.maxX && p.y > r.minY && p.y < r.maxY
    }

    /// Keeps `points` from the first one up to where the path first enters `box`.
    static func cutAtBox(_ points: [LayoutPoint], _ box: LayoutRect) -> [LayoutPoint] {
        guard points.count >= 2 else { return points }
        for i in 0..<(points.count - 1) {
            let a = points[i], b = points[i + 1]
            if let t = entry(a, b, box) {
                let hit = LayoutPoint(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
                return Array(points[...i]) + [hit]
            }
        }
        return points
    }

    /// Liang–Barsky: the parameter where segment a->b enters the box, if it does.
    private static func entry(_ a: LayoutPoint, _ b: LayoutPoint, _ box: LayoutRect) -> Double? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - box.minX), (dx, box.maxX - a.x), (-dy, a.y - box.minY), (dy, box.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            }
        }
        return t0 <= t1 && t0 > 0 ? t0 : nil
    }
}
