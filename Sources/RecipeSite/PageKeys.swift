import Foundation

/// The keys of the pages a build can take from the previous output: for each, a hash of every
/// input its bytes depend on. Two builds that give a page the same key render it to the same bytes.
///
/// A recipe page shows its own checked recipe (keyed by the check cache's key, which covers the
/// file, the configuration and every slug), its `updated` date, and cards of other recipes: the
/// newer and older ones of its category and the related ones sharing its tags. Rather than
/// repeat how the renderer picks those, the key takes a digest of every recipe of its category
/// and of each of its tags (their front matter and slugs, from which the renderer's order
/// follows): any change there renders the page again. A category or tag page takes its term's
/// digest; the home page and the two term indexes take the digest of all recipes, and the search
/// index that digest and every recipe's content key. Every key
/// also takes the site's own inputs: program, configuration, templates and assets (the bytes of
/// the templates folder) and the search index's published name.
/// Pages not listed here (feeds, sitemap, assets, manifests) are always rendered, which is cheap.
struct PageKeys {
    /// Output path -> key.
    private(set) var keys: [String: String] = [:]

    init(recipes: [CheckedRecipe], contentKeys: [String: String], config: SiteConfig, templates: String, searchIndexPath: String, assetPaths: [String: String]) {
        var site = Hash128()
        site.add(PageCache.format)
        site.add(CheckCache.programIdentity)
        site.add(String(describing: config))
        site.add(Self.folderDigest(templates))
        site.add(searchIndexPath)
        for name in assetPaths.keys.sorted() {
            site.add(name)
            site.add(assetPaths[name]!)
        }
        let cards = Self.cardDigests(recipes)
        var categories: [String: Hash128] = [:]
        var tags: [String: Hash128] = [:]
        var all = site
        let bySlug = recipes.indices.sorted(by: { recipes[$0].slug < recipes[$1].slug })
        for index in bySlug {
            let matter = recipes[index].frontMatter ?? FrontMatter()
            categories[matter.category, default: site].add(cards[index])
            for tag in matter.tags { tags[tag, default: site].add(cards[index]) }
            all.add(cards[index])
        }
        for (index, recipe) in recipes.enumerated() {
            guard let content = contentKeys[recipe.file.path] else { continue }
            let matter = recipe.frontMatter ?? FrontMatter()
            var page = site
            page.add("recipe")
            page.add(content)
            page.add(cards[index])
            page.add(recipe.updated?.description ?? "-")
            page.add(categories[matter.category]!.hex)
            for tag in matter.tags { page.add(tags[tag]!.hex) }
            keys["recipes/\(recipe.slug)/index.html"] = page.hex
        }
        for (kind, terms) in [("categories", categories), ("tags", tags)] {
            for (term, digest) in terms where !term.isEmpty {
                var page = digest
                page.add(kind)
                page.add(term)
                keys["\(kind)/\(term)/index.html"] = page.hex
            }
            var index = all
            index.add(kind)
            keys["\(kind)/index.html"] = index.hex
        }
        if let search = Self.searchIndexKey(all, contents: bySlug.map { contentKeys[recipes[$0].file.path] }) { keys[searchIndexPath] = search }
        all.add("home")
        keys["index.html"] = all.hex
    }

    /// The search index's key: the digest of every recipe's card, then every recipe's content
    /// key (which covers the headings and text the index reads) in slug order; nil when a
    /// recipe has no content key.
    private static func searchIndexKey(_ all: Hash128, contents: [String?]) -> String? {
        var key = all
        key.add("search")
        for content in contents {
            guard let content else { return nil }
            key.add(content)
        }
        return key.hex
    }

    /// Each recipe's card data (front matter and slug) as a digest.
    private static func cardDigests(_ recipes: [CheckedRecipe]) -> [String] {
        ParallelMap.map(recipes) { recipe in
            var hasher = Hash128()
            hasher.add(recipe.slug)
            for field in frontMatterFields(recipe.frontMatter) { hasher.add(field) }
            return hasher.hex
        }
    }

    /// Every field of the front matter that pages can show, as text; `nil` fields as "-"
    /// (the text values are single-line YAML scalars, so none can hold the separators).
    /// A test counts FrontMatter's stored properties, so that a new one is added here.
    static func frontMatterFields(_ matter: FrontMatter?) -> [String] {
        guard let matter else { return ["no front matter"] }
        return [
            matter.title, matter.description, matter.category, matter.difficulty?.rawValue ?? "-", matter.time ?? "-",
            matter.kubernetes ?? "-", matter.tags.joined(separator: "\u{0}"), matter.date?.description ?? "-",
            matter.draft ? "draft" : "published", matter.author ?? "-", matter.slug ?? "-",
        ]
    }

    /// A digest of every file below `folder`: names and bytes.
    static func folderDigest(_ folder: String) -> String {
        var hasher = Hash128()
        let manager = FileManager.default
        var names: [String] = []
        let enumerator = manager.enumerator(atPath: folder)
        while let next = enumerator?.nextObject() as? String { names.append(next) }
        for name in names.sorted() {
            hasher.add(name)
            if let data = manager.contents(atPath: folder + "/" + name) {
                hasher.add(String(PageCache.hash(Array(data))))
            }
        }
        return hasher.hex
    }
}
