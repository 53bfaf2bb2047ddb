import RecipeDiagnostics

/// The bytes of a shell block and where its lines start, to turn byte offsets into positions.
///
/// Offsets are 0-based into `bytes`; positions are 1-based lines and 1-based UTF-8 byte columns
/// of the block, as ``SourceLocation`` counts them.
struct ShellSource: Sendable {
    let bytes: [UInt8]
    /// Byte offset where each line starts (index 0 is line 1).
    let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    init(_ text: String) { self.init(Array(text.utf8)) }

    /// The position of a byte offset (an offset past the end gives the end position).
    func location(_ offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(line: low + 1, column: clamped - lineStarts[low] + 1)
    }

    /// The range of the bytes `start..<end`.
    func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: location(start), end: location(max(start, end)))
    }

    /// The byte offset of a position (clamped into the text).
    func offset(_ location: SourceLocation) -> Int {
        let line = max(1, min(location.line, lineStarts.count))
        return min(lineStarts[line - 1] + max(location.column - 1, 0), bytes.count)
    }

    /// The text of `start..<end`.
    func text(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, bytes.count))
        let upper = max(lower, min(end, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}

/// Maps positions in a text that was cut out of a block (a quoted word's value, an `sh -c`
/// string) back onto the block: each byte of the inner text knows the block offset it came from.
public struct ShellOffsetMap: Sendable {
    let inner: ShellSource
    let offsets: [Int]
    let outer: ShellSource

    init(inner: ShellSource, offsets: [Int], outer: ShellSource) {
        self.inner = inner
        self.offsets = offsets
        self.outer = outer
    }

    /// The block position of a position of the inner text.
    public func map(_ location: SourceLocation) -> SourceLocation {
        let offset = inner.offset(location)
        if offset < offsets.count { return outer.location(offsets[offset]) }
        guard let last = offsets.last else { return outer.location(0) }
        return outer.location(last + 1 + (offset - offsets.count))
    }

    /// The block range of a range of the inner text.
    public func map(_ range: SourceRange) -> SourceRange {
        SourceRange(start: map(range.start), end: map(range.end))
    }

    /// The diagnostic with its range and its file-less note ranges mapped onto the block.
    public func map(_ diagnostic: Diagnostic) -> Diagnostic {
        var copy = diagnostic
        copy.range = map(diagnostic.range)
        copy.notes = diagnostic.notes.map { note in
            var note = note
            if note.file == nil, let range = note.range { note.range = map(range) }
            return note
        }
        return copy
    }
}
