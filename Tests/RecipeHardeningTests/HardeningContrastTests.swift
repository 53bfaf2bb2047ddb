import Foundation
import RecipeTestSupport
import Testing

@testable import RecipeSite

/// WCAG 2.x contrast of every colour pair the site draws, in light and dark mode: text at
/// least 4.5:1 on every background it can sit on, borders of form controls, the focus ring and
/// diagram strokes at least 3:1 (non-text contrast). Colours come from the shipped style sheet
/// and from the diagrams' own SVG, so a new or changed colour is checked as it ships.
@Suite struct HardeningContrastTests {
    struct Pair: CustomStringConvertible {
        var mode: String
        var foreground: String
        var background: String
        var ratio: Double
        var minimum: Double
        var description: String {
            "\(mode) \(foreground) on \(background): \(String(format: "%.2f", ratio)) (needs \(minimum))"
        }
    }

    static let css = (try? String(contentsOfFile: Repository.root() + "/Templates/assets/style.css", encoding: .utf8)) ?? ""

    /// Text colours and the backgrounds text is drawn on (the page, the header and captions,
    /// code blocks). Every text colour is checked on every one of them.
    static let textColours = [
        "fg", "muted", "accent", "ok", "bad", "warn", "note", "tip", "important", "caution", "tok-key", "tok-string",
        "tok-number", "tok-comment", "tok-keyword", "tok-command", "tok-flag", "tok-variable", "tok-prompt", "tok-output",
    ]
    static let textBackgrounds = ["bg", "surface", "code-bg"]
    /// Other text on its one background.
    static let otherText = [("accent-fg", "accent"), ("rg-text", "rg-node-fill"), ("rg-text", "rg-label-bg"),
        ("rg-text", "bg"), ("rg-cluster-text", "rg-cluster-fill")]
    /// Boundaries that identify a control or a diagram's shape, on what surrounds them.
    static let graphics = [("control-border", "bg"), ("control-border", "surface"), ("accent", "bg"), ("accent", "surface"),
        ("rg-node-stroke", "bg"), ("rg-node-stroke", "rg-cluster-fill"), ("rg-edge", "bg"), ("rg-edge", "rg-cluster-fill"),
        ("rg-edge", "rg-label-bg"), ("rg-cluster-stroke", "bg")]

    /// The custom properties of `:root` (light) and of the dark `prefers-color-scheme` block.
    static func palettes() -> [(String, [String: String])] {
        guard let dark = css.range(of: "@media (prefers-color-scheme: dark)") else { return [] }
        let light = properties(css[..<dark.lowerBound])
        let darkBlock = css[dark.upperBound...].prefix { $0 != "}" }
        return [("light", light), ("dark", light.merging(properties(darkBlock)) { $1 })]
    }

