import RecipeDiagnostics

/// `id@{ shape: …, label: … }` (mermaid 11.3+): classic shapes by their aliases, others refused.
extension FlowchartParser {
    /// What a shape-data block sets.
    struct ShapeData {
        var shape: FlowNode.Shape?
        var label: FlowLabel?
    }

    /// Aliases of the shapes recipegen draws (reference §5.2).
    static let shapeAliases: [String: FlowNode.Shape] = {
        var map: [String: FlowNode.Shape] = [:]
        let table: [(FlowNode.Shape, [String])] = [
            (.rectangle, ["rect", "proc", "process", "rectangle", "doc", "document", "docs",
                "documents", "st-doc", "stacked-document", "text", "fork", "join"]),
            (.rounded, ["rounded", "event"]),
            (.stadium, ["stadium", "terminal", "pill"]),
            (.subroutine, ["fr-rect", "subprocess", "subproc", "framed-rectangle", "subroutine"]),
            (.cylinder, ["cyl", "db", "database", "cylinder"]),
            (.circle, ["circle", "circ", "sm-circ", "start", "small-circle", "fr-circ", "stop",
                "framed-circle"]),
            (.doubleCircle, ["dbl-circ", "double-circle"]),
            (.diamond, ["diam", "decision", "diamond", "question"]),
            (.hexagon, ["hex", "hexagon", "prepare"]),
            (.leanRight, ["lean-r", "lean-right", "in-out"]),
            (.leanLeft, ["lean-l", "lean-left", "out-in"]),
            (.trapezoid, ["trap-b", "priority", "trapezoid-bottom", "trapezoid"]),
            (.invertedTrapezoid, ["trap-t", "manual", "trapezoid-top", "inv-trapezoid"]),
            (.asymmetric, ["odd"]),
        ]
        for (shape, names) in table { for name in names { map[name] = shape } }
        return map
    }()

    /// Parses the `@{…}` block at `pos`.
    mutating func parseShapeData(nodeID: String) throws -> ShapeData {
        let open = pos
        pos += 2
        var entries: [(key: String, value: String, valueStart: Int, valueEnd: Int, quoted: Bool)] = []
        var data = ShapeData()
        while true {
            while isInlineSpace(pos) || isNewline(pos) || src[pos] == UInt8(ascii: ",") { pos += 1 }
            guard pos < src.count else {
                throw failure(.unclosed(what: "'@{' of node '\(nodeID)'", expected: "'}'"), open, open + 2)
            }
            if src[pos] == UInt8(ascii: "}") {
                pos += 1
                break
            }
            let keyStart = pos
            while pos < src.count, src[pos] != UInt8(ascii: ":"), src[pos] != UInt8(ascii: "}"),
                !isNewline(pos)
            { pos += 1 }
            let key = src.text(keyStart, pos).trimmingSpaces()
            guard src[pos] == UInt8(ascii: ":") else {
                throw failure(.unexpected(found: describe(at: pos), expected: "'key: value'"), pos)
            }
            pos += 1
            while isInlineSpace(pos) { pos += inlineSpaceLength(pos) }
            let valueStart = pos
            var quoted = false
            if src[pos] == UInt8(ascii: "\"") {
                quoted = true
                pos += 1
                while pos < src.count, src[pos] != UInt8(ascii: "\"") { pos += 1 }
                guard pos < src.count else {
                    throw failure(.unclosed(what: "quoted value", expected: "'\"'"), valueStart)
                }
                pos += 1
            } else {
                while pos < src.count, src[pos] != UInt8(ascii: ","), src[pos] != UInt8(ascii: "}"),
                    !isNewline(pos)
                { pos += 1 }
            }
            var value = src.text(valueStart, pos).trimmingSpaces()
            if quoted { value = String(value.dropFirst().dropLast()) }
            entries.append((key, value, valueStart, pos, quoted))
        }
        for entry in entries {
            switch entry.key {
            case "shape":
                data.shape = try shape(named: entry.value, entry.valueStart, entry.valueEnd)
            case "label":
                data.label = FlowLabel(
                    text: decodeLabelText(entry.value), kind: entry.quoted ? .quoted : .plain,
                    range: src.range(entry.valueStart, entry.valueEnd))
            case "icon", "img":
                throw failure(
                    .unsupportedShape(entry.key, reason: "icons and images need external assets"),
                    entry.valueStart, entry.valueEnd)
            default:
                break
            }
        }
        return data
    }

    /// The shape an `@{shape: …}` name stands for; throws for names recipegen does not draw.
    func shape(named name: String, _ start: Int, _ end: Int) throws -> FlowNode.Shape {
        if let shape = Self.shapeAliases[name] { return shape }
        let reason =
            name.lowercased() != name || name.contains("_")
            ? "shape names are lowercase words joined by '-'"
            : "recipegen draws only the classic shapes and their aliases"
        throw failure(.unsupportedShape(name, reason: reason), start, end)
    }
}
