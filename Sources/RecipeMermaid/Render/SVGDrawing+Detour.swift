import RecipeLayout

/// A straight route from a node's centre toward a far point can cut through a neighbour in the
/// same rank (a wide node next to the source, say). Such routes are redrawn to leave the source
/// across its rank band and enter the target across its own, so the slanted part stays in the
/// gap between ranks (reference: layered-layout §5.5).
extension SVGDrawing {
    /// Whether ranks run down (TB/BT) rather than across (LR/RL) for an edge between `a` and
    /// `b`: the diagram's direction, or that of the innermost unit subgraph around both.
    func ranksAreRows(_ a: Int, _ b: Int) -> Bool {
        var direction = chart.direction
        if let unit = unitChain(a).last(where: { holds($0, .node(b)) }),
            let own = chart.subgraphs[unit].direction
        {
            direction = own
        }
        return direction == .topToBottom || direction == .bottomToTop
    }

    /// Half the thickness of the rank band of node `n`: the largest half extent along the rank
    /// axis of the nodes centred on the same rank line.
    func bandHalf(_ n: Int, rows: Bool) -> Double {
        let line = rows ? layout.nodes[n].center.y : layout.nodes[n].center.x
        var half = 0.0
        for rect in layout.nodes where abs((rows ? rect.center.y : rect.center.x) - line) < 0.5 {
            half = max(half, (rows ? rect.height : rect.width) / 2)
        }
        return half
    }

    /// Whether the polyline passes through, or within 6 px of, a node other than `a` and `b`
    /// (the drawn curve cuts the polyline's corners by a few pixels).
    func crossesOtherNode(_ points: [LayoutPoint], except a: Int, _ b: Int) -> Bool {
        guard points.count >= 2 else { return false }
        var near: [LayoutRect] = []
        for i in 1..<points.count {
            let p = points[i - 1]
            let q = points[i]
            // Only nodes near the segment's box can hold a sample (1 px more for rounding).
            let reach = 7.0
            near.removeAll(keepingCapacity: true)
            for (n, rect) in layout.nodes.enumerated() where n != a && n != b {
                if rect.maxX + reach > min(p.x, q.x), rect.minX - reach < max(p.x, q.x),
                    rect.maxY + reach > min(p.y, q.y), rect.minY - reach < max(p.y, q.y)
                {
                    near.append(rect)
                }
            }
            if near.isEmpty { continue }
            let steps = max(1, Int((abs(q.x - p.x) + abs(q.y - p.y)) / 4))
            for step in 0...steps {
                let t = Double(step) / Double(steps)
                let x = p.x + (q.x - p.x) * t
                let y = p.y + (q.y - p.y) * t
                for rect in near {
                    if x > rect.minX - 6, x < rect.maxX + 6, y > rect.minY - 6, y < rect.maxY + 6 { return true }
                }
            }
        }
        return false
    }

    /// The route between nodes `a` and `b` through their rank bands' far sides, or nil when
    /// they share a rank.
    func detour(_ points: [LayoutPoint], from a: Int, to b: Int) -> [LayoutPoint]? {
        let rows = ranksAreRows(a, b)
        func along(_ p: LayoutPoint) -> Double { rows ? p.y : p.x }
        func across(_ p: LayoutPoint) -> Double { rows ? p.x : p.y }
        func point(_ alongValue: Double, _ acrossValue: Double) -> LayoutPoint {
            rows ? LayoutPoint(x: acrossValue, y: alongValue) : LayoutPoint(x: alongValue, y: acrossValue)
        }
        let source = layout.nodes[a].center
        let target = layout.nodes[b].center
        let gap = along(target) - along(source)
        guard abs(gap) > 1 else { return nil }
        let sign: Double = gap > 0 ? 1 : -1
        let exitLine = along(source) + sign * (bandHalf(a, rows: rows) + 4)
        let entryLine = along(target) - sign * (bandHalf(b, rows: rows) + 4)
        guard (entryLine - exitLine) * sign > 0 else { return nil }
        let inner = points.dropFirst().dropLast().filter {
            (along($0) - exitLine) * sign > 0 && (entryLine - along($0)) * sign > 0
        }
        return [source, point(exitLine, across(source))] + inner
            + [point(entryLine, across(target)), target]
    }
}
