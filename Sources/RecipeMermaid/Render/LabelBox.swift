/// A label broken into lines of styled runs, measured: what a `<text>` element will hold.
///
/// Mermaid's rules (reference: layered-layout §6): lines split at `<br>`, `<br/>`, `<br />` (any
/// case) and, in Markdown strings, at newlines; runs of whitespace become one space; a line as
/// wide as ``wrapWidth`` or wider is wrapped greedily at spaces. Markdown strings turn `**x**`
/// bold and `*x*`/`_x_` italic. Other HTML is kept as literal text (escaped when written).
struct LabelBox {
    /// A piece of a line in one style.
    struct Run: Equatable {
        var text: String
        var style: TextMetrics.Style
    }

    /// One line of runs and its width.
    struct Line {
        var runs: [Run]
        var width: Double
    }

    static let fontSize = 16.0
    static let lineHeight = 24.0
    static let wrapWidth = 200.0
    /// The baseline's distance below the top of a 24 px line box.
    static let baseline = 17.55

    var lines: [Line]

    /// The widest line (as `lines.map(\.width).max()`, without building an array).
    var width: Double {
        guard var widest = lines.first?.width else { return 0 }
        for line in lines.dropFirst() where widest < line.width { widest = line.width }
        return widest
    }
    var height: Double { Double(lines.count) * Self.lineHeight }

    /// Lays out `label` text; `bold` measures it as drawn in bold (subgraph titles).
    init(_ label: FlowLabel, bold: Bool = false) {
        self.init(text: label.text, markdown: label.kind == .markdown, bold: bold, wraps: !bold)
    }

    /// Lays out `text`; subgraph titles (`bold`) do not wrap, as in mermaid.
    init(text: String, markdown: Bool, bold: Bool = false, wraps: Bool = true) {
        var result: [Line] = []
        for source in Self.splitLines(text, markdown: markdown) {
            var runs = markdown ? Self.markdownRuns(source) : [Run(text: source, style: .regular)]
            if bold {
                runs = runs.map { Run(text: $0.text, style: $0.style == .italic || $0.style == .boldItalic ? .boldItalic : .bold) }
            }
            let collapsed = Self.collapse(runs)
            result += wraps ? Self.wrap(collapsed) : [Line(runs: collapsed, width: Self.width(collapsed))]
        }
        if result.isEmpty { result = [Line(runs: [], width: 0)] }
        lines = result
    }

    /// Splits at `<br>` forms (and newlines in Markdown strings).
    static func splitLines(_ text: String, markdown: Bool) -> [String] {
        ASCIILabel.isASCII(text)
            ? ASCIILabel.splitLines(text, markdown: markdown) : splitLinesByCharacter(text, markdown: markdown)
    }

    /// ``splitLines(_:markdown:)`` by `Character`, for any text.
    static func splitLinesByCharacter(_ text: String, markdown: Bool) -> [String] {
        var lines: [String] = []
        var current = ""
        var rest = Substring(text)
        while let first = rest.first {
            if first == "<", let length = breakTagLength(rest) {
                lines.append(current)
                current = ""
                rest = rest.dropFirst(length)
                continue
            }
            if markdown && first.isNewline {
                lines.append(current)
                current = ""
            } else {
                current.append(first)
            }
            rest = rest.dropFirst()
        }
        lines.append(current)
        return lines
    }

    /// The length of a `<br>`, `<br/>` or `<br />` tag at the start of `text`.
    static func breakTagLength(_ text: Substring) -> Int? {
        let lower = text.prefix(6).lowercased()
        for tag in ["<br>", "<br/>", "<br />"] where lower.hasPrefix(tag) { return tag.count }
        return nil
    }

