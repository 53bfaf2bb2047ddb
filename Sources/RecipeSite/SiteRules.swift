import RecipeDiagnostics

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
    static func links(_ recipes: [CheckedRecipe], contentDirectory: String, fileURLs: Bool) -> [Diagnostic] {
        []
    }
}
