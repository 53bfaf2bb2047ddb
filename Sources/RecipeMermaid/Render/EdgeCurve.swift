import RecipeLayout

/// Path data for edges: d3's `curveBasis` (mermaid's default curve) over a polyline.
///
/// Over p₀…pₙ: move to p₀, line to (5p₀+p₁)/6, one cubic per further point ending at
/// (pᵢ₋₁+4pᵢ+pᵢ₊₁)/6, a last cubic with pₙ doubled and a line into pₙ; two points give a line.
/// The curve leaves p₀ and reaches pₙ along the end segments, so heads stay aligned.
enum EdgeCurve {
    /// The `d` attribute for `points` (at least 2).
    static func basis(_ points: [LayoutPoint]) -> String {
        guard let first = points.first else { return "" }
        var d: [UInt8] = []
        d.reserveCapacity(16 + points.count * 56)
        func move(_ command: UInt8, _ x: Double, _ y: Double) {
            d.append(command)
            SVGNumber.appendPoint(x, y, to: &d)
        }
        move(UInt8(ascii: "M"), first.x, first.y)
        guard points.count > 2 else {
            if let last = points.last, points.count == 2 { move(UInt8(ascii: "L"), last.x, last.y) }
            return String(decoding: d, as: UTF8.self)
        }
        var x0 = first.x
        var y0 = first.y
        var x1 = points[1].x
        var y1 = points[1].y
        move(UInt8(ascii: "L"), (5 * x0 + x1) / 6, (5 * y0 + y1) / 6)
        func cubic(_ x: Double, _ y: Double) {
            move(UInt8(ascii: "C"), (2 * x0 + x1) / 3, (2 * y0 + y1) / 3)
            move(UInt8(ascii: " "), (x0 + 2 * x1) / 3, (y0 + 2 * y1) / 3)
            move(UInt8(ascii: " "), (x0 + 4 * x1 + x) / 6, (y0 + 4 * y1 + y) / 6)
        }
        for point in points.dropFirst(2) {
            cubic(point.x, point.y)
            (x0, y0, x1, y1) = (x1, y1, point.x, point.y)
        }
        cubic(x1, y1)
        move(UInt8(ascii: "L"), x1, y1)
        return String(decoding: d, as: UTF8.self)
    }

    /// The `d` attribute of the straight polyline through `points` (mermaid's `linear` curve).
    static func linear(_ points: [LayoutPoint]) -> String {
        var d: [UInt8] = []
        for (index, point) in points.enumerated() {
            d.append(index == 0 ? UInt8(ascii: "M") : UInt8(ascii: "L"))
            SVGNumber.appendPoint(point.x, point.y, to: &d)
        }
        return String(decoding: d, as: UTF8.self)
    }

    /// The midpoint of a polyline by length (where a label goes when the layout gave none).
    static func midpoint(_ points: [LayoutPoint]) -> LayoutPoint {
        guard points.count > 1 else { return points.first ?? LayoutPoint(x: 0, y: 0) }
        var lengths: [Double] = []
        for i in 1..<points.count {
            let dx = points[i].x - points[i - 1].x
            let dy = points[i].y - points[i - 1].y
            lengths.append((dx * dx + dy * dy).squareRoot())
        }
        var remaining = lengths.reduce(0, +) / 2
        for i in 1..<points.count {
            let length = lengths[i - 1]
            if remaining <= length, length > 0 {
                let t = remaining / length
                return LayoutPoint(
                    x: points[i - 1].x + (points[i].x - points[i - 1].x) * t,
                    y: points[i - 1].y + (points[i].y - points[i - 1].y) * t)
            }
            remaining -= length
        }
        return points[points.count - 1]
    }
}
