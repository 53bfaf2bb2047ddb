import RecipeLayout

/// The box around everything drawn, grown as elements are written (for the `viewBox`).
struct SVGBounds {
    var minX = Double.infinity
    var minY = Double.infinity
    var maxX = -Double.infinity
    var maxY = -Double.infinity

    mutating func include(x: Double, y: Double) {
        guard x.isFinite, y.isFinite else { return }
        minX = min(minX, x)
        minY = min(minY, y)
        maxX = max(maxX, x)
        maxY = max(maxY, y)
    }

    mutating func include(_ rect: LayoutRect) {
        include(x: rect.minX, y: rect.minY)
        include(x: rect.maxX, y: rect.maxY)
    }

    /// The bounds, or a 0×0 box at the origin when nothing was drawn.
    var normalized: SVGBounds {
        minX.isFinite ? self : SVGBounds(minX: 0, minY: 0, maxX: 0, maxY: 0)
    }
}
