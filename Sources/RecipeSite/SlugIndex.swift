import RecipeYAML

/// The slug of every recipe before the recipes are checked, so links between recipes can be
/// rewritten while each page is rendered.
enum SlugIndex {
    /// Slugs by content path: the front matter's `slug:` when it is a valid slug, else the file name's.
    /// (Worked out on all cores: reading each front matter is most of the work, and it runs
    /// before the checks, with nothing else to do.)
    static func build(_ files: [RecipeFile]) -> [String: String] {
        let found = ParallelMap.map(files) { slug(of: $0) }
        var slugs: [String: String] = [:]
        slugs.reserveCapacity(files.count)
        for (file, slug) in zip(files, found) { slugs[file.relativePath] = slug }
        return slugs
    }

    /// The slug of one recipe file.
    static func slug(of file: RecipeFile) -> String {
        if case .success(let block) = FrontMatterBlock.find(in: file.text), block.yaml.contains("slug:"),
            let custom = YAMLParser.parseSingle(block.yaml).root?["slug"]?.string, Slug.isValid(custom)
        {
            return custom
        }
        return file.defaultSlug
    }
}
