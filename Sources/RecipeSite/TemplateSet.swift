import Foundation
import Mustache
import RecipeDiagnostics
import RecipeMarkdown

/// The site's Mustache templates and static assets, read from the templates folder.
///
/// Pages are `home`, `recipe`, `list` (a category or tag page), `terms` (all categories or
/// tags) and `404`; each extends `base` (`{{<base}}…{{/base}}`). Files in `assets/` are copied
/// to the output with a content hash in their names.
struct TemplateSet: Sendable {
    static let required = ["base", "home", "recipe", "list", "terms", "404"]

    let library: MustacheLibrary
    /// Asset file name -> bytes, as found under `assets/`.
    let assets: [String: [UInt8]]
    /// Pages already rendered for contexts of the same shape.
    let stencils: StencilCache

    static func load(directory: String) throws -> TemplateSet {
        FastHTMLContentType.register()
        let manager = FileManager.default
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        var texts: [String] = []
        let names = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = directory + "/" + name
            guard let data = manager.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else {
                diagnostics.append(Diagnostic(code: "RG5001", message: "cannot read template '\(path)'", file: path, range: SourceRange(line: 1, column: 1)))
                continue
            }
            texts.append(text)
            do {
                try library.register(FastHTMLContentType.pragma + text, named: String(name.dropLast(".mustache".count)))
            } catch {
                diagnostics.append(Diagnostic(
                    code: "RG5001", message: "template '\(name)' cannot be parsed: \(error)", file: path,
                    range: SourceRange(line: 1, column: 1)))
            }
        }
        for name in required where library.getTemplate(named: name) == nil && !diagnostics.contains(where: { $0.file?.hasSuffix("/\(name).mustache") == true }) {
            diagnostics.append(Diagnostic(
                code: "RG5001", message: "template '\(name).mustache' is missing from '\(directory)'",
                file: directory + "/" + name + ".mustache", range: SourceRange(line: 1, column: 1),
                help: "copy it from recipegen's own Templates folder"))
        }
        if !diagnostics.isEmpty { throw TemplateError(diagnostics: diagnostics) }
        var assets: [String: [UInt8]] = [:]
        let assetDirectory = directory + "/assets"
        for name in ((try? manager.contentsOfDirectory(atPath: assetDirectory)) ?? []).sorted() where !name.hasPrefix(".") {
            if let data = manager.contents(atPath: assetDirectory + "/" + name) { assets[name] = Array(data) }
        }
        return TemplateSet(library: library, assets: assets, stencils: StencilCache(templates: texts))
    }

    /// Renders the page template `name` with `context`.
    func render(_ name: String, _ context: [String: Any]) -> String {
        stencils.render(name, context) { library.render($0, withTemplate: name) ?? "" }
    }

    /// Renders the page template `name` with a context whose shape is known.
    func render(_ name: String, _ context: ShapedContext) -> String {
        stencils.render(name, context) { library.render(($0 as? ShapedContext)?.context ?? $0, withTemplate: name) ?? "" }
    }

    /// ``render(_:_:)``'s page as UTF-8 bytes.
    func renderBytes(_ name: String, _ context: [String: Any]) -> [UInt8] {
        stencils.renderBytes(name, context) { library.render($0, withTemplate: name) ?? "" }
    }
}

/// The templates cannot be used; the build stops before writing anything.
public struct TemplateError: Error, Sendable {
    public var diagnostics: [Diagnostic]
}

/// HTML escaping for `{{variable}}` that scans bytes, registered under its own name and put in
/// force by a pragma in front of each template (the library's default escapes one Character at
/// a time through a dictionary, which dominated the rendering of large sites).
struct FastHTMLContentType: MustacheContentType {
    static let name = "RECIPEGEN_HTML"
    /// Written before each template's first byte, on its first line, so line numbers stay.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    static func register() {
        MustacheContentTypes.register(FastHTMLContentType(), named: name)
    }

    func escapeText(_ text: String) -> String { escapeHTML(text) }
}
