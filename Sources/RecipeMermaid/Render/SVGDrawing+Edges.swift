import RecipeLayout

/// Edges: routes clipped to the real outlines, `curveBasis` paths, heads and labels.
extension SVGDrawing {
    /// Arrowhead length and half width.
    static let arrowLength = 9.0
    static let arrowHalfWidth = 4.5
    /// Radius of circle ends and half size of cross ends.
    static let endRadius = 4.5

    /// The centre and outline of an edge end, if it is a node.
    func endShape(_ end: FlowEdge.Endpoint) -> (LayoutRect, NodeGeometry?)? {
        switch end {
        case .node(let i):
            guard i < layout.nodes.count else { return nil }
            return (layout.nodes[i], scene.geometry[i])
        case .subgraph(let s):
            if let node = scene.emptySubgraphNode[s], node < layout.nodes.count {
                return (layout.nodes[node], nil)
            }
            guard s < layout.clusters.count else { return nil }
            return (layout.clusters[s], nil)
        }
    }

    /// Moves the end of `points` onto the outline of `end` (the ray from its centre through
    /// the neighbouring route point).
    func clip(
        _ point: LayoutPoint, neighbour: LayoutPoint, to end: FlowEdge.Endpoint, keepSide: Bool = false
    ) -> LayoutPoint {
        guard let (rect, geometry) = endShape(end) else { return point }
        if let geometry {
            // Toward the next route point, as mermaid does; with `keepSide`, toward the layout's
            // own end point, which keeps the side of the box the layout chose.
            let dx = point.x - rect.center.x
            let dy = point.y - rect.center.y
            let aim = keepSide && dx * dx + dy * dy > 1 ? point : neighbour
            return geometry.boundaryPoint(center: rect.center, toward: aim)
        }
        // A cluster box: where the route crosses its border, from the inside point outward.
        let box = NodeGeometry(shape: .rectangle, textWidth: rect.width - 60, textHeight: rect.height - 30)
        if abs(neighbour.x - rect.center.x) <= rect.width / 2
            && abs(neighbour.y - rect.center.y) <= rect.height / 2
        {
            return point
        }
        return box.boundaryPoint(center: rect.center, toward: neighbour)
    }

    /// The drawn route of edge `index`: layout points with both ends on the real outlines.
    func drawnRoute(_ index: Int) -> [LayoutPoint] {
        let edge = chart.edges[index]
        var points = index < layout.edges.count ? layout.edges[index].points : []
        guard points.count >= 2 else { return points }
        // An end inside a subgraph laid out as a unit, seen from outside it, is that box.
        let source = drawnEnd(edge.source, other: edge.target)
        let target = drawnEnd(edge.target, other: edge.source)
        // A subgraph end: the route stops where it crosses the box's border (the layout's
        // routes already end there; a route that runs on inside is cut).
        var cutTarget = false
        var cutSource = false
        if case .subgraph = target {
            if let cut = cutAtBox(points, end: target) { points = cut }
            cutTarget = true
        }
        if case .subgraph = source {
            if let cut = cutAtBox(points.reversed(), end: source) { points = cut.reversed() }
            cutSource = true
        }
        guard points.count >= 2 else { return points }
        func clipped(_ route: [LayoutPoint], keepSide: Bool) -> [LayoutPoint] {
            var route = route
            let last = route.count - 1
            if !cutSource {
                route[0] = clip(
                    route[0], neighbour: route.count > 2 ? route[1] : route[last], to: source,
                    keepSide: keepSide)
            }
            if !cutTarget {
                route[last] = clip(
                    route[last], neighbour: route.count > 2 ? route[last - 1] : route[0], to: target,
                    keepSide: keepSide)
            }
            return route
        }
        let drawn = clipped(points, keepSide: false)
        guard !cutSource, !cutTarget, case .node(let a) = source, case .node(let b) = target, a != b,
            a < layout.nodes.count, b < layout.nodes.count, crossesOtherNode(drawn, except: a, b)
        else { return drawn }
        // Leaving toward the next point brushes a neighbour: keep the layout's sides, or else
        // go round through the rank bands.
        let sided = clipped(points, keepSide: true)
        if !crossesOtherNode(sided, except: a, b) { return sided }
        if let around = detour(points, from: a, to: b) { return clipped(around, keepSide: false) }
        return sided
    }

    /// The subgraphs with a direction (laid out as units) around node `n`, outermost first.
    func unitChain(_ n: Int) -> [Int] {
        var chain: [Int] = []
        var group = n < chart.nodes.count ? chart.nodes[n].subgraph : nil
        var steps = 0
        while let g = group, steps <= chart.subgraphs.count {
            if chart.subgraphs[g].direction != nil { chain.insert(g, at: 0) }
            group = chart.subgraphs[g].parent
            steps += 1
        }
        return chain
    }

