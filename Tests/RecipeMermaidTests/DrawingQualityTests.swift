import Foundation
import RecipeLayout
import Testing

@testable import RecipeMermaid

/// What a reader would find ugly, checked on the golden diagrams: edges through nodes, labels
/// over nodes, nodes outside their subgraph box, anything outside the view box.
@Suite struct DrawingQualityTests {
    struct Drawn {
        var chart: Flowchart
        var scene: FlowchartScene
        var layout: LayoutResult
        var drawing: SVGDrawing
    }

    /// The golden drawings plus `Golden/Quality/*.mmd`: the site's own diagrams and samples of
    /// the benchmark corpus, checked for quality only.
    static let diagrams = RendererTests.diagrams.map { "SVG/" + $0 }
        + GoldenFile.names(in: "Quality", ext: "mmd").map { "Quality/" + $0 }

    func draw(_ name: String) throws -> Drawn {
        let flowchart = try chart(try GoldenFile.read("\(name).mmd"))
        let scene = FlowchartScene(flowchart)
        let layout = LayeredLayout.layout(scene.graph)
        return Drawn(chart: flowchart, scene: scene, layout: layout,
            drawing: SVGDrawing(chart: flowchart, scene: scene, layout: layout))
    }

    /// Points along a path written as `M x,y L x,y C x,y x,y x,y …` (16 per cubic).
    static func samples(_ d: String) -> [(Double, Double)] {
        var numbers: [Double] = []
        var commands: [Character] = []
        var token = ""
        func flush() {
            if let value = Double(token) { numbers.append(value) }
            token = ""
        }
        for character in d {
            if character == "M" || character == "L" || character == "C" {
                flush()
                commands.append(character)
                numbers.append(.nan)
            } else if character == "," || character == " " {
                flush()
            } else {
                token.append(character)
            }
        }
        flush()
        var points: [(Double, Double)] = []
        var index = 0
        var commandIndex = -1
        var current = (0.0, 0.0)
        while index < numbers.count {
            if numbers[index].isNaN {
                commandIndex += 1
                index += 1
                continue
            }
            let command = commands[max(commandIndex, 0)]
            if command == "C", index + 5 < numbers.count {
                let c1 = (numbers[index], numbers[index + 1])
                let c2 = (numbers[index + 2], numbers[index + 3])
                let end = (numbers[index + 4], numbers[index + 5])
                for step in 1...16 {
                    let t = Double(step) / 16
                    let u = 1 - t
                    points.append((
                        u * u * u * current.0 + 3 * u * u * t * c1.0 + 3 * u * t * t * c2.0 + t * t * t * end.0,
                        u * u * u * current.1 + 3 * u * u * t * c1.1 + 3 * u * t * t * c2.1 + t * t * t * end.1))
                }
                current = end
                index += 6
            } else if index + 1 < numbers.count {
                current = (numbers[index], numbers[index + 1])
                points.append(current)
                index += 2
            } else {
                index += 1
            }
        }
        return points
    }

    static func inside(_ point: (Double, Double), _ rect: LayoutRect, by margin: Double) -> Bool {
        point.0 > rect.minX + margin && point.0 < rect.maxX - margin && point.1 > rect.minY + margin
            && point.1 < rect.maxY - margin
    }

    @Test(arguments: diagrams)
    func edgesDoNotRunThroughNodes(name: String) throws {
        let drawn = try draw(name)
        var checked = 0
        defer { #expect(checked > 0) }
        for (index, edge) in drawn.chart.edges.enumerated() where edge.source != edge.target {
            let route = drawn.drawing.route(index)
            guard let first = route.first, let last = route.last else { continue }
            for point in Self.samples(EdgeCurve.basis(route)) {
                // Near its own ends an edge touches its nodes by design.
                let nearEnd = [first, last].contains { end in
                    let dx = point.0 - end.x
                    let dy = point.1 - end.y
                    return dx * dx + dy * dy < 12 * 12
                }
                if nearEnd { continue }
                checked += 1
                for (node, rect) in drawn.layout.nodes.enumerated() where node < drawn.chart.nodes.count {
                    // Inside the drawn outline (not just its bounding box), by more than 1 px.
                    let geometry = drawn.scene.geometry[node]
                    let sample = LayoutPoint(x: point.0, y: point.1)
                    let border = geometry.boundaryPoint(center: rect.center, toward: sample)
                    let toSample = hypot(sample.x - rect.center.x, sample.y - rect.center.y)
                    let toBorder = hypot(border.x - rect.center.x, border.y - rect.center.y)
                    #expect(!(Self.inside(point, rect, by: 1) && toSample < toBorder - 1),
                        "edge \(index) runs through node '\(drawn.chart.nodes[node].id)' at \(point)")
                }
            }
        }
    }

    /// The subgraphs an edge end lies in (itself included, for a subgraph end).
    func groups(of end: FlowEdge.Endpoint, in chart: Flowchart) -> Set<Int> {
        var result: Set<Int> = []
        var group: Int?
        switch end {
        case .node(let n): group = chart.nodes[n].subgraph
        case .subgraph(let s): group = s
        }
        while let g = group, !result.contains(g) {
            result.insert(g)
            group = chart.subgraphs[g].parent
        }
        return result
    }

