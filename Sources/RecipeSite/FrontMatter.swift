import RecipeDiagnostics
import RecipeYAML

/// The metadata block at the top of a recipe.
public struct FrontMatter: Hashable, Sendable {
    public enum Difficulty: String, CaseIterable, Sendable {
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
public struct RecipeDate: Hashable, Comparable, Sendable, CustomStringConvertible {
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
        var lines = TextLines.split(text)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return .failure(Diagnostic(
                code: "RG1001", message: "recipe has no front matter",
                range: SourceRange(line: 1, column: 1),
                help: "start the file with a '---' line, the recipe's title, description and category, and another '---' line"))
        }
        for index in 1..<lines.count {
            let line = lines[index].trimmingTrailingSpaces()
            if line == "---" || line == "..." {
                if let lone = FrontMatterBlock.loneCarriageReturn(lines[1..<index]) {
                    return .failure(Diagnostic(
                        code: "RG1003", message: "front matter line has a carriage return that is not followed by a line feed",
                        range: SourceRange(line: lone.line + 1, column: lone.column), help: "save the file with LF or CR LF line ends"))
                }
                let yaml = lines[1..<index].joined(separator: "\n") + (index > 1 ? "\n" : "")
                return .success(FrontMatterBlock(yaml: yaml, firstLine: 2, closingLine: index + 1))
            }
        }
        return .failure(Diagnostic(
            code: "RG1008", message: "front matter is not closed",
            range: SourceRange(line: 1, column: 1, length: 3), label: "opened here",
            help: "add a '---' line after the last front matter field"))
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

/// Splits text into lines at LF, dropping a CR before it. (A Swift `Character` holds CR LF as
/// one grapheme, so splitting on the Character "\n" would not split CRLF text.)
enum TextLines {
    static func split(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: "\n") {
                var end = index
                if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
                lines.append(text[start..<end])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(text[start...])
        return lines
    }
}
