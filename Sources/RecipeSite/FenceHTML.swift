import RecipeMarkdown
import RecipeYAML

/// The HTML of a code fence: a figure with its title, a "checked" badge and the code.
enum FenceHTML {
    /// - Parameters:
    ///   - body: replacement HTML for the code itself (a diagram), or nil for the code.
    ///   - highlighted: the code already highlighted, or nil for plain escaped text.
    ///   - copyText: what the copy button copies, when it is not the code (a transcript's commands).
    ///   - checkedAgainst: the Kubernetes versions the fence was checked against, if it was.
    static func render(
        code: CodeBlock, attributes: FenceAttributes, kind: FenceKind, body: String?,
        highlighted: String? = nil, copyText: String? = nil, checkedAgainst: String?, counterExample: Bool
    ) -> String {
        if kind == .mermaid, let body { return "<figure class=\"diagram\">\n" + body + "</figure>\n" }
        let content = body == nil ? highlighted ?? defaultHighlight(code.literal, kind: kind, language: attributes.language) : ""
        // The code is most of the figure: room for it up front, so the figure is not grown
        // (and copied) around it.
        var out = ""
        out.reserveCapacity((body ?? content).utf8.count + (copyText?.utf8.count ?? 0) + 640)
        out += counterExample ? "<figure class=\"code code-invalid\"" : "<figure class=\"code\""
        if !attributes.language.isEmpty { out += " data-lang=\"\(escapeHTML(attributes.language))\"" }
        if let copyText { out += " data-copy=\"\(escapeHTML(copyText).replacingAll("\n", with: "&#10;"))\"" }
        out += ">\n"
        if attributes.title != nil || checkedAgainst != nil || counterExample {
            out += "<figcaption>"
            if let title = attributes.title { out += "<span class=\"code-title\">\(escapeHTML(title))</span>" }
            if let versions = checkedAgainst {
                out += "<span class=\"badge badge-checked\" title=\"This example was validated at build time\">✓ checked against Kubernetes \(escapeHTML(versions))</span>"
            }
            if counterExample {
                out += "<span class=\"badge badge-invalid\">✗ counter-example: this is rejected</span>"
            }
            out += "</figcaption>\n"
        }
        if let body {
            out += body
        } else {
            let language = attributes.language.isEmpty ? "" : " class=\"language-\(escapeHTML(attributes.language))\""
            out += "<pre\(attributes.lineNumbers ? " class=\"linenums\"" : "")><code\(language)>"
            if attributes.lineNumbers {
                out += content.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                    .map { "<span class=\"line\">\($0)</span>" }.joined(separator: "\n") + "\n"
            } else {
                out += content
            }
            out += "</code></pre>\n"
        }
        out += "</figure>\n"
        return out
    }

    /// YAML and JSON through the YAML scanner; anything else as escaped text.
    static func defaultHighlight(_ text: String, kind: FenceKind, language: String) -> String {
        if kind == .yaml || language == "json" { return YAMLHighlighter.html(text) }
        return escapeHTML(text)
    }
}
