import RecipeDiagnostics

/// `classDef`, `class`, `style` and `linkStyle` statements.
extension FlowchartParser {
    /// Reads a run of non-space characters that stops at a statement end.
    mutating func scanWord() -> (String, Int) {
        let start = pos
        while pos < src.count, !isInlineSpace(pos), !isStatementEnd(pos) { pos += 1 }
        return (src.text(start, pos), start)
    }

    /// Skips the spaces after a keyword; throws `missingArgument` when the statement ends there.
    mutating func requireArgument(_ statement: String, _ expected: String, from start: Int) throws {
        skipInlineSpace()
        if isStatementEnd(pos) {
            throw failure(.missingArgument(statement: statement, expected: expected), start, pos)
        }
    }

    /// `prop:value,prop:value` up to the end of the statement (`\,` escapes a comma).
    mutating func parseDeclarations() throws -> [StyleDeclaration] {
        let start = pos
        while pos < src.count, !isNewline(pos), src[pos] != UInt8(ascii: ";") {
            if src[pos] == UInt8(ascii: "(") || src[pos] == UInt8(ascii: ")") {
                throw failure(
                    .unexpected(
                        found: "'\(String(UnicodeScalar(src[pos])))' in a style",
                        expected: "'property:value' pairs without parentheses",
                        help: "write colours as '#rrggbb'"),
                    pos)
            }
            pos += 1
        }
        try rejectEmptyDeclaration(from: start, to: pos)
        var declarations: [StyleDeclaration] = []
        var current = ""
        var escaped = false
        func flush() {
            let part = current.trimmingSpaces()
            current = ""
            guard !part.isEmpty else { return }
            if let colon = part.firstIndex(of: ":") {
                declarations.append(
                    StyleDeclaration(
                        property: String(part[..<colon]).trimmingSpaces(),
                        value: String(part[part.index(after: colon)...]).trimmingSpaces()))
            }
        }
        for character in EntityDecoder.decode(src.text(start, pos)) {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                flush()
            } else {
                current.append(character)
            }
        }
        flush()
        for declaration in declarations {
            let property = declaration.property.lowercased()
            let known = StyleSanitizer.shapeProperties.contains(property)
                || StyleSanitizer.textProperties.contains(property)
            if !known || StyleSanitizer.safeValue(declaration.value) == nil {
                warn(.ignored("style '\(declaration.property):\(declaration.value)'"), start, pos)
            }
        }
        return declarations
    }

    /// Throws at a comma followed by nothing (`fill:#fff,` or `a:b,,c:d`), which mermaid rejects.
    func rejectEmptyDeclaration(from start: Int, to end: Int) throws {
        var index = start
        while index < end {
            if src[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if src[index] == UInt8(ascii: ",") {
                var next = index + 1
                while next < end, isInlineSpace(next) { next += 1 }
                if next >= end || src[next] == UInt8(ascii: ",") {
                    throw failure(
                        .unexpected(found: "',' with no style after it", expected: "'property:value'"),
                        index)
                }
            }
            index += 1
        }
    }

    /// `classDef a,b prop:value,…`.
    mutating func parseClassDef() throws {
        let start = pos
        pos += 8
        try requireArgument("classDef", "a class name and styles", from: start)
        let (names, _) = scanWord()
        try requireArgument("classDef \(names)", "styles such as 'fill:#f9f'", from: start)
        let declarations = try parseDeclarations()
        let range = src.range(start, pos)
        for name in names.split(separator: ",") where !name.isEmpty {
            builder.chart.classDefinitions.append(
                FlowClassDefinition(name: String(name), declarations: declarations, range: range))
        }
    }

    /// `class a,b name`.
    mutating func parseClass() throws {
        let start = pos
        pos += 5
        try requireArgument("class", "node ids and a class name", from: start)
        let (ids, _) = scanWord()
        try requireArgument("class \(ids)", "a class name after the ids", from: start)
        let (name, _) = scanWord()
        builder.assignClass(name, to: ids.split(separator: ",").map(String.init))
    }

    /// `style id prop:value,…`.
    mutating func parseStyle() throws {
        let start = pos
        pos += 5
        try requireArgument("style", "a node id and styles", from: start)
        let (id, idStart) = scanWord()
        try requireArgument("style \(id)", "styles such as 'fill:#f9f'", from: start)
        builder.assignStyle(try parseDeclarations(), to: id, range: src.range(idStart, idStart + id.utf8.count))
    }

    /// `linkStyle 0,1|default [interpolate curve] [prop:value,…]`.
    mutating func parseLinkStyle() throws {
        let start = pos
        pos += 9
        try requireArgument("linkStyle", "edge numbers or 'default', then styles", from: start)
        let (list, listStart) = scanWord()
        var indices: [Int] = []
        if list != "default" {
            var offset = listStart
            for part in list.split(separator: ",", omittingEmptySubsequences: false) {
                guard let index = Int(part), index >= 0 else {
                    throw failure(
                        .unexpected(found: "'\(part)'", expected: "an edge number or 'default'"),
                        offset, offset + max(part.utf8.count, 1))
                }
                guard index < builder.edges.count else {
                    throw failure(
                        .linkStyleOutOfRange(index: index, edgeCount: builder.edges.count), offset,
                        offset + part.utf8.count)
                }
                indices.append(index)
                offset += part.utf8.count + 1
            }
        }
        skipInlineSpace()
        if keyword("interpolate", at: pos) {
            pos += 11
            try requireArgument("interpolate", "a curve name such as 'basis'", from: start)
            let (curve, curveStart) = scanWord()
            if !Self.drawnCurves.contains(curve) {
                warn(.ignored("curve '\(curve)' (drawn as 'basis')"), curveStart, pos)
            }
            if list == "default" { builder.chart.curve = curve }
            skipInlineSpace()
        } else if isStatementEnd(pos) {
            throw failure(
                .missingArgument(statement: "linkStyle \(list)", expected: "styles such as 'stroke:#f00'"),
                start, pos)
        }
        let declarations = try parseDeclarations()
        if list == "default" {
            builder.chart.defaultEdgeStyle += declarations
        } else {
            for index in indices { builder.styleEdge(index, declarations) }
        }
    }
}