    @Test(arguments: diagrams)
    func edgesStayOutOfUnrelatedSubgraphs(name: String) throws {
        let drawn = try draw(name)
        for (index, edge) in drawn.chart.edges.enumerated() {
            let own = groups(of: edge.source, in: drawn.chart).union(groups(of: edge.target, in: drawn.chart))
            for point in Self.samples(EdgeCurve.basis(drawn.drawing.route(index))) {
                for (g, box) in drawn.layout.clusters.enumerated() where !own.contains(g) {
                    #expect(!Self.inside(point, box, by: 1),
                        "edge \(index) crosses subgraph '\(drawn.chart.subgraphs[g].id)' at \(point)")
                }
            }
        }
    }

    @Test(arguments: diagrams + ["Quality/title-in-the-way"])
    func edgesDoNotRunThroughSubgraphTitles(name: String) throws {
        let drawn = try draw(name)
        let svg = FlowchartRenderer(idPrefix: "q").render(drawn.chart)
        // Each title's first line: x (its centre) and baseline y, in subgraph order of drawing.
        for chunk in svg.split(separator: "<text class=\"ct\"").dropFirst() {
            let numbers = chunk.split(separator: "\"").compactMap { Double($0) }
            guard numbers.count >= 2, let end = chunk.range(of: "</text>") else { continue }
            let text = chunk[..<end.lowerBound].split(separator: ">").last
                .map { String($0.prefix { $0 != "<" }) } ?? ""
            let width = TextMetrics.width(text.replacingOccurrences(of: "&amp;", with: "&"), style: .bold)
            let top = numbers[1] - LabelBox.baseline
            let band = LayoutRect(
                center: LayoutPoint(x: numbers[0], y: top + LabelBox.lineHeight / 2),
                width: width, height: LabelBox.lineHeight)
            for index in drawn.chart.edges.indices where drawn.chart.edges[index].stroke != .invisible {
                for point in Self.samples(EdgeCurve.basis(drawn.drawing.route(index))) {
                    #expect(!Self.inside(point, band, by: 0), "edge \(index) runs through title '\(text)'")
                }
            }
        }
    }

    @Test(arguments: diagrams)
    func arrowheadsHaveTheirFullSize(name: String) throws {
        let svg = FlowchartRenderer(idPrefix: "a").render(try draw(name).chart)
        for chunk in svg.split(separator: "<polygon class=\"h\" points=\"").dropFirst() {
            let corners = chunk.prefix { $0 != "\"" }.split(separator: " ").map {
                $0.split(separator: ",").compactMap { Double($0) }
            }
            try #require(corners.count == 3 && corners.allSatisfy { $0.count == 2 })
            let baseX = (corners[1][0] + corners[2][0]) / 2
            let baseY = (corners[1][1] + corners[2][1]) / 2
            let length = hypot(corners[0][0] - baseX, corners[0][1] - baseY)
            #expect(length >= 8.9, "arrowhead \(length) px long")
        }
    }

    @Test(arguments: diagrams)
    func labelsAndNodesDoNotOverlap(name: String) throws {
        let drawn = try draw(name)
        var boxes: [(String, LayoutRect)] = drawn.layout.nodes.prefix(drawn.chart.nodes.count)
            .enumerated().map { ("node '\(drawn.chart.nodes[$0.offset].id)'", $0.element) }
        for (index, route) in drawn.layout.edges.enumerated() {
            guard let center = route.labelCenter, let label = drawn.scene.edgeLabels[index] else { continue }
            boxes.append(("label of edge \(index)", LayoutRect(center: center, width: label.width, height: label.height)))
        }
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let a = boxes[i].1
                let b = boxes[j].1
                let overlap = min(a.maxX, b.maxX) - max(a.minX, b.minX) > 1
                    && min(a.maxY, b.maxY) - max(a.minY, b.minY) > 1
                #expect(!overlap, "\(boxes[i].0) overlaps \(boxes[j].0)")
            }
        }
    }

    @Test(arguments: diagrams)
    func subgraphBoxesHoldTheirMembersAndTitles(name: String) throws {
        let drawn = try draw(name)
        for (index, node) in drawn.chart.nodes.enumerated() {
            var group = node.subgraph
            while let g = group {
                let box = drawn.layout.clusters[g]
                let rect = drawn.layout.nodes[index]
                #expect(rect.minX >= box.minX && rect.maxX <= box.maxX && rect.minY >= box.minY && rect.maxY <= box.maxY,
                    "node '\(node.id)' outside subgraph '\(drawn.chart.subgraphs[g].id)'")
                // The title band at the top stays clear of members.
                let titleBottom = box.minY + drawn.scene.clusterTitles[g].height + FlowchartScene.clusterTitlePadding / 2
                #expect(rect.minY >= titleBottom, "node '\(node.id)' under the title of '\(drawn.chart.subgraphs[g].id)'")
                group = drawn.chart.subgraphs[g].parent
            }
        }
    }

    @Test(arguments: diagrams)
    func everythingLiesInsideTheViewBox(name: String) throws {
        let svg = FlowchartRenderer(idPrefix: "v").render(try draw(name).chart)
        let box = svg.split(separator: "viewBox=\"")[1].prefix { $0 != "\"" }.split(separator: " ").compactMap { Double($0) }
        let (x, y, w, h) = (box[0], box[1], box[2], box[3])
        var sampled = 0
        for chunk in svg.split(separator: "<path class=\"e").dropFirst() {
            guard let start = chunk.range(of: " d=\"") else { continue }
            let d = String(chunk[start.upperBound...].prefix { $0 != "\"" })
            sampled += 1
            for point in Self.samples(d) {
                #expect(point.0 >= x && point.0 <= x + w && point.1 >= y && point.1 <= y + h, "\(point) outside")
            }
        }
        #expect(sampled >= svg.components(separatedBy: "<g class=\"edge\">").count - 1)
    }
}
