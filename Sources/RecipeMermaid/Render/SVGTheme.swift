/// The `<style>` element of a diagram: colours as CSS custom properties with light and dark
/// fallbacks, scoped to the diagram's id so several diagrams share a page.
///
/// A site sets `--rg-node-fill`, `--rg-node-stroke`, `--rg-text`, `--rg-edge`, `--rg-label-bg`,
/// `--rg-cluster-fill`, `--rg-cluster-stroke` and `--rg-cluster-text` to theme every diagram;
/// without them the fallbacks follow `prefers-color-scheme`.
enum SVGTheme {
    /// (class, light rule, dark rule) for each drawn part.
    static let rules: [(String, String, String)] = [
        ("n", "fill:var(--rg-node-fill,#eef2ff);stroke:var(--rg-node-stroke,#5b5bd6)",
            "fill:var(--rg-node-fill,#1e2640);stroke:var(--rg-node-stroke,#8b93f8)"),
        ("t", "fill:var(--rg-text,#1c2333)", "fill:var(--rg-text,#e6e9f2)"),
        ("tt", "fill:var(--rg-text,#1c2333)", "fill:var(--rg-text,#e6e9f2)"),
        ("e", "stroke:var(--rg-edge,#4b5563)", "stroke:var(--rg-edge,#a4adbd)"),
        ("h", "fill:var(--rg-edge,#4b5563);stroke:var(--rg-edge,#4b5563)",
            "fill:var(--rg-edge,#a4adbd);stroke:var(--rg-edge,#a4adbd)"),
        ("hc", "fill:var(--rg-label-bg,#ffffff);stroke:var(--rg-edge,#4b5563)",
            "fill:var(--rg-label-bg,#161b26);stroke:var(--rg-edge,#a4adbd)"),
        ("lb", "fill:var(--rg-label-bg,#ffffff)", "fill:var(--rg-label-bg,#161b26)"),
        ("c", "fill:var(--rg-cluster-fill,#f6f7fb);stroke:var(--rg-cluster-stroke,#848d97)",
            "fill:var(--rg-cluster-fill,#1a1f2b);stroke:var(--rg-cluster-stroke,#7d8590)"),
        ("ct", "fill:var(--rg-cluster-text,#3b4356)", "fill:var(--rg-cluster-text,#c5cbd8)"),
    ]

    /// The style element for the diagram whose root id is `id`.
    static func styleElement(id: String) -> String {
        var writer = SVGWriter()
        writeStyleElement(id: id, into: &writer)
        return writer.text
    }

    /// Writes ``styleElement(id:)`` into `writer`.
    static func writeStyleElement(id: String, into writer: inout SVGWriter) {
        for (index, piece) in styleElementPieces.enumerated() {
            if index > 0 { writer.raw(id) }
            writer.raw(piece)
        }
    }

    /// ``cssStyleElement(id:)`` cut at each place the id goes: it is the same for every diagram.
    static let styleElementPieces: [String] = cssStyleElement(id: "\u{0}")
        .split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)

    /// The style element for the diagram whose root id is `id`, written out rule by rule.
    static func cssStyleElement(id: String) -> String {
        var css = "#\(id){font-family:Arial,\"Liberation Sans\",Arimo,Helvetica,sans-serif;"
        css += "font-size:16px}"
        css += "#\(id) .n,#\(id) .c{stroke-width:1.5px}"
        css += "#\(id) .e{fill:none;stroke-width:1.5px}"
        css += "#\(id) .e.thick{stroke-width:3.5px}#\(id) .e.dotted{stroke-dasharray:3 4}"
        css += "#\(id) .t,#\(id) .tt{text-anchor:middle}#\(id) .ct{text-anchor:middle;font-weight:bold}"
        for (name, light, _) in rules { css += "#\(id) .\(name){\(light)}" }
        css += "@media (prefers-color-scheme:dark){"
        for (name, _, dark) in rules { css += "#\(id) .\(name){\(dark)}" }
        css += "}"
        return "<style>\(css)</style>"
    }
}
