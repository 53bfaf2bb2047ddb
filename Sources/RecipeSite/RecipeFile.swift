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
