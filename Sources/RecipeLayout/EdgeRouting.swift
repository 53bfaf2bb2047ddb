// P13 (edges): polylines through the dummies, ends clipped to the node borders (dagre
// `normalize.undo`, `positionSelfEdges`, `assignNodeIntersects`, `reversePointsForReversedEdges`).
//
// Needs: a positioned `LayerGraph` (top-down axes, with each rank's band `rankTop...rankBottom`),
// `point` mapping its axes to the final ones, and the final cluster boxes.
// Guarantees: each route runs from the input source to the input target (reversed edges are
// turned back); its first and last points lie on the border of the source and target rectangles
// (on the side facing the rest of the edge, in rank-axis terms the bottom of the upper end and
// the top of the lower one), or, for an edge to a cluster whose other end lies outside it, where
// the path enters the cluster's box. Inside every rank band the path is straight along the rank axis: each dummy
// gives two points, at the top and the bottom of its band (dagre gives its centre only; the
// label centre stays on the path), and each end first runs to the edge of its node's band. So
// the path crosses bands only in its own dummy slots (which the positioning keeps clear of
// other nodes) and otherwise runs in the gaps between bands, and never through another node
// (reference §5.5). A self-loop is dagre's five-point loop on the node's far side (in rank-axis
// terms: right of it), through its dummy, which is also where its label goes.

/// Builds edge routes in final coordinates.
struct EdgeRouting {
    let g: LayerGraph
    let prepared: PreparedGraph
    let clusters: [LayoutRect]
    /// Maps top-down layout coordinates to the final ones.
    let point: (Double, Double) -> LayoutPoint

    func route(edge e: Int, reversed: Bool, input: LayoutGraph.Edge) -> LayoutResult.EdgeRoute {
        let edge = prepared.edges[e]
        // Top-down: the oriented tail is on the upper rank.
        let tail = reversed ? edge.head : edge.tail, head = reversed ? edge.tail : edge.head
        var inner: [(Double, Double)] = []
        for d in g.chains[e] {
            append(&inner, (g.x[d], g.rankTop[g.rank[d]]))
            append(&inner, (g.x[d], g.rankBottom[g.rank[d]]))
        }
        let first = inner.first ?? (g.x[head], g.y[head]), last = inner.last ?? (g.x[tail], g.y[tail])
        let start = Self.exit(rect(tail), toward: first, below: true)
        let end = Self.exit(rect(head), toward: last, below: false)
        var layout = [start]
        append(&layout, (start.0, max(start.1, g.rankBottom[g.rank[tail]])))
        for p in inner { append(&layout, p) }
        append(&layout, (end.0, min(end.1, g.rankTop[g.rank[head]])))
        append(&layout, end)
        if layout.count == 1 { layout.append(end) }
        var points = layout.map { point($0.0, $0.1) }
        if reversed { points.reverse() }
        if case .cluster(let c) = input.target, c < clusters.count, !Self.contains(clusters[c], points[0]) {
            points = Self.cutAtBox(points, clusters[c])
        }
        if case .cluster(let c) = input.source, c < clusters.count, let last = points.last,
            !Self.contains(clusters[c], last)
        {
            points = Self.cutAtBox(points.reversed(), clusters[c]).reversed()
        }
        let label = g.labelNode[e] >= 0 && edge.hasLabel ? point(g.x[g.labelNode[e]], g.y[g.labelNode[e]]) : nil
        return LayoutResult.EdgeRoute(points: points, labelCenter: label)
    }

    private func rect(_ v: Int) -> LayoutRect {
        LayoutRect(center: LayoutPoint(x: g.x[v], y: g.y[v]), width: g.width[v], height: g.height[v])
    }

    /// Appends `p` unless it repeats the last point.
    private func append(_ points: inout [(Double, Double)], _ p: (Double, Double)) {
        if let last = points.last, last.0 == p.0 && last.1 == p.1 { return }
        points.append(p)
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

    /// Where an edge leaves `rect` through its bottom side (`below`) or enters through its top
    /// side, toward `target` in the next band: where the ray from the centre toward the target
    /// crosses that side, kept a little in from the corners so that the path never runs along a
    /// side of its node (dagre clips to any side, and a path leaving by a side would then have to
    /// bend down along it to stay out of its neighbours' way).
    static func exit(_ rect: LayoutRect, toward target: (Double, Double), below: Bool) -> (Double, Double) {
        let y = below ? rect.maxY : rect.minY
        let dy = target.1 - rect.center.y
        var x = rect.center.x
        if dy != 0 && (dy > 0) == below {
            x += (target.0 - rect.center.x) * (y - rect.center.y) / dy
        }
        let inset = min(rect.width / 4, 10)
        return (min(max(x, rect.minX + inset), rect.maxX - inset), y)
    }

    /// Where the ray from `rect`'s centre toward `target` leaves the rectangle (along
    /// `fallback` when the target is the centre itself).
    static func clip(_ rect: LayoutRect, toward target: (Double, Double), fallback: (Double, Double)) -> (Double, Double) {
        var dx = target.0 - rect.center.x, dy = target.1 - rect.center.y
        if dx == 0 && dy == 0 {
            dx = fallback.0
            dy = fallback.1
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
        return (rect.center.x + sx, rect.center.y + sy)
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
