import RecipeDiagnostics

/// What checking one recipe produced: its metadata, diagnostics and rendered body.
///
/// The fields live in one shared, copy-on-write box: a site's recipes are copied often (sorted,
/// grouped into lists, handed to page renderers), and a copy is then one reference count, not
/// one per string and array. Values behave as before: a change to a copy never shows in another.
/// The Codable form is the box's, with the same keys as the fields; the check cache stores the
/// binary form of ``CacheCodable`` instead.
public struct CheckedRecipe: Sendable, Codable {
    /// The fields, shared between copies until one of them changes.
    final class Storage: @unchecked Sendable, Codable {
        var file: RecipeFile
        var frontMatter: FrontMatter?
        var slug: String
        var diagnostics: [Diagnostic]
        var bodyHTML: String
        var headings: [HeadingEntry]
        var manifests: String
        var links: [LinkReference]
        var searchText: [String]
        var checkedExamples: Int
        var diagrams: Int
        var rendered: Bool = true
        var linkedSlugs: [String: String] = [:]
        var updated: RecipeDate?

        init(
            file: RecipeFile,
            frontMatter: FrontMatter?,
            slug: String,
            diagnostics: [Diagnostic],
            bodyHTML: String,
            headings: [HeadingEntry],
            manifests: String,
            links: [LinkReference],
            searchText: [String],
            checkedExamples: Int,
            diagrams: Int,
            rendered: Bool = true,
            linkedSlugs: [String: String] = [:],
            updated: RecipeDate? = nil
        ) {
            self.file = file
            self.frontMatter = frontMatter
            self.slug = slug
            self.diagnostics = diagnostics
            self.bodyHTML = bodyHTML
            self.headings = headings
            self.manifests = manifests
            self.links = links
            self.searchText = searchText
            self.checkedExamples = checkedExamples
            self.diagrams = diagrams
            self.rendered = rendered
            self.linkedSlugs = linkedSlugs
            self.updated = updated
        }

        /// A new box with the same fields, for a copy that is about to change.
        func copy() -> Storage {
            Storage(
                file: file,
                frontMatter: frontMatter,
                slug: slug,
                diagnostics: diagnostics,
                bodyHTML: bodyHTML,
                headings: headings,
                manifests: manifests,
                links: links,
                searchText: searchText,
                checkedExamples: checkedExamples,
                diagrams: diagrams,
                rendered: rendered,
                linkedSlugs: linkedSlugs,
                updated: updated)
        }
    }

    private var storage: Storage

    /// A checked recipe with these fields.
    public init(
        file: RecipeFile,
        frontMatter: FrontMatter?,
        slug: String,
        diagnostics: [Diagnostic],
        bodyHTML: String,
        headings: [HeadingEntry],
        manifests: String,
        links: [LinkReference],
        searchText: [String],
        checkedExamples: Int,
        diagrams: Int,
        rendered: Bool = true,
        linkedSlugs: [String: String] = [:],
        updated: RecipeDate? = nil
    ) {
        storage = Storage(
            file: file,
            frontMatter: frontMatter,
            slug: slug,
            diagnostics: diagnostics,
            bodyHTML: bodyHTML,
            headings: headings,
            manifests: manifests,
            links: links,
            searchText: searchText,
            checkedExamples: checkedExamples,
            diagrams: diagrams,
            rendered: rendered,
            linkedSlugs: linkedSlugs,
            updated: updated)
    }

    /// Decodes the fields from their Codable form.
    public init(from decoder: Decoder) throws {
        storage = try Storage(from: decoder)
    }

    /// Encodes the fields in their Codable form.
    public func encode(to encoder: Encoder) throws {
        try storage.encode(to: encoder)
    }

    /// The box, unshared first if another copy holds it too.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    /// The recipe's file.
    public var file: RecipeFile {
        get { storage.file }
        set { unique.file = newValue }
        _modify { yield &unique.file }
    }

    /// The decoded front matter; nil when it is missing or broken.
    public var frontMatter: FrontMatter? {
        get { storage.frontMatter }
        set { unique.frontMatter = newValue }
        _modify { yield &unique.frontMatter }
    }

    /// The page's slug.
    public var slug: String {
        get { storage.slug }
        set { unique.slug = newValue }
        _modify { yield &unique.slug }
    }

    /// Everything the checks found.
    public var diagnostics: [Diagnostic] {
        get { storage.diagnostics }
        set { unique.diagnostics = newValue }
        _modify { yield &unique.diagnostics }
    }

    /// The rendered body of the page.
    public var bodyHTML: String {
        get { storage.bodyHTML }
        set { unique.bodyHTML = newValue }
        _modify { yield &unique.bodyHTML }
    }

    /// The page's headings, in order.
    public var headings: [HeadingEntry] {
        get { storage.headings }
        set { unique.headings = newValue }
        _modify { yield &unique.headings }
    }

    /// Every checked YAML manifest of the page, as one multi-document stream.
    public var manifests: String {
        get { storage.manifests }
        set { unique.manifests = newValue }
        _modify { yield &unique.manifests }
    }

    /// Internal links of the page, to be resolved once all pages are known.
    public var links: [LinkReference] {
        get { storage.links }
        set { unique.links = newValue }
        _modify { yield &unique.links }
    }

    /// Paragraph, list and table text of the page, for the search index.
    public var searchText: [String] {
        get { storage.searchText }
        set { unique.searchText = newValue }
        _modify { yield &unique.searchText }
    }

    /// How many examples were checked.
    public var checkedExamples: Int {
        get { storage.checkedExamples }
        set { unique.checkedExamples = newValue }
        _modify { yield &unique.checkedExamples }
    }

    /// How many diagrams were drawn.
    public var diagrams: Int {
        get { storage.diagrams }
        set { unique.diagrams = newValue }
        _modify { yield &unique.diagrams }
    }

    /// Whether `bodyHTML` was rendered; `recipegen check` checks without rendering pages.
    public var rendered: Bool {
        get { storage.rendered }
        set { unique.rendered = newValue }
        _modify { yield &unique.rendered }
    }

    /// The slug of each recipe file the body links to, by content path ("" for a file that is
    /// no recipe), as the body was rendered: a cached body is stale when one of them changed.
    public var linkedSlugs: [String: String] {
        get { storage.linkedSlugs }
        set { unique.linkedSlugs = newValue }
        _modify { yield &unique.linkedSlugs }
    }

    /// When the recipe's file was last committed, if git knows (set after checking; not cached).
    public var updated: RecipeDate? {
        get { storage.updated }
        set { unique.updated = newValue }
        _modify { yield &unique.updated }
    }
}