    static func properties(_ text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        for declaration in text.split(separator: ";") {
            guard let start = declaration.range(of: "--") else { continue }
            let parts = declaration[start.upperBound...].split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            result[String(parts[0]).trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return result
    }

    static func pairs() -> [Pair] {
        var pairs: [Pair] = []
        for (mode, palette) in palettes() {
            func add(_ foreground: String, _ background: String, _ minimum: Double) {
                let ratio = Contrast.ratio(palette[foreground] ?? "?", palette[background] ?? "?") ?? 0
                pairs.append(Pair(mode: mode, foreground: foreground, background: background, ratio: ratio, minimum: minimum))
            }
            for text in textColours { for background in textBackgrounds { add(text, background, 4.5) } }
            for (text, background) in otherText { add(text, background, 4.5) }
            for (line, background) in graphics { add(line, background, 3) }
        }
        return pairs
    }

    @Test func everyPairOfTheStyleSheetIsReadable() {
        let pairs = Self.pairs()
        #expect(pairs.count == 2 * (20 * 3 + 5 + 10))
        for pair in pairs { #expect(pair.ratio >= pair.minimum, "\(pair)") }
        let text = pairs.filter { $0.minimum == 4.5 }.sorted { $0.ratio < $1.ratio }.prefix(4)
        let graphics = pairs.filter { $0.minimum == 3 }.sorted { $0.ratio < $1.ratio }.prefix(4)
        print("lowest contrast:\n" + (text + graphics).map { "  \($0)" }.joined(separator: "\n"))
    }

    /// Each colour the style sheet gives text, backgrounds or control borders is in the tables
    /// above, so a new colour cannot escape the check.
    @Test func everyColourTheStyleSheetUsesIsChecked() {
        let checkedText = Set(Self.textColours + Self.otherText.map(\.0))
        let checkedBackgrounds = Set(Self.textBackgrounds + Self.otherText.map(\.1))
        for rule in Self.css.split(separator: "}") {
            for declaration in rule.split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1)
                guard parts.count == 2, let name = Self.variable(in: parts[1]) else { continue }
                let property = parts[0].split(separator: "{").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                if property == "color" { #expect(checkedText.contains(name), "color: var(--\(name)) is not checked") }
                if property == "background" { #expect(checkedBackgrounds.contains(name), "background: var(--\(name)) is not checked") }
            }
        }
        for control in [".filters select, .filters input {", ".copy-button {", ".site-search input {"] {
            let rule = Self.css.range(of: control).map { Self.css[$0.upperBound...].prefix { $0 != "}" } } ?? ""
            #expect(rule.contains("border: 1px solid var(--control-border)"), "\(control) needs a visible border")
        }
    }

    static func variable(in value: Substring) -> String? {
        guard let start = value.range(of: "var(--") else { return nil }
        return String(value[start.upperBound...].prefix { $0 != ")" && $0 != "," })
    }

    /// The colours a diagram falls back to when a page does not set `--rg-*` (its `<style>`).
    @Test func diagramFallbackColoursAreReadable() throws {
        let recipe = "---\ntitle: D\ndescription: D\ncategory: c\n---\n\n```mermaid\nflowchart LR\n  subgraph s [Group]\n    a[A] -->|label| b[B]\n  end\n```\n"
        let html = RecipeProbe.recipe(recipe).bodyHTML
        let style = try #require(html.range(of: "<style>").map { html[$0.upperBound...].prefix { $0 != "<" } })
        let dark = try #require(style.range(of: "@media (prefers-color-scheme:dark){"))
        for (mode, part) in [("light", style[..<dark.lowerBound]), ("dark", style[dark.upperBound...])] {
            let colours = Self.fallbacks(part)
            func check(_ a: String, _ b: String, _ minimum: Double) {
                let ratio = Contrast.ratio(colours[a] ?? "?", colours[b] ?? "?") ?? 0
                #expect(ratio >= minimum, "\(mode) diagram fallback \(a) on \(b): \(ratio)")
            }
            #expect(colours.count == 8, "\(colours)")
            check("rg-text", "rg-node-fill", 4.5)
            check("rg-text", "rg-label-bg", 4.5)
            check("rg-cluster-text", "rg-cluster-fill", 4.5)
            for line in ["rg-node-stroke", "rg-edge", "rg-cluster-stroke"] { check(line, "rg-label-bg", 3) }
            check("rg-edge", "rg-cluster-fill", 3)
            check("rg-node-stroke", "rg-cluster-fill", 3)
        }
    }

    /// `var(--name,#fallback)` pairs of a diagram's style.
    static func fallbacks(_ style: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = style[...]
        while let start = rest.range(of: "var(--") {
            let inside = rest[start.upperBound...].prefix { $0 != ")" }
            let parts = inside.split(separator: ",")
            if parts.count == 2 { result[String(parts[0])] = String(parts[1]) }
            rest = rest[start.upperBound...]
        }
        return result
    }

    /// Text on a node a recipe fills itself (`style a fill:…`) gets black or white, whichever
    /// reads better: at least 4.5:1 on any opaque fill.
    @Test func textOnARecipesOwnFillIsReadable() throws {
        var random = SeededMutator(seed: 9)
        for _ in 0..<60 {
            let fill = String(format: "#%06x", Int(random.next() % 0x1000000))
            let recipe = "---\ntitle: D\ndescription: D\ncategory: c\n---\n\n```mermaid\nflowchart LR\n  a[A]\n  style a fill:\(fill)\n```\n"
            let html = RecipeProbe.recipe(recipe).bodyHTML
            let marker = try #require(html.range(of: "fill:\(fill)"), "\(fill)")
            let after = html[marker.upperBound...]
            let text = try #require(after.range(of: "fill:#").map { "#" + after[$0.upperBound...].prefix(6) }, "\(fill)")
            let ratio = try #require(Contrast.ratio(text, fill))
            #expect(ratio >= 4.5, "text \(text) on \(fill): \(ratio)")
        }
    }
}
