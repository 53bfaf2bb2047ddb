import CYAML
import RecipeDiagnostics

/// Parses YAML text into documents of ``YAMLNode``s with positions, using libyaml's event API.
///
/// The stream is cut into documents at `---` and `...` lines first and each document is parsed
/// on its own, so that a syntax error in one document does not hide the others. All libyaml
/// memory is allocated and freed inside ``parse(_:limits:)``.
public enum YAMLParser {
    /// Parses every document of `text`.
    ///
    /// Positions are 1-based lines and UTF-8 byte columns of `text`, or, when `origin` is given,
    /// of the file the block is embedded in (``EmbeddedSource/project(_:)-swift.method``).
    public static func parse(
        _ text: String, origin: EmbeddedSource? = nil, limits: YAMLLimits = .default
    ) -> [YAMLDocument] {
        let bytes = Array(text.utf8)
        if bytes.count > limits.maxBytes {
            let diagnostic = Diagnostic(
                code: "RG2004",
                message: "YAML block is \(bytes.count) bytes; the limit is \(limits.maxBytes)",
                range: SourceRange(line: 1, column: 1))
            let projected = origin.map { diagnostic.projected(into: $0) } ?? diagnostic
            return [YAMLDocument(root: nil, startLine: 1, endLine: 1, diagnostics: [projected])]
        }
        let lines = LineTable(bytes)
        return DocumentSplitter.split(bytes, lines: lines).compactMap { chunk in
            var builder = TreeBuilder(
                bytes: bytes, lines: lines, chunk: chunk, origin: origin, limits: limits)
            let document = builder.run()
            guard origin == nil, var clamped = document else { return document }
            clamped.diagnostics = clamped.diagnostics.map(lines.clamp)
            return clamped
        }
    }

    /// Parses a block that must hold exactly one document (front matter, a patch). An empty
    /// block gives nil and no diagnostics.
    public static func parseSingle(
        _ text: String, origin: EmbeddedSource? = nil, limits: YAMLLimits = .default
    ) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        let documents = parse(text, origin: origin, limits: limits)
        var diagnostics = documents.flatMap(\.diagnostics)
        if documents.count > 1 {
            // startLine is already a line of the file the block is embedded in; only the
            // column needs the block's indentation.
            let localLine = documents[1].startLine - (origin?.startLine ?? 1) + 1
            var marker = SourceLocation(line: documents[1].startLine, column: 1)
            if let origin { marker = origin.project(SourceLocation(line: localLine, column: 1)) }
            // The second document starts at a '---' line, or right after a '...' line.
            let startsWithMarker = LineTable(Array(text.utf8)).line(localLine - 1).starts(with: "---".utf8)
            diagnostics.append(
                Diagnostic(
                    code: "RG2001",
                    message: "expected a single YAML document, found \(documents.count)",
                    range: SourceRange(line: marker.line, column: marker.column, length: startsWithMarker ? 3 : 1)))
        }
        return (documents.first?.root, diagnostics)
    }
}

/// Line starts of a byte buffer, to turn libyaml's character columns into byte columns.
struct LineTable {
    /// Byte offset where each line starts (0-based line index).
    let starts: [Int]
    let bytes: [UInt8]
    /// Whether each line (0-based) is all ASCII, so that its characters are its bytes.
    private let asciiLines: [Bool]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var asciiLines: [Bool] = []
        var ascii = true
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x80 { ascii = false }
            // libyaml ends a line at LF, CR LF and a lone CR alike; so must its positions.
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))) {
                starts.append(index + 1)
                asciiLines.append(ascii)
                ascii = true
            }
        }
        asciiLines.append(ascii)
        self.starts = starts
        self.asciiLines = asciiLines
    }

    /// 1-based byte column of the 0-based character column `characters` on 0-based `line`.
    func byteColumn(line: Int, characters: Int) -> Int {
        guard line < starts.count else { return characters + 1 }
        // One byte per character, also past the line's end (columns there count on).
        if asciiLines[line] { return characters + 1 }
        return scannedByteColumn(line: line, characters: characters)
    }

    /// ``byteColumn(line:characters:)`` by walking the line's UTF-8 sequences.
    func scannedByteColumn(line: Int, characters: Int) -> Int {
        guard line < starts.count else { return characters + 1 }
        var offset = starts[line]
        var remaining = characters
        while remaining > 0, offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            offset += byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            remaining -= 1
        }
        return offset - starts[line] + 1 + remaining
    }

    /// The bytes of 0-based `line`, without its line end.
    func line(_ line: Int) -> ArraySlice<UInt8> {
        guard line < starts.count else { return [] }
        var end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
        if end > starts[line], end - 1 < bytes.count, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[starts[line]..<max(end, starts[line])]
    }
}

/// A run of lines holding at most one document.
struct DocumentChunk {
    /// 0-based first and last line (inclusive).
    var firstLine: Int
    var lastLine: Int
}

/// Cuts a stream at document markers: a line `---` (alone or followed by a space) starts a
/// document, a line `...` ends one. YAML forbids both inside any scalar at column 0.
enum DocumentSplitter {
    static func split(_ bytes: [UInt8], lines: LineTable) -> [DocumentChunk] {
        var chunks: [DocumentChunk] = []
        var start = 0
        var hasContent = false
        let count = lines.starts.count
        for index in 0..<count {
            let line = lines.line(index)
            if isMarker(line, UInt8(ascii: "-")) {
                if hasContent { chunks.append(DocumentChunk(firstLine: start, lastLine: index - 1)) }
                start = index
                hasContent = true
            } else if isMarker(line, UInt8(ascii: ".")) {
                if hasContent { chunks.append(DocumentChunk(firstLine: start, lastLine: index)) }
                start = index + 1
                hasContent = false
            } else if !hasContent && isContent(line) {
                hasContent = true
            }
        }
        if hasContent { chunks.append(DocumentChunk(firstLine: start, lastLine: count - 1)) }
        return chunks
    }

    private static func isMarker(_ line: ArraySlice<UInt8>, _ char: UInt8) -> Bool {
        guard line.count >= 3 else { return false }
        let i = line.startIndex
        guard line[i] == char, line[i + 1] == char, line[i + 2] == char else { return false }
        return line.count == 3 || line[i + 3] == UInt8(ascii: " ") || line[i + 3] == UInt8(ascii: "\t")
    }

    /// Whether a line holds anything but blanks and a comment.
    private static func isContent(_ line: ArraySlice<UInt8>) -> Bool {
        for byte in line {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0xEF || byte == 0xBB
                || byte == 0xBF
            {
                continue
            }
            return byte != UInt8(ascii: "#")
        }
        return false
    }
}
