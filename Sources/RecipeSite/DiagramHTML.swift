import RecipeMarkdown

/// A flowchart on a page: the inline SVG, with its source under a disclosure.
enum DiagramHTML {
    static func render(svg: String, source: String) -> String {
        "<div class=\"diagram\">\n\(svg)\n<details><summary>View diagram source</summary><pre><code class=\"language-mermaid\">\(escapeHTML(source))</code></pre></details>\n</div>\n"
    }
}
