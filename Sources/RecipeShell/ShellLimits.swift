import RecipeDiagnostics

/// Bounds that keep a hostile shell fence from taking unbounded time or memory (RG3007).
///
/// A fence past either bound is not parsed, checked or highlighted: the parser reports RG3007 at
/// the fence's first line, the highlighter returns the text escaped and plain, and the copy
/// button copies the fence as it is. Parsing is linear, so the bounds also bound the time.
public struct ShellLimits: Hashable, Sendable {
    /// Largest fence accepted, in UTF-8 bytes.
    public var maxBytes: Int
    /// Most lines in one fence.
    public var maxLines: Int

    /// Limits of `maxBytes` bytes and `maxLines` lines.
    public init(maxBytes: Int = 512 << 10, maxLines: Int = 25_000) {
        self.maxBytes = maxBytes
        self.maxLines = maxLines
    }

    /// 512 KiB and 25,000 lines: far beyond any command block a reader copies, and parsed in
    /// well under a second.
    public static let `default` = ShellLimits()

    /// RG3007 when `text` exceeds a bound, at line 1, column 1 of the block; nil otherwise.
    /// Stops counting lines at the first byte past the bound, so the check itself is cheap.
    public func violation(_ text: String) -> Diagnostic? {
        let utf8 = text.utf8
        if utf8.count > maxBytes {
            return Diagnostic(
                code: "RG3007", message: "shell block is \(utf8.count) bytes; the limit is \(maxBytes)",
                range: SourceRange(line: 1, column: 1),
                help: "split the block, or show a long script as a file instead of a fence")
        }
        // CR LF, LF and a lone CR each end a line; a final line end starts no new line.
        var lines = 0
        var previous: UInt8 = 0x0A
        for byte in utf8 {
            if byte == 0x0A, previous == 0x0D {
                previous = byte
                continue
            }
            if previous == 0x0A || previous == 0x0D {
                lines += 1
                if lines > maxLines { break }
            }
            previous = byte
        }
        guard lines > maxLines else { return nil }
        return Diagnostic(
            code: "RG3007", message: "shell block has more than \(maxLines) lines",
            range: SourceRange(line: 1, column: 1),
            help: "split the block, or show a long script as a file instead of a fence")
    }
}
