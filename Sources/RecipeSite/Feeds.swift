import RecipeMarkdown

/// `sitemap.xml`, `feed.xml` (Atom) and `robots.txt`.
struct Feeds {
    let config: SiteConfig
    let recipes: [CheckedRecipe]

    /// An absolute URL when the site has a base URL, else a root-relative one.
    private func url(_ path: String) -> String {
        config.baseURL.isEmpty ? "/" + path : config.baseURL + path
    }

    func sitemap(extraPaths: [String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        out += "<url><loc>\(escapeHTML(url("")))</loc></url>\n"
        for recipe in recipes {
            out += "<url><loc>\(escapeHTML(url("recipes/\(recipe.slug)/")))</loc>"
            if let date = [recipe.frontMatter?.date, recipe.updated].compactMap({ $0 }).max() { out += "<lastmod>\(date)</lastmod>" }
            out += "</url>\n"
        }
        for path in extraPaths { out += "<url><loc>\(escapeHTML(url(path)))</loc></url>\n" }
        return out + "</urlset>\n"
    }

    func atom() -> String {
        let updated = recipes.compactMap { $0.frontMatter?.date }.max().map { "\($0)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        out += "<title>\(escapeHTML(config.title))</title>\n"
        out += "<subtitle>\(escapeHTML(config.description))</subtitle>\n"
        out += "<link href=\"\(escapeHTML(url("")))\"/>\n<link rel=\"self\" href=\"\(escapeHTML(url("feed.xml")))\"/>\n"
        out += "<id>\(escapeHTML(url("")))</id>\n<updated>\(updated)</updated>\n"
        for recipe in recipes.prefix(50) {
            let matter = recipe.frontMatter ?? FrontMatter()
            let link = url("recipes/\(recipe.slug)/")
            out += "<entry>\n<title>\(escapeHTML(matter.title))</title>\n<link href=\"\(escapeHTML(link))\"/>\n<id>\(escapeHTML(link))</id>\n"
            out += "<updated>\(matter.date.map { "\($0)T00:00:00Z" } ?? updated)</updated>\n"
            if let author = matter.author { out += "<author><name>\(escapeHTML(author))</name></author>\n" }
            out += "<summary>\(escapeHTML(matter.description))</summary>\n"
            for tag in matter.tags { out += "<category term=\"\(escapeHTML(tag))\"/>\n" }
            out += "</entry>\n"
        }
        return out + "</feed>\n"
    }

    func robots() -> String {
        "User-agent: *\nAllow: /\n" + (config.baseURL.isEmpty ? "" : "Sitemap: \(config.baseURL)sitemap.xml\n")
    }
}
