/// Where a block of text embedded in a Markdown file (front matter, a fenced block) lies in it.
///
/// Embedded parsers report positions in the block's own coordinates (line 1 is the block's first
/// line). `columnOffsets[i]` is the number of bytes in front of local line `i + 1` in the file
/// (indentation of an indented fence, `> ` of a block quote), so that a local column plus the
/// offset is the file column.
public struct EmbeddedSource: Hashable, Sendable {
    /// The file line of the block's first line.
    public var startLine: Int
    /// Bytes before each local line in the file; missing lines reuse the last offset.
    public var columnOffsets: [Int]

    public init(startLine: Int, columnOffsets: [Int] = []) {
        self.startLine = startLine
        self.columnOffsets = columnOffsets
    }

    /// The file location of a location given in block coordinates.
    public func project(_ location: SourceLocation) -> SourceLocation {
        let index = location.line - 1
        let offset: Int
        if columnOffsets.isEmpty {
            offset = 0
        } else if index < columnOffsets.count {
            offset = columnOffsets[max(index, 0)]
        } else {
            offset = columnOffsets[columnOffsets.count - 1]
        }
        return SourceLocation(line: startLine + location.line - 1, column: location.column + offset)
    }

    /// The file range of a range given in block coordinates.
    public func project(_ range: SourceRange) -> SourceRange {
        SourceRange(start: project(range.start), end: project(range.end))
    }
}

extension Diagnostic {
    /// The diagnostic with its range and note ranges shifted from block to file coordinates.
    /// Notes that already name a file are left alone.
    public func projected(into source: EmbeddedSource) -> Diagnostic {
        var copy = self
        copy.range = source.project(range)
        copy.notes = notes.map { note in
            var note = note
            if note.file == nil, let range = note.range { note.range = source.project(range) }
            return note
        }
        return copy
    }
}
