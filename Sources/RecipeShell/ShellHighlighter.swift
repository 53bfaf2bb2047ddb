/// Build-time syntax highlighting of shell fences, from the parser's own tokens.
///
/// The output is the fence text, HTML-escaped, with `<span class="sh-KIND">` around tokens:
/// `sh-comment`, `sh-keyword`, `sh-command`, `sh-flag`, `sh-string`, `sh-variable`, `sh-op`,
/// `sh-heredoc`, `sh-delimiter`, `sh-placeholder`, `sh-assignment`, and for transcripts
/// `sh-prompt` and `sh-output`. Spans never cross a line end. Text after a syntax error is left
/// plain; the output is produced for any input.
public enum ShellHighlighter {
    /// The highlighted HTML of `text` (no `<pre>`/`<code>` wrapper); escaped plain text when
    /// `text` is past `limits`.
    public static func html(_ text: String, dialect: ShellDialect, limits: ShellLimits = .default) -> String {
        ShellFence(text, dialect: dialect, limits: limits).html
    }

    /// The escaped text of `original` with no spans.
    static func plain(_ original: [UInt8]) -> String {
        render(original, [UInt8](repeating: 0, count: original.count))
    }

    /// Opening tags by class code: 0 is no span, then the parser's span kinds, then the
    /// transcript's prompt and output.
    private static let openings: [[UInt8]] = [[]]
        + (ShellSpanKind.allCases.map(\.rawValue) + ["prompt", "output"]).map { Array("<span class=\"sh-\($0)\">".utf8) }
    private static let prompt = UInt8(ShellSpanKind.allCases.count + 1)
    private static let output = UInt8(ShellSpanKind.allCases.count + 2)
    private static let kindCodes: [ShellSpanKind: UInt8] = Dictionary(
        uniqueKeysWithValues: ShellSpanKind.allCases.enumerated().map { ($0.element, UInt8($0.offset + 1)) })

    /// The highlighted HTML of `original` from the parser's `spans` over its transcript.
    static func html(_ original: [UInt8], transcript: ShellTranscript, spans: [ShellSpan]) -> String {
        // One class code per byte (not a string, which would be retained per byte).
        var classes = [UInt8](repeating: 0, count: original.count)
        for span in spans.enumerated().sorted(by: {
            ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset)
        }) {
            let code = kindCodes[span.element.kind]!
            for index in max(span.element.start, 0)..<min(span.element.end, original.count) {
                classes[index] = code
            }
        }
        if let kinds = transcript.lines {
            mark(kinds, ShellTranscript.lineRanges(original), original, in: &classes)
        }
        return render(original, classes)
    }

    private static func mark(
        _ kinds: [ShellTranscript.LineKind], _ ranges: [Range<Int>], _ bytes: [UInt8],
        in classes: inout [UInt8]
    ) {
        for (kind, range) in zip(kinds, ranges) {
            switch kind {
            case .output:
                for index in range { classes[index] = output }
            case .command(let prompt), .continuation(let prompt):
                var end = range.lowerBound + prompt
                // The blank after the prompt mark stays outside the prompt span.
                if prompt > 0, bytes[end - 1] == 0x20 { end -= 1 }
                for index in range.lowerBound..<end { classes[index] = Self.prompt }
            }
        }
    }

    private static func render(_ bytes: [UInt8], _ classes: [UInt8]) -> String {
        var html: [UInt8] = []
        html.reserveCapacity(bytes.count * 2)
        let closing = Array("</span>".utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                html.append(0x0A)
                index += 1
                continue
            }
            let code = classes[index]
            var end = index
            while end < bytes.count, bytes[end] != 0x0A, classes[end] == code { end += 1 }
            if code != 0 { html += openings[Int(code)] }
            escape(bytes[index..<end], into: &html)
            if code != 0 { html += closing }
            index = end
        }
        return String(decoding: html, as: UTF8.self)
    }

    private static func escape(_ bytes: ArraySlice<UInt8>, into html: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): html += "&amp;".utf8
            case UInt8(ascii: "<"): html += "&lt;".utf8
            case UInt8(ascii: ">"): html += "&gt;".utf8
            case UInt8(ascii: "\""): html += "&quot;".utf8
            case UInt8(ascii: "'"): html += "&#39;".utf8
            default: html.append(byte)
            }
        }
    }
}
