import RecipeDiagnostics
import RecipeYAML

/// The metadata block at the top of a recipe.
public struct FrontMatter: Hashable, Sendable, Codable {
    public enum Difficulty: String, CaseIterable, Sendable, Codable {
        case beginner, intermediate, advanced
    }

    public var title: String = ""
    public var description: String = ""
    public var category: String = ""
    public var difficulty: Difficulty?
    public var time: String?
    /// The Kubernetes versions the examples are checked against, as written ("1.28+").
    public var kubernetes: String?
    public var tags: [String] = []
    public var date: RecipeDate?
    public var draft = false
    public var author: String?
    public var slug: String?
    /// Where each key stands in the file, for diagnostics about its value.
    public var ranges: [String: SourceRange] = [:]

    public init() {}
}

/// A calendar date written YYYY-MM-DD.
public struct RecipeDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Parses `YYYY-MM-DD` with a real calendar check (no 2026-02-30).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    public static func < (lhs: RecipeDate, rhs: RecipeDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

/// Where the front matter is in a recipe's text.
struct FrontMatterBlock {
    /// The YAML between the two `---` lines.
    var yaml: String
    /// The file line of the YAML's first line.
    var firstLine: Int
    /// The line of the closing `---`.
    var closingLine: Int
}

extension FrontMatterBlock {
    /// Finds the front matter at the very top of `text` (after an optional BOM).
    static func find(in text: String) -> Result<FrontMatterBlock, Diagnostic> {
        var bytes = text
        if let block = bytes.withUTF8(findWithoutCarriageReturns) { return .success(block) }
        return findByLines(in: text)
    }

    /// The front matter of text whose lines up to the closing `---` end in LF alone, the
    /// common case, found on the bytes: the YAML is then the bytes between the two lines as
    /// they are. Nil when there is a CR before the closing line, or no front matter.
    private static func findWithoutCarriageReturns(_ bytes: UnsafeBufferPointer<UInt8>) -> FrontMatterBlock? {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        var start = bytes.starts(with: bom) ? 3 : 0
        var lineNumber = 0
        var yamlStart = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
                if bytes[end] == UInt8(ascii: "\r") { return nil }
                end += 1
            }
            lineNumber += 1
            var trimmed = end
            while trimmed > start, bytes[trimmed - 1] == UInt8(ascii: " ") || bytes[trimmed - 1] == UInt8(ascii: "\t") { trimmed -= 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<trimmed])
            let fence = line.elementsEqual("---".utf8)
            if lineNumber == 1 {
                guard fence else { return nil }
                yamlStart = min(end + 1, bytes.count)
            } else if fence || line.elementsEqual("...".utf8) {
                let yaml = String(decoding: UnsafeBufferPointer(rebasing: bytes[yamlStart..<start]), as: UTF8.self)
                return FrontMatterBlock(yaml: yaml, firstLine: 2, closingLine: lineNumber)
            }
            start = end + 1
        }
        return nil
    }

    /// ``find(in:)`` line by line, for any line ends.
    static func findByLines(in text: String) -> Result<FrontMatterBlock, Diagnostic> {
        var lines = LineScanner(text)
        var first = lines.next() ?? ""
        if first.hasPrefix("\u{FEFF}") { first = first.dropFirst() }
        guard first.trimmingTrailingSpaces() == "---" else {
            return .failure(Diagnostic(
                code: "RG1001", message: "recipe has no front matter",
                range: SourceRange(line: 1, column: 1),
                help: "start the file with a '---' line, the recipe's title, description and category, and another '---' line"))
        }
        var yaml: [Substring] = []
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            let trimmed = line.trimmingTrailingSpaces()
            if trimmed == "---" || trimmed == "..." {
                if let lone = FrontMatterBlock.loneCarriageReturn(yaml[...]) {
                    return .failure(Diagnostic(
                        code: "RG1003", message: "front matter line has a carriage return that is not followed by a line feed",
                        range: SourceRange(line: lone.line + 2, column: lone.column), help: "save the file with LF or CR LF line ends"))
                }
                let text = yaml.joined(separator: "\n") + (yaml.isEmpty ? "" : "\n")
                return .success(FrontMatterBlock(yaml: text, firstLine: 2, closingLine: lineNumber))
            }
            yaml.append(line)
        }
        return .failure(Diagnostic(
            code: "RG1008", message: "front matter is not closed",
            range: SourceRange(line: 1, column: 1, length: 3), label: "opened here",
            help: "add a '---' line after the last front matter field"))
    }
}

/// Reads lines one by one, at LF, dropping a CR before it.
struct LineScanner {
    private let text: String
    /// The byte offset of the next line's start.
    private var offset = 0

    init(_ text: String) {
        self.text = text
    }

    mutating func next() -> Substring? {
        let utf8 = text.utf8
        guard offset < utf8.count else { return nil }
        let start = offset
        // The line end is searched on the contiguous bytes; the index by index walk of the
        // UTF-8 view is several times slower.
        let lineFeed = utf8.withContiguousStorageIfAvailable { bytes in
            var cursor = start
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: "\n") { cursor += 1 }
            return cursor
        } ?? Self.lineFeed(in: utf8, from: start)
        var end = lineFeed
        if end > start, utf8[utf8.index(utf8.startIndex, offsetBy: end - 1)] == UInt8(ascii: "\r") { end -= 1 }
        offset = lineFeed + 1
        return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
    }

    /// The offset of the first LF at or after `start` (the byte count when there is none), for
    /// text that is not stored contiguously.
    private static func lineFeed(in utf8: String.UTF8View, from start: Int) -> Int {
        var cursor = start
        var index = utf8.index(utf8.startIndex, offsetBy: start)
        while index != utf8.endIndex, utf8[index] != UInt8(ascii: "\n") {
            index = utf8.index(after: index)
            cursor += 1
        }
        return cursor
    }
}

extension FrontMatterBlock {
    /// The first lone CR (0-based line index, 1-based byte column): YAML would end a line there
    /// and the front matter's positions would no longer be the file's lines.
    static func loneCarriageReturn(_ lines: ArraySlice<Substring>) -> (line: Int, column: Int)? {
        for (index, line) in zip(lines.indices, lines) {
            if let at = line.utf8.firstIndex(of: UInt8(ascii: "\r")) {
                return (index, line.utf8.distance(from: line.utf8.startIndex, to: at) + 1)
            }
        }
        return nil
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy = copy.dropLast() }
        return copy
    }
}