    /// Whether subgraph `unit` holds `end` (a node inside it, or itself or a nested subgraph).
    func holds(_ unit: Int, _ end: FlowEdge.Endpoint) -> Bool {
        var group: Int?
        switch end {
        case .node(let n): group = n < chart.nodes.count ? chart.nodes[n].subgraph : nil
        case .subgraph(let s): group = s
        }
        var steps = 0
        while let g = group, steps <= chart.subgraphs.count {
            if g == unit { return true }
            group = chart.subgraphs[g].parent
            steps += 1
        }
        return false
    }

    /// What edge end `end` is drawn at: the outermost unit around it that does not also hold
    /// the other end (the layout ends such edges on that unit's box), else `end` itself.
    func drawnEnd(_ end: FlowEdge.Endpoint, other: FlowEdge.Endpoint) -> FlowEdge.Endpoint {
        guard case .node(let n) = end else { return end }
        for unit in unitChain(n) where !holds(unit, other) { return .subgraph(unit) }
        return end
    }

    /// The route up to where it first enters the box of subgraph `end` (its last point on the
    /// border); nil when the route does not come from outside the box.
    func cutAtBox(_ points: [LayoutPoint], end: FlowEdge.Endpoint) -> [LayoutPoint]? {
        guard let (box, geometry) = endShape(end), geometry == nil, points.count >= 2 else { return nil }
        func inside(_ p: LayoutPoint) -> Bool {
            p.x > box.minX && p.x < box.maxX && p.y > box.minY && p.y < box.maxY
        }
        guard !inside(points[0]), let firstInside = points.firstIndex(where: inside) else { return nil }
        let a = points[firstInside - 1]
        let b = points[firstInside]
        // The largest t in [0, 1] with a + t(b - a) still outside or on the border.
        var low = 0.0
        var high = 1.0
        for _ in 0..<40 {
            let mid = (low + high) / 2
            let p = LayoutPoint(x: a.x + (b.x - a.x) * mid, y: a.y + (b.y - a.y) * mid)
            if inside(p) { high = mid } else { low = mid }
        }
        let border = LayoutPoint(x: a.x + (b.x - a.x) * low, y: a.y + (b.y - a.y) * low)
        return Array(points[..<firstInside]) + [border]
    }

    /// The line, arrowhead and cross-end style attributes of an edge.
    func edgeStyles(_ edge: FlowEdge) -> (line: String, head: String, cross: String) {
        let declarations = chart.defaultEdgeStyle + edge.classes.flatMap { chart.classStyle($0) } + edge.style
        let (shape, _) = StyleSanitizer.split(declarations)
        let lineStyle = Self.styleAttribute(shape.filter { $0.0 != "fill" })
        let headStyle = Self.styleAttribute(
            shape.filter { $0.0 == "stroke" || $0.0 == "opacity" }
                + shape.filter { $0.0 == "stroke" }.map { ("fill", $0.1) })
        let crossStyle = Self.styleAttribute(
            [("stroke-width", "2px")] + shape.filter { $0.0 == "stroke" || $0.0 == "opacity" })
        return (lineStyle, headStyle, crossStyle)
    }

    mutating func drawEdges() {
        // Most edges share their styles (none, or only classes): work each class list out once.
        var byClasses: [[String]: (line: String, head: String, cross: String)] = [:]
        for (index, edge) in chart.edges.enumerated() where edge.stroke != .invisible {
            var points = route(index)
            guard points.count >= 2 else { continue }
            let styles: (line: String, head: String, cross: String)
            if edge.style.isEmpty, let known = byClasses[edge.classes] {
                styles = known
            } else {
                styles = edgeStyles(edge)
                if edge.style.isEmpty { byClasses[edge.classes] = styles }
            }
            let (lineStyle, headStyle, crossStyle) = styles
            var heads = SVGWriter()
            let scale = edge.stroke == .thick ? 1.4 : 1
            head(
                edge.targetHead, at: &points, fromEnd: true, scale: scale, style: headStyle,
                crossStyle: crossStyle, into: &heads)
            head(
                edge.sourceHead, at: &points, fromEnd: false, scale: scale, style: headStyle,
                crossStyle: crossStyle, into: &heads)
            for point in points { include(point) }
            out.raw("<g class=\"edge\"><path class=\"e")
            if edge.stroke != .normal {
                out.raw(" ")
                out.raw(edge.stroke.rawValue)
            }
            out.raw("\" d=\"")
            out.raw(chart.curve == "linear" ? EdgeCurve.linear(points) : EdgeCurve.basis(points))
            out.raw("\"")
            out.raw(lineStyle)
            out.raw("/>")
            out.raw(heads)
            out.raw("</g>\n")
        }
    }

