import Foundation
import RecipeDiagnostics
import RecipeMarkdown

/// Turns checked recipes into the files of the site: pages from the templates, feeds, sitemap,
/// the tangled manifests and the fingerprinted assets.
struct SiteRenderer {
    let config: SiteConfig
    let templates: TemplateSet
    /// Published recipes, newest first (then by title).
    var recipes: [CheckedRecipe]
    private(set) var diagnostics: [Diagnostic] = []
    /// Asset name -> published path (`style.css` -> `assets/style.1a2b3c4d.css`).
    let assetPaths: [String: String]
    /// Each asset's context key (`asset_style_css`) and published path.
    private let assetKeys: [(key: String, path: String)]
    /// Recipe indices by category and by tag, newest first.
    private let byCategory: [String: [Int]]
    private let byTag: [String: [Int]]
    /// Each recipe's position in its category's list.
    private let categoryPosition: [Int?]
    /// The search index's published path.
    let searchIndexPath: String
    /// Pages not to render, because the previous output's copy is reused.
    var reused: Set<String> = []

    init(config: SiteConfig, templates: TemplateSet, recipes: [CheckedRecipe]) {
        self.config = config
        self.templates = templates
        self.recipes = Self.newestFirst(recipes)
        var paths: [String: String] = [:]
        for (name, bytes) in templates.assets { paths[name] = "assets/" + Fingerprint.name(name, bytes) }
        assetPaths = paths
        assetKeys = paths.map { name, published in ("asset_" + name.replacingAll(".", with: "_"), published) }
        var byCategory: [String: [Int]] = [:]
        var byTag: [String: [Int]] = [:]
        for (index, recipe) in self.recipes.enumerated() {
            byCategory[recipe.frontMatter?.category ?? "", default: []].append(index)
            for tag in recipe.frontMatter?.tags ?? [] { byTag[tag, default: []].append(index) }
        }
        var position = [Int?](repeating: nil, count: self.recipes.count)
        for list in byCategory.values {
            for (offset, index) in list.enumerated() { position[index] = offset }
        }
        self.byCategory = byCategory
        self.byTag = byTag
        self.categoryPosition = position
        // A fixed name: pages then do not change when only the index does, so a prose edit
        // rewrites one page and the index instead of every page.
        searchIndexPath = "assets/search-index.js"
    }

    /// `recipes` newest first, then by title and slug. (The order is worked out on the dates,
    /// titles and slugs alone: comparing the recipes themselves copied their front matter.)
    static func newestFirst(_ recipes: [CheckedRecipe]) -> [CheckedRecipe] {
        let keys = recipes.map { ($0.frontMatter?.date, $0.frontMatter?.title ?? $0.slug, $0.slug) }
        let none = RecipeDate("0001-01-01")!
        let order = recipes.indices.sorted { a, b in
            let (da, db) = (keys[a].0, keys[b].0)
            if da != db { return (da ?? none) > (db ?? none) }
            return (keys[a].1, keys[a].2) < (keys[b].1, keys[b].2)
        }
        return order.map { recipes[$0] }
    }

