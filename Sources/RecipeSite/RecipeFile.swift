/// A recipe's Markdown file as read from the content folder.
public struct RecipeFile: Hashable, Sendable, Codable {
    /// The path diagnostics name, as the user would type it (`Content/networking/nodeport.md`).
    public var path: String
    /// The path inside the content folder (`networking/nodeport.md`).
    public var relativePath: String
    /// The file's text, with lone CR line ends read as LF (``LineEnds``).
    public var text: String

    /// A recipe file; lone CRs in `text` become LFs, which keeps every line and column.
    public init(path: String, relativePath: String, text: String) {
        self.path = path
        self.relativePath = relativePath
        self.text = LineEnds.normalizingLoneCarriageReturns(text)
    }

    /// The slug the file name gives, when the front matter sets none.
    public var defaultSlug: String {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        return Slug.make(from: stem)
    }
}

/// What checking one recipe produced: its metadata, diagnostics and rendered body.
public struct CheckedRecipe: Sendable, Codable {
    public var file: RecipeFile
    public var frontMatter: FrontMatter?
    public var slug: String
    public var diagnostics: [Diagnostic]
    public var bodyHTML: String
    public var headings: [HeadingEntry]
    /// Every checked YAML manifest of the page, as one multi-document stream.
    public var manifests: String
    /// Internal links of the page, to be resolved once all pages are known.
    public var links: [LinkReference]
    /// Paragraph, list and table text of the page, for the search index.
    public var searchText: [String]
    public var checkedExamples: Int
    public var diagrams: Int
    /// Whether `bodyHTML` was rendered; `recipegen check` checks without rendering pages.
    public var rendered = true
    /// The slug of each recipe file the body links to, by content path ("" for a file that is
    /// no recipe), as the body was rendered: a cached body is stale when one of them changed.
    public var linkedSlugs: [String: String] = [:]
    /// When the recipe's file was last committed, if git knows (set after checking; not cached).
    public var updated: RecipeDate?
}

/// A heading of a recipe, for its table of contents and for `#anchor` checks.
public struct HeadingEntry: Hashable, Sendable, Codable {
    public var level: Int
    public var id: String
    public var text: String
}

/// A link or image in a recipe whose target is inside the site.
public struct LinkReference: Hashable, Sendable, Codable {
    public var destination: String
    public var isImage: Bool
    public var range: SourceRange
}

import RecipeDiagnostics