    /// Draws `kind` at one end of `points` into `heads` and pulls that end back so the line stops
    /// at the head; `scale` enlarges arrowheads of thick edges.
    mutating func head(
        _ kind: FlowEdge.Head, at points: inout [LayoutPoint], fromEnd: Bool, scale: Double, style: String,
        crossStyle: String, into heads: inout SVGWriter
    ) {
        guard kind != .none, points.count >= 2 else { return }
        // Route points closer to the tip than the head is long would give it a wrong direction
        // or size: aim from the first point beyond the head, and drop the ones inside it.
        if !fromEnd { points.reverse() }
        defer { if !fromEnd { points.reverse() } }
        let reach = Self.arrowLength * scale
        let tip = points[points.count - 1]
        var previousIndex = points.count - 2
        func distance(_ p: LayoutPoint) -> Double { ((tip.x - p.x) * (tip.x - p.x) + (tip.y - p.y) * (tip.y - p.y)).squareRoot() }
        while previousIndex > 0, distance(points[previousIndex]) < reach { previousIndex -= 1 }
        let previous = points[previousIndex]
        points.removeSubrange((previousIndex + 1)..<(points.count - 1))
        let tipIndex = points.count - 1
        let dx = tip.x - previous.x
        let dy = tip.y - previous.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 1e-9 else { return }
        let ux = dx / length
        let uy = dy / length
        include(tip)
        switch kind {
        case .arrow:
            let back = length >= reach ? reach : length * 0.9
            let base = LayoutPoint(x: tip.x - ux * back, y: tip.y - uy * back)
            let w = Self.arrowHalfWidth * scale
            points[tipIndex] = base
            heads.raw("<polygon class=\"h\" points=\"")
            heads.point(tip.x, tip.y)
            heads.raw(" ")
            heads.point(base.x - uy * w, base.y + ux * w)
            heads.raw(" ")
            heads.point(base.x + uy * w, base.y - ux * w)
            heads.raw("\"")
            heads.raw(style)
            heads.raw("/>")
        case .circle:
            let r = Self.endRadius
            let center = LayoutPoint(x: tip.x - ux * r, y: tip.y - uy * r)
            points[tipIndex] = LayoutPoint(x: center.x - ux * r, y: center.y - uy * r)
            heads.raw("<circle class=\"hc\"")
            heads.attribute("cx", center.x)
            heads.attribute("cy", center.y)
            heads.attribute("r", r)
            heads.raw(style)
            heads.raw("/>")
        case .cross:
            let r = Self.endRadius
            let c = LayoutPoint(x: tip.x - ux * r, y: tip.y - uy * r)
            points[tipIndex] = c
            let a = r * 0.7071
            heads.raw("<path class=\"e\" d=\"M")
            heads.point(c.x - a, c.y - a)
            heads.raw("L")
            heads.point(c.x + a, c.y + a)
            heads.raw("M")
            heads.point(c.x - a, c.y + a)
            heads.raw("L")
            heads.point(c.x + a, c.y - a)
            heads.raw("\"")
            heads.raw(crossStyle)
            heads.raw("/>")
        case .none:
            return
        }
    }

    mutating func drawEdgeLabels() {
        for (index, edge) in chart.edges.enumerated() where edge.stroke != .invisible {
            guard let label = scene.edgeLabels[index] else { continue }
            let points = route(index)
            guard points.count >= 2 else { continue }
            let center =
                (index < layout.edges.count ? layout.edges[index].labelCenter : nil)
                ?? EdgeCurve.midpoint(points)
            let pad = FlowchartScene.edgeLabelPadding
            let rect = LayoutRect(
                center: center, width: label.width + 2 * pad, height: label.height + pad)
            include(rect)
            let declarations = edge.classes.flatMap { chart.classStyle($0) } + edge.style
            let (_, textPairs) = StyleSanitizer.split(declarations)
            out.raw("<g class=\"edge-label\"><rect class=\"lb\"")
            out.attribute("x", rect.minX)
            out.attribute("y", rect.minY)
            out.attribute("width", rect.width)
            out.attribute("height", rect.height)
            out.raw(" rx=\"3\"/>")
            text(
                label, centerX: center.x, top: center.y - label.height / 2, className: "t",
                style: Self.styleAttribute(textPairs))
            out.raw("</g>\n")
        }
    }
}