    /// Bold and italic runs of a Markdown line.
    static func markdownRuns(_ line: String) -> [Run] {
        var runs: [Run] = []
        var bold = false
        var italic = false
        var current = ""
        var characters = Array(line)[...]
        func flush() {
            if !current.isEmpty {
                let style: TextMetrics.Style =
                    bold ? (italic ? .boldItalic : .bold) : (italic ? .italic : .regular)
                runs.append(Run(text: current, style: style))
            }
            current = ""
        }
        while let character = characters.first {
            if character == "*", characters.dropFirst().first == "*" {
                flush()
                bold.toggle()
                characters = characters.dropFirst(2)
            } else if character == "*" || character == "_" {
                flush()
                italic.toggle()
                characters = characters.dropFirst()
            } else {
                current.append(character)
                characters = characters.dropFirst()
            }
        }
        flush()
        return runs
    }

    /// Runs with whitespace collapsed to single spaces and the line trimmed.
    static func collapse(_ runs: [Run]) -> [Run] {
        var result: [Run] = []
        var lastWasSpace = true
        for run in runs {
            let text =
                ASCIILabel.isASCII(run.text)
                ? ASCIILabel.collapse(run.text, lastWasSpace: &lastWasSpace)
                : collapseByCharacter(run.text, lastWasSpace: &lastWasSpace)
            if !text.isEmpty { result.append(Run(text: text, style: run.style)) }
        }
        if var last = result.popLast() {
            // Only text whose last byte is a space can end in the Character " ".
            while last.text.utf8.last == 0x20, last.text.hasSuffix(" ") { last.text.removeLast() }
            if !last.text.isEmpty { result.append(last) }
        }
        return result
    }

    /// The text of one run with whitespace collapsed, by `Character`; `lastWasSpace` carries
    /// over between the runs of a line.
    static func collapseByCharacter(_ runText: String, lastWasSpace: inout Bool) -> String {
        var text = ""
        for character in runText {
            if character == " " || character == "\t" || character.isNewline
                || (!character.isASCII && character.isWhitespace)
            {
                if !lastWasSpace { text.append(" ") }
                lastWasSpace = true
            } else {
                text.append(character)
                lastWasSpace = false
            }
        }
        return text
    }

    static func width(_ runs: [Run]) -> Double {
        runs.reduce(0) { $0 + TextMetrics.width($1.text, size: fontSize, style: $1.style) }
    }

    /// Greedy wrapping at spaces to ``wrapWidth``.
    static func wrap(_ runs: [Run]) -> [Line] {
        let total = width(runs)
        guard total >= wrapWidth else { return [Line(runs: runs, width: total)] }
        var words: [Run] = []
        for run in runs {
            let parts = run.text.split(separator: " ", omittingEmptySubsequences: false)
            for (i, part) in parts.enumerated() {
                words.append(Run(text: String(part) + (i < parts.count - 1 ? " " : ""), style: run.style))
            }
        }
        var lines: [Line] = []
        var current: [Run] = []
        for word in words where !word.text.isEmpty {
            let candidate = merge(current + [word])
            if !current.isEmpty && width(trimmed(candidate)) > wrapWidth {
                let line = trimmed(merge(current))
                lines.append(Line(runs: line, width: width(line)))
                current = [word]
            } else {
                current = candidate
            }
        }
        let line = trimmed(merge(current))
        if !line.isEmpty { lines.append(Line(runs: line, width: width(line))) }
        return lines
    }

    /// Adjacent runs of one style joined.
    static func merge(_ runs: [Run]) -> [Run] {
        var result: [Run] = []
        for run in runs {
            if var last = result.last, last.style == run.style {
                last.text += run.text
                result[result.count - 1] = last
            } else {
                result.append(run)
            }
        }
        return result
    }

    /// Runs without the trailing space.
    static func trimmed(_ runs: [Run]) -> [Run] {
        var runs = runs
        if var last = runs.popLast() {
            // Only text whose last byte is a space can end in the Character " ".
            while last.text.utf8.last == 0x20, last.text.hasSuffix(" ") { last.text.removeLast() }
            if !last.text.isEmpty { runs.append(last) }
        }
        return runs
    }
}