    func render() -> [OutputFile] {
        var files: [OutputFile] = []
        var clock = PhaseClock()
        let listPaths = ["index.html"] + byCategory.keys.filter { !$0.isEmpty }.map { "categories/\($0)/index.html" } + byTag.keys.map { "tags/\($0)/index.html" }
        let listsReused = listPaths.allSatisfy(reused.contains)
        let pageIndices = recipes.indices.filter { !reused.contains("recipes/\(recipes[$0].slug)/index.html") }
        let shaped = shapedCards(forLists: !listsReused, pages: pageIndices)
        let cards = listsReused ? (atRoot: [], twoDown: []) : renderCards(shaped)
        clock.lap("cards")
        for (name, bytes) in templates.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: assetPaths[name]!, bytes: bytes))
        }
        if !reused.contains("index.html") { files.append(OutputFile(path: "index.html", text: home(cards: cards.atRoot))) }
        clock.lap("home")
        var pages = [[UInt8]?](repeating: nil, count: recipes.count)
        for (index, page) in zip(pageIndices, ParallelMap.map(pageIndices) { recipePage($0, cards: shaped) }) { pages[index] = page }
        clock.lap("recipe pages")
        for (index, page) in pages.enumerated() {
            let recipe = recipes[index]
            if let page { files.append(OutputFile(path: "recipes/\(recipe.slug)/index.html", bytes: page)) }
            if !recipe.manifests.isEmpty {
                files.append(OutputFile(path: "recipes/\(recipe.slug)/manifests.yaml", text: recipe.manifests))
            }
        }
        files += taxonomyPages(kind: "categories", title: "Categories", terms: terms(byCategory), name: config.categoryTitle, cards: cards.twoDown)
        files += taxonomyPages(kind: "tags", title: "Tags", terms: terms(byTag), name: { $0 }, cards: cards.twoDown)
        clock.lap("taxonomies")
        files.append(OutputFile(path: "404.html", text: notFound()))
        let feeds = Feeds(config: config, recipes: recipes)
        files.append(OutputFile(path: "sitemap.xml", text: feeds.sitemap(extraPaths: extraPaths())))
        files.append(OutputFile(path: "feed.xml", text: feeds.atom()))
        files.append(OutputFile(path: "robots.txt", text: feeds.robots()))
        if !reused.contains(searchIndexPath) {
            files.append(OutputFile(path: searchIndexPath, text: SearchIndex.script(Self.searchDocuments(recipes, config: config))))
        }
        clock.lap("search index")
        return files
    }

    // MARK: pages

    private func home(cards: [String]) -> String {
        let links = PageLinks(pagePath: "", fileURLs: config.fileURLs)
        var context = base(links, path: "", title: config.title, description: config.description)
        context["recipes"] = cards.map { ["html": $0] }
        context["categories"] = terms(byCategory).map { term in
            ["slug": term.key, "name": config.categoryTitle(term.key), "count": term.recipes.count] as [String: Any]
        }
        context["difficulties"] = FrontMatter.Difficulty.allCases.map(\.rawValue)
        context["isHome"] = true
        return templates.render("home", context)
    }

    /// The page of recipe `index`; `cards` holds the cards of it and of the recipes it shows.
    private func recipePage(_ index: Int, cards: [ShapedContext?]) -> [UInt8] {
        let recipe = recipes[index]
        let path = "recipes/\(recipe.slug)/"
        let links = PageLinks(pagePath: path, fileURLs: config.fileURLs)
        let matter = recipe.frontMatter ?? FrontMatter()
        var context = base(links, path: path, title: matter.title + " · " + config.title, description: matter.description)
        var page = cards[index]!.context
        // The body is large; it is spliced in after rendering rather than copied through the
        // template engine (which costs a few instructions per byte of every value it writes).
        page["body"] = Self.bodyMarker
        page["toc"] = recipe.headings.filter { $0.level == 2 || $0.level == 3 }.map {
            ["id": $0.id, "text": $0.text, "sub": $0.level == 3] as [String: Any]
        }
        page["hasToc"] = recipe.headings.contains { $0.level == 2 }
        page["manifestsURL"] = recipe.manifests.isEmpty ? nil : "manifests.yaml"
        page["checkedExamples"] = recipe.checkedExamples
        page["hasChecked"] = recipe.checkedExamples > 0
        page["oneChecked"] = recipe.checkedExamples == 1
        page["hasTags"] = !matter.tags.isEmpty
        page["author"] = matter.author
        if let updated = recipe.updated, updated != matter.date { page["updated"] = updated.description }
        if let editURL = config.editURL {
            page["editURL"] = editURL.replacingAll("{path}", with: recipe.file.relativePath)
        }
        let sameCategory = byCategory[matter.category] ?? []
        if let position = categoryPosition[index] {
            if position > 0 { page["newer"] = cards[sameCategory[position - 1]]! }
            if position + 1 < sameCategory.count { page["older"] = cards[sameCategory[position + 1]]! }
        }
        let related = related(to: index)
        page["related"] = related.map { cards[$0]! }
        page["hasRelated"] = !related.isEmpty
        context["recipe"] = page
        return Self.splice(templates.renderBytes("recipe", context), body: recipe.bodyHTML)
    }

    /// Stands for the body in the rendered template. YAML cannot carry control characters, so
    /// no front matter value can contain it.
    static let bodyMarker = "\u{1}recipegen-body\u{1}"

    /// `page` with its first body marker replaced by `body`.
    static func splice(_ page: [UInt8], body: String) -> [UInt8] {
        let marker = Array(bodyMarker.utf8)
        let found: Int? = page.withUnsafeBufferPointer { bytes in
            var start = 0
            while let candidate = bytes[start...].firstIndex(of: 1) {
                if bytes[candidate...].starts(with: marker) { return candidate }
                start = candidate + 1
            }
            return nil
        }
        guard let found else { return page }
        var out: [UInt8] = []
        out.reserveCapacity(page.count - marker.count + body.utf8.count)
        out += page[..<found]
        TemplateStencil.append(body, to: &out)
        out += page[(found + marker.count)...]
        return out
    }

    /// Up to five recipes sharing the most tags with recipe `index`, then newest first; each tag
    /// contributes its 200 newest recipes, which bounds the work on large sites.
    private func related(to index: Int) -> [Int] {
        Self.related(to: index, tags: recipes[index].frontMatter?.tags ?? [], byTag: byTag)
    }

    /// Up to five recipe indices other than `index` that come most often in the first 200 of
    /// `byTag`'s lists of `tags`, ties going to the lower index. (The lists are ascending, as
    /// the renderer makes them, so they are merged rather than pooled and sorted: this runs once
    /// per page. A list that is not ascending is sorted first.)
    static func related(to index: Int, tags: [String], byTag: [String: [Int]]) -> [Int] {
        var lists: [ArraySlice<Int>] = tags.map { tag in
            let list = (byTag[tag] ?? []).prefix(200)
            return zip(list, list.dropFirst()).allSatisfy { $0 <= $1 } ? list : ArraySlice(list.sorted())
        }
        var best: [(index: Int, count: Int)] = []
        while true {
            var smallest = Int.max
            for list in lists { if let first = list.first, first < smallest { smallest = first } }
            guard smallest != Int.max else { break }
            var count = 0
            for position in lists.indices {
                while lists[position].first == smallest {
                    lists[position].removeFirst()
                    count += 1
                }
            }
            guard smallest != index else { continue }
            if best.count < 5 || count > best[best.count - 1].count {
                // Candidates come in ascending index, so an equal count never displaces an earlier one.
                let position = best.firstIndex { count > $0.count } ?? best.count
                best.insert((smallest, count), at: position)
                if best.count > 5 { best.removeLast() }
            }
        }
        return best.map(\.index)
    }

    private struct Term {
        var key: String
        /// Indices into `recipes`, newest first.
        var recipes: [Int]
    }

    /// The non-empty keys of a recipe index, sorted, with their recipes (newest first).
    private func terms(_ index: [String: [Int]]) -> [Term] {
        index.keys.sorted().filter { !$0.isEmpty }.map { Term(key: $0, recipes: index[$0]!) }
    }

    /// The `card` partial of every recipe, rendered once for pages at the site root and once
    /// for pages two folders down (category and tag pages), the only depths lists appear at.
    /// (`twoDown` holds the card of every recipe.)
    private func renderCards(_ twoDown: [ShapedContext?]) -> (atRoot: [String], twoDown: [String]) {
        let root = PageLinks(pagePath: "", fileURLs: config.fileURLs)
        let rendered = ParallelMap.map(Array(recipes.indices)) { index in
            (templates.render("card", card(recipes[index], root)), templates.render("card", twoDown[index]!))
        }
        return (rendered.map(\.0), rendered.map(\.1))
    }

    /// The card contexts of recipes as pages two folders down show them (a recipe's own page,
    /// category and tag pages), each made once however many pages show it: every recipe's when
    /// lists are rendered, else those of the `pages` and of the recipes they show.
    private func shapedCards(forLists lists: Bool, pages: [Int]) -> [ShapedContext?] {
        var needed: [Int]
        if lists {
            needed = Array(recipes.indices)
        } else {
            var wanted = Set<Int>()
            for index in pages {
                wanted.insert(index)
                let sameCategory = byCategory[recipes[index].frontMatter?.category ?? ""] ?? []
                if let position = categoryPosition[index] {
                    if position > 0 { wanted.insert(sameCategory[position - 1]) }
                    if position + 1 < sameCategory.count { wanted.insert(sameCategory[position + 1]) }
                }
                wanted.formUnion(related(to: index))
            }
            needed = wanted.sorted()
        }
        let links = PageLinks(pagePath: "x/y/", fileURLs: config.fileURLs)
        var cards = [ShapedContext?](repeating: nil, count: recipes.count)
        for (index, card) in zip(needed, ParallelMap.map(needed) { ShapedContext(card(recipes[$0], links)) }) { cards[index] = card }
        return cards
    }

    private func taxonomyPages(kind: String, title: String, terms: [Term], name: @Sendable (String) -> String, cards: [String]) -> [OutputFile] {
        var files: [OutputFile] = []
        let indexLinks = PageLinks(pagePath: kind + "/", fileURLs: config.fileURLs)
        var indexContext = base(indexLinks, path: kind + "/", title: title + " · " + config.title, description: "\(title) of \(config.title)")
        indexContext["heading"] = title
        indexContext["terms"] = terms.map { term in
            ["name": name(term.key), "url": indexLinks.page("\(kind)/\(term.key)/"), "count": term.recipes.count] as [String: Any]
        }
        if !reused.contains("\(kind)/index.html") {
            files.append(OutputFile(path: "\(kind)/index.html", text: templates.render("terms", indexContext)))
        }
        let pending = terms.filter { !reused.contains("\(kind)/\($0.key)/index.html") }
        let list = cardList(pending, kind: kind, name: name, cards: cards)
        files += ParallelMap.map(pending) { term in
            let path = "\(kind)/\(term.key)/index.html"
            let termCards = term.recipes.map { cards[$0] }
            if let list, let page = list.splice(templates.renderBytes("list", listContext(term, kind: kind, name: name, cards: [list.marker])), cards: termCards) {
                return OutputFile(path: path, bytes: page)
            }
            return OutputFile(path: path, text: templates.render("list", listContext(term, kind: kind, name: name, cards: termCards)))
        }
        return files
    }

    /// The context of the list page of `term`, showing `cards`.
    private func listContext(_ term: Term, kind: String, name: (String) -> String, cards: [String]) -> [String: Any] {
        let path = "\(kind)/\(term.key)/"
        let links = PageLinks(pagePath: path, fileURLs: config.fileURLs)
        var context = base(links, path: path, title: name(term.key) + " · " + config.title, description: "Recipes in \(name(term.key))")
        context["heading"] = name(term.key)
        context["kind"] = kind == "tags" ? "Tag" : "Category"
        context["recipes"] = cards.map { ["html": $0] }
        return context
    }

    /// The spliced card list for the list pages of `terms`, when the `list` template allows it
    /// and gives the engine's page for one of them that shows two cards or more; else nil.
    private func cardList(_ terms: [Term], kind: String, name: (String) -> String, cards: [String]) -> CardList? {
        guard let probe = terms.first,
            let list = CardList(cards: cards, render: { templates.renderBytes("list", listContext(probe, kind: kind, name: name, cards: $0)) })
        else { return nil }
        guard let sample = terms.first(where: { $0.recipes.count > 1 }) ?? terms.first else { return list }
        let sampleCards = sample.recipes.map { cards[$0] }
        let engine = Array(templates.render("list", listContext(sample, kind: kind, name: name, cards: sampleCards)).utf8)
        let spliced = list.splice(templates.renderBytes("list", listContext(sample, kind: kind, name: name, cards: [list.marker])), cards: sampleCards)
        return spliced == engine ? list : nil
    }

    private func notFound() -> String {
        // Served for any missing path, so links must not depend on where it is shown.
        var context = base(PageLinks(pagePath: "", fileURLs: config.fileURLs), path: "404.html", title: "Page not found · " + config.title, description: "This page does not exist.")
        if !config.baseURL.isEmpty {
            context["root"] = config.baseURL
            context["homeURL"] = config.baseURL
        }
        return templates.render("404", context)
    }

    private func extraPaths() -> [String] {
        ["categories/"] + terms(byCategory).map { "categories/\($0.key)/" }
            + ["tags/"] + terms(byTag).map { "tags/\($0.key)/" }
    }


    private static func searchDocuments(_ recipes: [CheckedRecipe], config: SiteConfig) -> [SearchIndex.Document] {
        ParallelMap.map(recipes) { recipe in
            let matter = recipe.frontMatter ?? FrontMatter()
            return SearchIndex.Document(
                title: matter.title, path: "recipes/\(recipe.slug)/" + (config.fileURLs ? "index.html" : ""),
                description: matter.description, category: config.categoryTitle(matter.category),
                strongText: [matter.title, matter.category] + matter.tags + recipe.headings.map(\.text),
                weakText: [matter.description] + recipe.searchText)
        }
    }

    // MARK: contexts

    private func base(_ links: PageLinks, path: String, title: String, description: String) -> [String: Any] {
        var context: [String: Any] = [
            "site": ["title": config.title, "description": config.description, "language": config.language] as [String: Any],
            "title": title,
            "description": description,
            "root": links.root,
            "homeURL": links.page(""),
            "categoriesURL": links.page("categories/"),
            "tagsURL": links.page("tags/"),
            "feedURL": links.file("feed.xml"),
            "searchIndexURL": links.file(searchIndexPath),
        ]
        if !config.baseURL.isEmpty { context["canonical"] = config.baseURL + path }
        for (key, published) in assetKeys { context[key] = links.file(published) }
        return context
    }

    private func card(_ recipe: CheckedRecipe, _ links: PageLinks) -> [String: Any] {
        let matter = recipe.frontMatter ?? FrontMatter()
        var card: [String: Any] = [
            "title": matter.title,
            "description": matter.description,
            "slug": recipe.slug,
            "url": links.page("recipes/\(recipe.slug)/"),
            "category": matter.category,
            "categoryName": config.categoryTitle(matter.category),
            "categoryURL": links.page("categories/\(matter.category)/"),
            "tags": matter.tags.map { ["name": $0, "url": links.page("tags/\($0)/")] },
            "tagList": matter.tags.joined(separator: " "),
            "kubernetes": matter.kubernetes ?? config.kubernetes,
        ]
        if let difficulty = matter.difficulty { card["difficulty"] = difficulty.rawValue }
        if let time = matter.time { card["time"] = time }
        if let date = matter.date { card["date"] = date.description }
        return card
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
