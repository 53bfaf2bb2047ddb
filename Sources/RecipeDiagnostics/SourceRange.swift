/// A position in a text file: 1-based line, 1-based column counted in UTF-8 bytes (as cmark counts).
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in UTF-8 bytes from the start of the line.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open range of text: `end` is the position just past the last byte.
public struct SourceRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = max(start, end)
    }

    /// A range on one line, from `column` spanning `length` bytes (at least one).
    public init(line: Int, column: Int, length: Int = 1) {
        self.init(
            start: SourceLocation(line: line, column: column),
            end: SourceLocation(line: line, column: column + max(length, 1)))
    }

    public var description: String { "\(start)-\(end)" }
}
