import RecipeLayout

/// Sizes, outlines and boundary intersections of the node shapes.
///
/// Sizes follow mermaid's `shapes/*.ts` with padding 15 around a text box (reference:
/// layered-layout §5.6). Intersections cut the ray from the centre toward an outside point with
/// the real outline, so arrowheads touch the drawn border of every shape.
struct NodeGeometry {
    static let padding = 15.0

    let shape: FlowNode.Shape
    let width: Double
    let height: Double

    /// The size of a node of `shape` around a text box of `textWidth` × `textHeight`.
    init(shape: FlowNode.Shape, textWidth tw: Double, textHeight th: Double) {
        self.shape = shape
        let p = Self.padding
        switch shape {
        case .rectangle: (width, height) = (tw + 4 * p, th + 2 * p)
        case .rounded: (width, height) = (tw + 2 * p, th + 2 * p)
        case .subroutine: (width, height) = (tw + 2 * p + 16, th + 2 * p)
        case .asymmetric: (width, height) = (tw + 2 * p + (th + 2 * p) / 4, th + 2 * p)
        case .stadium:
            let h = th + p
            (width, height) = (tw + p + h / 2, h)
        case .circle:
            let d = max(tw, th) + p
            (width, height) = (d, d)
        case .doubleCircle:
            let d = max(tw, th) + p + 10
            (width, height) = (d, d)
        case .diamond:
            let s = tw + th + 2 * p
            (width, height) = (s, s)
        case .hexagon:
            let h = th + p
            (width, height) = (tw + h / 2 + p, h)
        case .cylinder:
            let w = tw + p
            let ry = (w / 2) / (2.5 + w / 50)
            (width, height) = (w, th + p + 3 * ry)
        case .leanRight, .leanLeft, .trapezoid, .invertedTrapezoid:
            let h = th + p
            (width, height) = (tw + p + h, h)
        }
    }

    /// The cylinder's cap radius.
    var capRadius: Double { (width / 2) / (2.5 + width / 50) }

    /// Outline points relative to the centre, for polygon shapes.
    var polygon: [(Double, Double)]? {
        let w = width / 2
        let h = height / 2
        switch shape {
        case .diamond: return [(0, -h), (w, 0), (0, h), (-w, 0)]
        case .hexagon:
            let m = height / 4
            return [(-w + m, -h), (w - m, -h), (w, 0), (w - m, h), (-w + m, h), (-w, 0)]
        case .leanRight:
            let s = height / 2
            return [(-w + s, -h), (w, -h), (w - s, h), (-w, h)]
        case .leanLeft:
            let s = height / 2
            return [(-w, -h), (w - s, -h), (w, h), (-w + s, h)]
        case .trapezoid:
            let s = height / 2
            return [(-w + s, -h), (w - s, -h), (w, h), (-w, h)]
        case .invertedTrapezoid:
            let s = height / 2
            return [(-w, -h), (w, -h), (w - s, h), (-w + s, h)]
        case .asymmetric:
            let notch = height / 4
            return [(-w, -h), (w, -h), (w, h), (-w, h), (-w + notch, 0)]
        default: return nil
        }
    }

    /// Where the ray from `center` toward `toward` leaves the outline.
    func boundaryPoint(center: LayoutPoint, toward: LayoutPoint) -> LayoutPoint {
        let dx = toward.x - center.x
        let dy = toward.y - center.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 1e-9 else { return center }
        let ux = dx / length
        let uy = dy / length
        let t: Double
        switch shape {
        case .circle, .doubleCircle:
            t = width / 2
        case .stadium:
            t = stadiumDistance(ux, uy)
        default:
            if let polygon, shape != .asymmetric {
                t = Self.polygonDistance(polygon, ux, uy) ?? Self.rectangleDistance(width, height, ux, uy)
            } else {
                t = Self.rectangleDistance(width, height, ux, uy)
            }
        }
        var point = LayoutPoint(x: center.x + ux * t, y: center.y + uy * t)
        if shape == .cylinder, abs(uy * width / 2) >= abs(ux * height / 2) {
            let rx = width / 2
            let x = min(abs(point.x - center.x), rx)
            let dip = capRadius * (1 - (1 - (x * x) / (rx * rx)).squareRoot())
            // The outline seen from above is the back of the top cap, from below the front of
            // the bottom cap: both lie `dip` inside the bounding box.
            point.y += uy < 0 ? dip : -dip
        }
        return point
    }

    /// Distance along a unit ray from the centre to a w × h rectangle's border.
    static func rectangleDistance(_ w: Double, _ h: Double, _ ux: Double, _ uy: Double) -> Double {
        let tx = abs(ux) > 1e-12 ? (w / 2) / abs(ux) : .infinity
        let ty = abs(uy) > 1e-12 ? (h / 2) / abs(uy) : .infinity
        return min(tx, ty)
    }

    /// Distance along a unit ray to the nearest crossing of a polygon around the centre.
    static func polygonDistance(_ points: [(Double, Double)], _ ux: Double, _ uy: Double) -> Double? {
        var best: Double?
        for i in points.indices {
            let (ax, ay) = points[i]
            let (bx, by) = points[(i + 1) % points.count]
            let ex = bx - ax
            let ey = by - ay
            let denominator = ux * ey - uy * ex
            guard abs(denominator) > 1e-12 else { continue }
            let t = (ax * ey - ay * ex) / denominator
            let s = (ax * uy - ay * ux) / denominator
            if t > 0, s >= -1e-9, s <= 1 + 1e-9, best.map({ t < $0 }) ?? true { best = t }
        }
        return best
    }

    /// Distance to a stadium's border: flat sides plus semicircular ends.
    func stadiumDistance(_ ux: Double, _ uy: Double) -> Double {
        let r = height / 2
        let flat = max(width / 2 - r, 0)
        let t = Self.rectangleDistance(width, height, ux, uy)
        let x = abs(ux * t)
        guard x > flat else { return t }
        // Solve |(ux t - flat, uy t)| = r for the right end (symmetric on the left).
        let ax = abs(ux)
        let b = -2 * ax * flat
        let c = flat * flat - r * r
        let discriminant = b * b - 4 * c
        guard discriminant >= 0 else { return t }
        return (-b + discriminant.squareRoot()) / 2
    }
}
