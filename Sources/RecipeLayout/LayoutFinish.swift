// P13: from positioned layers to the result (dagre `removeBorderNodes`, `undoCoordinateSystem`,
// `translateGraph`, then ``EdgeRouting``).
//
// Needs: a positioned `LayerGraph` (top-down axes) and the prepared input it came from.
// Guarantees: one rectangle per input node with its input size; one box per cluster, from its
// left to its right border column and from its top to its bottom border rank, so it contains its
// members (35 px of padding at the sides, half a rank separation above and below) and nested
// boxes nest; the title's space is the top `titleHeight` of the box. Axes are undone (BT and RL
// mirror y, LR and RL swap x and y). Everything placed (nodes, boxes, labels and edge points) is
// then shifted so that its top-left corner sits at (margin, margin), and the canvas is that
// extent plus the margin on each side.

/// Turns a positioned layer graph into a ``LayoutResult``.
struct LayoutFinish {
    let graph: LayoutGraph
    let prepared: PreparedGraph
    let g: LayerGraph
    let reversed: [Bool]

    private var swapsAxes: Bool { graph.direction == .leftToRight || graph.direction == .rightToLeft }

    private func point(_ x: Double, _ y: Double) -> LayoutPoint {
        switch graph.direction {
        case .topToBottom: LayoutPoint(x: x, y: y)
        case .bottomToTop: LayoutPoint(x: x, y: -y)
        case .leftToRight: LayoutPoint(x: y, y: x)
        case .rightToLeft: LayoutPoint(x: -y, y: x)
        }
    }

    private func rect(minX: Double, maxX: Double, minY: Double, maxY: Double) -> LayoutRect {
        let a = point(minX, minY), b = point(maxX, maxY)
        let lo = LayoutPoint(x: min(a.x, b.x), y: min(a.y, b.y)), hi = LayoutPoint(x: max(a.x, b.x), y: max(a.y, b.y))
        return LayoutRect(
            center: LayoutPoint(x: (lo.x + hi.x) / 2, y: (lo.y + hi.y) / 2), width: hi.x - lo.x, height: hi.y - lo.y)
    }

    func result() -> LayoutResult {
        // Placeholders of empty clusters included: edges to such a cluster end at its placeholder.
        let allNodes = (0..<prepared.nodeCount).map { v in
            rect(
                minX: g.x[v] - g.width[v] / 2, maxX: g.x[v] + g.width[v] / 2, minY: g.y[v] - g.height[v] / 2,
                maxY: g.y[v] + g.height[v] / 2)
        }
        let nodes = Array(allNodes[..<prepared.inputNodeCount])
        let clusters = prepared.clusterParent.indices.map(clusterBox)
        let routing = EdgeRouting(g: g, prepared: prepared, clusters: clusters, point: point)
        var routes = graph.edges.map { _ in LayoutResult.EdgeRoute(points: [LayoutPoint(x: 0, y: 0), LayoutPoint(x: 0, y: 0)]) }
        for (e, edge) in prepared.edges.enumerated() {
            routes[edge.original] = routing.route(edge: e, reversed: reversed[e], input: graph.edges[edge.original])
        }
        for (i, loop) in prepared.selfLoops.enumerated() {
            let v = loop.tail, d = g.selfLoopNode[i]
            let points = EdgeRouting.selfLoop(
                node: (g.x[v], g.y[v], g.width[v], g.height[v]), dummyX: g.x[d], lift: 8).map(point)
            routes[loop.original] = LayoutResult.EdgeRoute(
                points: points, labelCenter: loop.hasLabel ? point(g.x[d], g.y[d]) : nil)
        }
        return translated(nodes: nodes, clusters: clusters, routes: routes)
    }

    private func clusterBox(_ c: Int) -> LayoutRect {
        var minX = Double.infinity, maxX = -Double.infinity
        for v in g.borderLeft[c] { minX = min(minX, g.x[v] - g.width[v] / 2) }
        for v in g.borderRight[c] { maxX = max(maxX, g.x[v] + g.width[v] / 2) }
        let top = g.borderTop[c], bottom = g.borderBottom[c]
        return rect(
            minX: minX, maxX: maxX, minY: g.y[top] - g.height[top] / 2, maxY: g.y[bottom] + g.height[bottom] / 2)
    }

    private func translated(nodes: [LayoutRect], clusters: [LayoutRect], routes: [LayoutResult.EdgeRoute]) -> LayoutResult {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        func include(_ r: LayoutRect) {
            minX = min(minX, r.minX)
            maxX = max(maxX, r.maxX)
            minY = min(minY, r.minY)
            maxY = max(maxY, r.maxY)
        }
        nodes.forEach(include)
        clusters.forEach(include)
        for (route, edge) in zip(routes, graph.edges) {
            for p in route.points { include(LayoutRect(center: p, width: 0, height: 0)) }
            if let c = route.labelCenter {
                include(LayoutRect(center: c, width: PreparedGraph.size(edge.labelWidth), height: PreparedGraph.size(edge.labelHeight)))
            }
        }
        if !minX.isFinite {
            minX = 0
            minY = 0
            maxX = 0
            maxY = 0
        }
        let margin = graph.margin.isFinite ? max(graph.margin, 0) : 0
        let dx = margin - minX, dy = margin - minY
        func move(_ p: LayoutPoint) -> LayoutPoint { LayoutPoint(x: p.x + dx, y: p.y + dy) }
        func move(_ r: LayoutRect) -> LayoutRect { LayoutRect(center: move(r.center), width: r.width, height: r.height) }
        return LayoutResult(
            nodes: nodes.map(move), edges: routes.map { LayoutResult.EdgeRoute(points: $0.points.map(move), labelCenter: $0.labelCenter.map(move)) },
            clusters: clusters.map(move), width: maxX - minX + 2 * margin, height: maxY - minY + 2 * margin)
    }
}
