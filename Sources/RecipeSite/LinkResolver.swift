/// What a link written in a recipe points at, and where it goes on the built site.
///
/// Recipes link to each other by their Markdown files (`../storage/keep-data.md#steps`), to
/// their own headings (`#steps`), to files beside them (`diagram.png`), or to published pages
/// (`/tags/services/`). Links with a scheme (`https:`, `mailto:`) are left alone.
struct LinkResolver: Sendable {
    enum Target: Hashable {
        /// Another recipe (by its path in the content folder) and an optional heading id.
        case recipe(path: String, fragment: String?)
        /// A heading of the page itself.
        case ownHeading(String)
        /// A file in the content folder, published beside the recipe at `publishedName`.
        case file(path: String, publishedName: String)
        /// A page of the site by its published folder path (`tags/services/`).
        case page(path: String, fragment: String?)
        /// Outside the site, or nothing to check.
        case external
        /// A `.md` file that is not a recipe, or a path that leaves the content folder.
        case unresolved(String)
    }

    /// Recipe slugs by their path in the content folder.
    let slugs: [String: String]
    let fileURLs: Bool

    /// Resolves `destination` as written in the recipe at content path `from`.
    func resolve(_ destination: String, from: String) -> Target {
        if destination.isEmpty { return .external }
        if destination.hasPrefix("#") { return .ownHeading(String(destination.dropFirst())) }
        if destination.hasPrefix("//") || Self.hasScheme(destination) { return .external }
        var path = destination
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        path = Self.percentDecoded(path)
        if path.hasPrefix("/") {
            let site = String(path.dropFirst())
            return .page(path: site.isEmpty || site.hasSuffix("/") || site.hasSuffix(".html") || site.hasSuffix(".xml") ? site : site + "/", fragment: fragment)
        }
        let directory = from.split(separator: "/").dropLast().map(String.init)
        guard let joined = Self.normalize(directory + path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)) else {
            return .unresolved(destination)
        }
        if path.hasSuffix(".md") {
            return slugs[joined] != nil ? .recipe(path: joined, fragment: fragment) : .unresolved(destination)
        }
        if path.hasSuffix("/") || path.isEmpty || !path.split(separator: "/").last!.contains(".") {
            // A published-style path relative to the recipe's page (recipes/<slug>/).
            let pageSegments = ["recipes", slugs[from] ?? ""] + path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard let page = Self.normalize(pageSegments) else { return .unresolved(destination) }
            return .page(path: page.isEmpty ? "" : page + "/", fragment: fragment)
        }
        let published = joined.hasPrefix(directory.joined(separator: "/") + "/") || directory.isEmpty
            ? String(joined.dropFirst(directory.isEmpty ? 0 : directory.joined(separator: "/").count + 1))
            : "_files/" + joined.replacingAll("/", with: "-")
        return .file(path: joined, publishedName: published)
    }

    /// The content path of the recipe file that `destination` names (a `.md` link), whether or
    /// not it exists: the slug looked up for it is what the link's href depends on.
    func linkedRecipePath(_ destination: String, from: String) -> String? {
        if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") || Self.hasScheme(destination) { return nil }
        var path = destination
        if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        path = Self.percentDecoded(path)
        guard !path.hasPrefix("/"), path.hasSuffix(".md") else { return nil }
        let directory = from.split(separator: "/").dropLast().map(String.init)
        return Self.normalize(directory + path.split(separator: "/", omittingEmptySubsequences: false).map(String.init))
    }

    /// The href to write for `destination` on the page of the recipe at content path `from`.
    func href(_ destination: String, from: String) -> String {
        switch resolve(destination, from: from) {
        case .recipe(let path, let fragment):
            let page = PageLinks(pagePath: "recipes/x/", fileURLs: fileURLs).page("recipes/\(slugs[path] ?? "")/")
            return page + (fragment.map { "#" + $0 } ?? "")
        case .file(_, let publishedName):
            return publishedName
        default:
            return destination
        }
    }

    static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// Folds `.` and `..`; nil when the path climbs above the root.
    static func normalize(_ segments: [String]) -> String? {
        var out: [String] = []
        for segment in segments {
            switch segment {
            case "", ".": continue
            case "..":
                guard !out.isEmpty else { return nil }
                out.removeLast()
            default: out.append(segment)
            }
        }
        return out.joined(separator: "/")
    }

    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "%"), iterator.count >= 2,
                let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
