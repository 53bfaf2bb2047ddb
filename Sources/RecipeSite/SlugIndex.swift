import RecipeYAML

/// The slug of every recipe before the recipes are checked, so links between recipes can be
/// rewritten while each page is rendered.
enum SlugIndex {
    /// Slugs by content path: the front matter's `slug:` when it is a valid slug, else the file name's.
    static func build(_ files: [RecipeFile]) -> [String: String] {
        var slugs: [String: String] = [:]
        for file in files {
            var slug = file.defaultSlug
            if case .success(let block) = FrontMatterBlock.find(in: file.text), block.yaml.contains("slug:"),
                let custom = YAMLParser.parseSingle(block.yaml).root?["slug"]?.string, Slug.isValid(custom)
            {
                slug = custom
            }
            slugs[file.relativePath] = slug
        }
        return slugs
    }
}
