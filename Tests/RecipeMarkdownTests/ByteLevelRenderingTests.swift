import RecipeTestSupport
import Testing

@testable import RecipeMarkdown

/// The renderer's byte-level shortcuts give what the simple Character and scalar versions give,
/// on seeded random text full of the cases that matter: the escaped characters, multi-byte
/// letters, combining marks, Unicode spaces and the table marks.
@Suite struct ByteLevelRenderingTests {
    static let pieces = [
        "<", ">", "&", "\"", "'", "a", "Z", "9", " ", "\t", "\n", "\u{A0}", "\u{2003}", "é", "e\u{301}", "\u{301}",
        "✅", "✔️", "✔", "✓", "❌", "✘", "⚠️", "⚠", "yes", "No", "🇩🇪", "日本", "&amp;", "x-y_z", "\u{FEFF}",
    ]

    static func text(_ random: inout SplitMix64, maxPieces: Int = 12) -> String {
        (0..<Int.random(in: 0...maxPieces, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// The escaping as it was written first: scalar by scalar.
    static func simpleEscape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func escapingMatchesTheScalarVersion() {
        var random = SplitMix64(state: 8)
        for _ in 0..<3000 {
            let text = Self.text(&random)
            let expected = Self.simpleEscape(text)
            #expect(escapeHTML(text) == expected, "\(text.debugDescription)")
            var appended = "<p>"
            escapeHTML(text, into: &appended)
            #expect(appended == "<p>" + expected, "\(text.debugDescription)")
            #expect(escapeHTML(text).utf8.elementsEqual(expected.utf8))
        }
    }

    /// A table cell of random text and code-span children.
    static func cell(_ random: inout SplitMix64) -> MarkdownNode {
        let children = (0..<Int.random(in: 0...3, using: &random)).map { _ in
            let text = Self.text(&random, maxPieces: 3)
            return MarkdownNode(kind: Bool.random(using: &random) ? .text(text) : .code(text))
        }
        return MarkdownNode(kind: .tableCell, children: children)
    }

    @Test func tableMarksMatchTrimmingEveryCell() {
        var random = SplitMix64(state: 21)
        var marks = 0
        for _ in 0..<5000 {
            let cell = Self.cell(&random)
            let simpleText = cell.children.map(\.plainText).joined()
            #expect(cell.plainText == simpleText)
            let expected = TableMark(cell: simpleText.trimmingSpaces())
            let found = TableMark(cell: cell)
            #expect(found?.className == expected?.className, "\(simpleText.debugDescription)")
            #expect(found?.symbol == expected?.symbol, "\(simpleText.debugDescription)")
            if expected != nil { marks += 1 }
        }
        // The texts must reach both sides of the shortcut, or the comparison proves nothing.
        #expect(marks > 100)
    }

    @Test func longPlainCellsAreNoMarksAndShortOnesStillAre() {
        #expect(TableMark.cannotBeMark("ClusterIP"))
        #expect(!TableMark.cannotBeMark(" ✅ "))
        #expect(!TableMark.cannotBeMark("\u{A0}\u{A0}\u{A0}yes"))
        #expect(TableMark(cell: MarkdownNode(kind: .tableCell, children: [MarkdownNode(kind: .text("\u{A0}\u{A0}\u{A0}yes"))]))?.className == "yes")
        #expect(TableMark(cell: MarkdownNode(kind: .tableCell, children: [MarkdownNode(kind: .text("yes, always"))])) == nil)
    }

    /// Code block offsets as they were found first: the literal split into lines, each compared
    /// with the end of its file line.
    static func simpleOffsets(_ code: CodeBlock, in text: String) -> [Int] {
        // The file's lines, each without its LF and a CR before it.
        let lines = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
        var offsets: [Int] = []
        var number = code.contentLine
        for content in code.literal.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast() {
            let source = number >= 1 && number <= lines.count ? lines[number - 1] : []
            var offset = 0
            if source.count >= content.count, source.suffix(content.count).elementsEqual(content) {
                offset = source.count - content.count
            }
            offsets.append(offset)
            number += 1
        }
        return offsets
    }

    static func codeBlocks(_ node: MarkdownNode) -> [CodeBlock] {
        var found: [CodeBlock] = []
        if case .codeBlock(let code) = node.kind { found.append(code) }
        for child in node.children { found += codeBlocks(child) }
        return found
    }

    @Test func codeBlockOffsetsMatchSplittingTheLiteral() {
        var random = SplitMix64(state: 5)
        let prefixes = ["", "> ", "- ", "  ", "1. ", ">  - ", "\t"]
        let bodies = ["kind: Service", "  spec: {}", "", "a<b", "é  x", "   ", "\t- x", "```", "~~~"]
        let ends = ["\n", "\r\n"]
        var blocks = 0
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let prefix = prefixes.randomElement(using: &random)!
                let end = ends.randomElement(using: &random)!
                let indented = Bool.random(using: &random)
                text += indented ? "\n" : prefix + "```yaml" + end
                for _ in 0..<Int.random(in: 0...4, using: &random) {
                    text += (indented ? "    " : prefix) + bodies.randomElement(using: &random)! + end
                }
                if !indented, Bool.random(using: &random) { text += prefix + "```" + end }
                text += "text" + end
            }
            for code in Self.codeBlocks(MarkdownParser.parse(text)) {
                blocks += 1
                #expect(code.columnOffsets == Self.simpleOffsets(code, in: text), "\(text.debugDescription)")
            }
        }
        #expect(blocks > 400)
    }
}

extension ByteLevelRenderingTests {
    /// Heading ids numbered as they were first: a repeat's candidates tried in turn, and the
    /// chosen one recorded whatever it was.
    struct SimpleSlugger {
        var used: [String: Int] = [:]

        mutating func slug(for text: String) -> String {
            var base = HeadingSlugger.unicodeBase(text)
            if base.isEmpty { base = "section" }
            var candidate = base
            if let count = used[base] {
                var next = count
                repeat {
                    next += 1
                    candidate = "\(base)-\(next)"
                } while used[candidate] != nil
                used[base] = next
            } else {
                used[base] = 0
            }
            used[candidate] = used[candidate] ?? 0
            return candidate
        }
    }

    @Test func headingIdsMatchTheFirstNumbering() {
        var random = SplitMix64(state: 99)
        let words = ["A", "a", "a-1", "a-1-1", "B b", "b-b", "b-b-2", "!!", "section", "section-1", "É", "é"]
        for _ in 0..<500 {
            var slugger = HeadingSlugger()
            var simple = SimpleSlugger()
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                let text = words.randomElement(using: &random)!
                #expect(slugger.slug(for: text) == simple.slug(for: text), "\(text)")
            }
        }
    }
}
