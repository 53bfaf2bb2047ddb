import RecipeLayout

/// A subgraph title waiting to be placed.
struct PendingTitle {
    var box: LabelBox
    var rect: LayoutRect
    var top: Double
    var textStyle: String
    /// The box's own fill, if styled, for the background a title may need.
    var fill: String?
}

/// Subgraph titles, placed after the edges so that no edge runs through one.
///
/// A title is centred at the top of its box, as mermaid does, unless an edge crosses the title
/// band there; then it moves sideways to the nearest free place inside the box. When there is
/// none it stays centred on a background of the box's fill, so the text stays readable.
extension SVGDrawing {
    /// Clearance between a title and an edge, and the step of the sideways search.
    static let titleClearance = 8.0
    static let titleStep = 4.0

    mutating func drawClusterTitles() {
        for title in pendingTitles {
            let blocked = edgeCrossings(from: title.top, to: title.top + title.box.height, within: title.rect)
            let centerX = titlePosition(title, avoiding: blocked)
            if centerX == nil {
                let w = title.box.width + 8
                out.raw("<rect class=\"c\"")
                out.attribute("x", title.rect.center.x - w / 2)
                out.attribute("y", title.top)
                let background = [("stroke", "none")] + (title.fill.map { [("fill", $0)] } ?? [])
                out.attribute("width", w)
                out.attribute("height", title.box.height)
                out.raw(Self.styleAttribute(background))
                out.raw("/>")
            }
            text(
                title.box, centerX: centerX ?? title.rect.center.x, top: title.top, className: "ct",
                style: title.textStyle)
            out.raw("\n")
        }
        pendingTitles = []
    }

    /// The x of every point where a drawn edge passes through the band `top…bottom` of `rect`.
    func edgeCrossings(from top: Double, to bottom: Double, within rect: LayoutRect) -> [Double] {
        var xs: [Double] = []
        for (index, edge) in chart.edges.enumerated() where edge.stroke != .invisible {
            let points = route(index)
            guard points.count >= 2 else { continue }
            for i in 1..<points.count {
                let a = points[i - 1]
                let b = points[i]
                let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
                let steps = max(1, Int(length / 4))
                for step in 0...steps {
                    let t = Double(step) / Double(steps)
                    let x = a.x + (b.x - a.x) * t
                    let y = a.y + (b.y - a.y) * t
                    if y >= top, y <= bottom, x >= rect.minX, x <= rect.maxX { xs.append(x) }
                }
            }
        }
        return xs
    }

    /// The centre x nearest the box's centre where the title clears every crossing; nil if none.
    func titlePosition(_ title: PendingTitle, avoiding blocked: [Double]) -> Double? {
        let half = title.box.width / 2
        let low = title.rect.minX + 6 + half
        let high = title.rect.maxX - 6 - half
        guard low <= high else { return blocked.isEmpty ? title.rect.center.x : nil }
        func isFree(_ x: Double) -> Bool {
            !blocked.contains { abs($0 - x) < half + Self.titleClearance }
        }
        let center = min(max(title.rect.center.x, low), high)
        if isFree(center) { return center }
        var offset = Self.titleStep
        while center - offset >= low || center + offset <= high {
            if center - offset >= low, isFree(center - offset) { return center - offset }
            if center + offset <= high, isFree(center + offset) { return center + offset }
            offset += Self.titleStep
        }
        return nil
    }
}
