/// Quality measures of a finished layout, for tests and for comparing with mermaid's drawings.
public enum LayoutMetrics {
    /// The number of points where two edge polylines cross.
    ///
    /// Counts proper crossings of straight segments of different edges: touching, overlapping
    /// (collinear) segments and meetings within `endTolerance` of either polyline's first or last
    /// point are not crossings, so edges that merely share an end node never count. This equals
    /// the crossings of the straight polyline drawing, like mermaid-ref.sh's sampler on the
    /// curves away from the nodes.
    public static func crossings(_ result: LayoutResult, endTolerance: Double = 1) -> Int {
        var total = 0
        let edges = result.edges
        for i in edges.indices {
            for j in (i + 1)..<edges.count where boxesOverlap(edges[i].points, edges[j].points) {
                total += crossings(edges[i].points, edges[j].points, endTolerance)
            }
        }
        return total
    }

    private static func crossings(_ a: [LayoutPoint], _ b: [LayoutPoint], _ tolerance: Double) -> Int {
        guard a.count >= 2, b.count >= 2 else { return 0 }
        let ends = [a[0], a[a.count - 1], b[0], b[b.count - 1]]
        var count = 0
        for i in 0..<(a.count - 1) {
            for j in 0..<(b.count - 1) {
                guard let p = intersection(a[i], a[i + 1], b[j], b[j + 1]) else { continue }
                if ends.allSatisfy({ distance($0, p) > tolerance }) { count += 1 }
            }
        }
        return count
    }

    private static func distance(_ p: LayoutPoint, _ q: LayoutPoint) -> Double {
        ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot()
    }

    private static func boxesOverlap(_ a: [LayoutPoint], _ b: [LayoutPoint]) -> Bool {
        guard let ax0 = a.map(\.x).min(), let ax1 = a.map(\.x).max(), let bx0 = b.map(\.x).min(),
            let bx1 = b.map(\.x).max(), let ay0 = a.map(\.y).min(), let ay1 = a.map(\.y).max(),
            let by0 = b.map(\.y).min(), let by1 = b.map(\.y).max()
        else { return false }
        return ax0 <= bx1 && bx0 <= ax1 && ay0 <= by1 && by0 <= ay1
    }

    /// The crossing point of segments p1p2 and q1q2 when they cross at interior points of both.
    private static func intersection(_ p1: LayoutPoint, _ p2: LayoutPoint, _ q1: LayoutPoint, _ q2: LayoutPoint) -> LayoutPoint? {
        let rx = p2.x - p1.x, ry = p2.y - p1.y, sx = q2.x - q1.x, sy = q2.y - q1.y
        let denominator = rx * sy - ry * sx
        let scale = (rx * rx + ry * ry).squareRoot() * (sx * sx + sy * sy).squareRoot()
        guard scale > 0, abs(denominator) > 1e-9 * scale else { return nil }
        let qpx = q1.x - p1.x, qpy = q1.y - p1.y
        let t = (qpx * sy - qpy * sx) / denominator
        let u = (qpx * ry - qpy * rx) / denominator
        let epsilon = 1e-9
        guard t > epsilon, t < 1 - epsilon, u > epsilon, u < 1 - epsilon else { return nil }
        return LayoutPoint(x: p1.x + t * rx, y: p1.y + t * ry)
    }
}
