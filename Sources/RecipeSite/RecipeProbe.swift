import RecipeDiagnostics

/// One stage of the recipe pipeline run on a text held in memory, without a content folder.
/// Fuzzers and hardening tests call these to reach the same code a build runs.
public enum RecipeProbe {
    /// Finds and decodes the front matter of `text`, as a build does.
    public static func frontMatter(_ text: String) -> (frontMatter: FrontMatter?, diagnostics: [Diagnostic]) {
        switch FrontMatterBlock.find(in: text) {
        case .failure(let diagnostic):
            return (nil, [diagnostic])
        case .success(let block):
            var decoder = FrontMatterDecoder(categories: nil)
            let matter = decoder.decode(block)
            return (matter, decoder.diagnostics)
        }
    }

    /// Checks and renders the recipe `text` as if it were the only file of the site, at
    /// `relativePath` inside the content folder.
    public static func recipe(_ text: String, relativePath: String = "fuzz/recipe.md", config: SiteConfig = SiteConfig()) -> CheckedRecipe {
        let file = RecipeFile(path: "Content/" + relativePath, relativePath: relativePath, text: text)
        let resolver = LinkResolver(slugs: SlugIndex.build([file]), fileURLs: config.fileURLs)
        return RecipeChecker(config: config, links: resolver).check(file)
    }
}
