import Foundation

/// Renders pages from ``TemplateStencil``s, one per template and ``ContextShape``, so that the
/// thousands of recipe pages and cards, which share a handful of shapes, are copied together
/// instead of each going through the template engine (whose per-tag lookups were most of the
/// time spent rendering a large site).
///
/// A shape's stencil is made the second time the shape is met (a list page's shape is usually
/// met once), and kept only when filling it with that page's values gives exactly the page the
/// engine rendered; otherwise the shape always goes through the engine. Templates that use
/// anything beyond plain names, sections, partials and blocks are never stencilled.
final class StencilCache: @unchecked Sendable {
    private enum Entry {
        case seen
        case stencil(TemplateStencil)
        case unusable
    }

    /// Shapes remembered at most; past it, new shapes go through the engine.
    static let capacity = 4096

    /// Whether the templates allow stencils at all.
    let enabled: Bool
    private var entries: [[UInt8]: Entry] = [:]
    private let lock = NSLock()

    /// A cache for templates with the texts `templates` (as the user wrote them).
    init(templates: [String]) {
        enabled = templates.allSatisfy(Self.allowsStencils)
    }

    /// Template `name` rendered with `context`; `engine` renders a context with the template engine.
    func render(_ name: String, _ context: Any, engine: (Any) -> String) -> String {
        switch page(name, context, engine: engine) {
        case .rendered(let page): return page
        case .stencil(let stencil, let values): return stencil.fill(values)
        }
    }

    /// ``render(_:_:engine:)``'s page as UTF-8 bytes, filled straight into them from a stencil.
    func renderBytes(_ name: String, _ context: Any, engine: (Any) -> String) -> [UInt8] {
        switch page(name, context, engine: engine) {
        case .rendered(let page): return Array(page.utf8)
        case .stencil(let stencil, let values): return stencil.fillBytes(values)
        }
    }

    private enum Page {
        case rendered(String)
        case stencil(TemplateStencil, values: [String])
    }

    private func page(_ name: String, _ context: Any, engine: (Any) -> String) -> Page {
        guard enabled, let shape = ContextShape(context) else { return .rendered(engine(context)) }
        var key = Array(name.utf8)
        key.append(0)
        key += shape.key
        switch entry(key) {
        case .stencil(let stencil):
            return .stencil(stencil, values: shape.values)
        case .unusable:
            return .rendered(engine(context))
        case .seen:
            let page = engine(context)
            store(key, Self.stencil(for: context, shape: shape, page: page, engine: engine))
            return .rendered(page)
        case nil:
            store(key, .seen)
            return .rendered(engine(context))
        }
    }

    /// The stencil of `context`'s shape, if it reproduces `page`, the engine's output.
    private static func stencil(for context: Any, shape: ContextShape, page: String, engine: (Any) -> String) -> Entry {
        guard let marked = ContextShape.marked(context),
            let stencil = TemplateStencil(rendered: engine(marked), slots: shape.values.count),
            stencil.fill(shape.values) == page
        else { return .unusable }
        return .stencil(stencil)
    }

    private func entry(_ key: [UInt8]) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    private func store(_ key: [UInt8], _ entry: Entry) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count < Self.capacity || entries[key] != nil { entries[key] = entry }
    }

    /// Whether every tag of `template` is a plain name (`{{a.b}}`, `{{{a}}}`, `{{&a}}`), a
    /// section, a partial, a parent, a block or a comment: no transforms, dynamic partials,
    /// pragmas or delimiter changes, and no byte 1, which the markers use.
    static func allowsStencils(_ template: String) -> Bool {
        guard !template.utf8.contains(1) else { return false }
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            let inside = rest[open.upperBound...]
            guard let close = inside.range(of: "}}") else { return false }
            if !isPlainTag(inside[..<close.lowerBound]) { return false }
            rest = inside[close.upperBound...]
        }
        return true
    }

    private static func isPlainTag(_ tag: Substring) -> Bool {
        var body = tag.drop(while: { $0 == " " || $0 == "\t" })
        guard let sigil = body.first else { return false }
        if sigil == "!" { return true }
        if "{&#^/><$".contains(sigil) { body = body.dropFirst().drop(while: { $0 == " " || $0 == "\t" }) }
        let name = body.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()
        return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }
    }
}
