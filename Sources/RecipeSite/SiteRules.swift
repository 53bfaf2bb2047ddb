import RecipeDiagnostics
import RecipeMarkdown

/// Checks that need every page: unique slugs, internal links and anchors.
enum SiteRules {
    /// Two recipes that would be published at the same URL.
    static func duplicateSlugs(_ recipes: [CheckedRecipe]) -> [Diagnostic] {
        var first: [String: CheckedRecipe] = [:]
        var found: [Diagnostic] = []
        for recipe in recipes {
            if let earlier = first[recipe.slug] {
                let range = recipe.frontMatter?.ranges["slug"] ?? SourceRange(line: 1, column: 1)
                found.append(Diagnostic(
                    code: "RG1006", message: "slug '\(recipe.slug)' is also the slug of '\(earlier.file.path)'",
                    file: recipe.file.path, range: range,
                    notes: [Diagnostic.Note("the other recipe", file: earlier.file.path, range: SourceRange(line: 1, column: 1))],
                    help: "rename one file, or set a different 'slug:' in its front matter"))
            } else {
                first[recipe.slug] = recipe
            }
        }
        return found
    }

    /// Relative links must name a recipe (its `.md` file or its published path) and, with
    /// `#anchor`, one of its headings; images must exist beside the recipe.
    static func links(_ recipes: [CheckedRecipe], resolver: LinkResolver, contentDirectory: String) -> [Diagnostic] {
        var headings: [String: Set<String>] = [:]
        var pages: Set<String> = ["", "categories/", "tags/", "feed.xml", "sitemap.xml", "404.html", "robots.txt"]
        for recipe in recipes {
            headings[recipe.file.relativePath] = Set(recipe.headings.map(\.id))
            pages.insert("recipes/\(recipe.slug)/")
            if let category = recipe.frontMatter?.category { pages.insert("categories/\(category)/") }
            for tag in recipe.frontMatter?.tags ?? [] { pages.insert("tags/\(tag)/") }
        }
        var found: [Diagnostic] = []
        for recipe in recipes {
            for link in recipe.links {
                if let problem = problem(link, in: recipe, resolver: resolver, headings: headings, pages: pages, contentDirectory: contentDirectory) {
                    found.append(Diagnostic(code: problem.code, message: problem.message, file: recipe.file.path, range: link.range, help: problem.help))
                }
            }
        }
        return found
    }

    private static func problem(
        _ link: LinkReference, in recipe: CheckedRecipe, resolver: LinkResolver, headings: [String: Set<String>],
        pages: Set<String>, contentDirectory: String
    ) -> (code: String, message: String, help: String?)? {
        let what = link.isImage ? "image" : "link"
        switch resolver.resolve(link.destination, from: recipe.file.relativePath) {
        case .external:
            guard HTMLRenderer.isSafeURL(link.destination) else {
                return ("RG5005", "\(what) URL '\(link.destination.prefix(80))' uses a scheme that can run script", "use a relative link or an http, https or mailto URL")
            }
            return nil
        case .ownHeading(let id):
            guard headings[recipe.file.relativePath]?.contains(id) == true else {
                return ("RG5004", "\(what) '#\(id)' names no heading of this page", headingHelp(headings[recipe.file.relativePath]))
            }
        case .recipe(let path, let fragment?):
            guard headings[path]?.contains(fragment) == true else {
                return ("RG5004", "\(what) '\(link.destination)' names no heading of '\(path)'", headingHelp(headings[path]))
            }
        case .recipe:
            return nil
        case .page(let path, _):
            guard pages.contains(path) else {
                return ("RG5003", "\(what) '\(link.destination)' leads to no page of the site", "link to another recipe by its .md file, e.g. '../networking/other.md'")
            }
        case .file(let path, _):
            guard ContentFiles.isReadable(path, in: contentDirectory) else {
                if ContentFiles.leadsOutside(path, in: contentDirectory) {
                    return ("RG5003", "\(what) '\(link.destination)' is a link to a file outside the content folder", "copy the file into the content folder instead of linking to it")
                }
                return ("RG5003", "\(what) '\(link.destination)' names no file in the content folder", nil)
            }
        case .unresolved(let destination):
            return ("RG5003", "\(what) '\(destination)' leads to no recipe or file of the site", nil)
        }
        return nil
    }

    private static func headingHelp(_ ids: Set<String>?) -> String? {
        guard let ids, !ids.isEmpty else { return nil }
        return "headings there: " + ids.sorted().prefix(8).map { "'#\($0)'" }.joined(separator: ", ")
    }
}
