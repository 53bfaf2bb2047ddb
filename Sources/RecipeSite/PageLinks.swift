/// Relative links from one page of the site to another, so the output works on any host and
/// path, and (with `fileURLs`) from disk.
struct PageLinks {
    /// `../` repeated once per folder the page is in (`../../` for `recipes/x/index.html`).
    let root: String
    let fileURLs: Bool

    /// Links for a page published at `path` (a folder path with a trailing slash, "" for home).
    init(pagePath: String, fileURLs: Bool) {
        let depth = pagePath.split(separator: "/").count
        root = String(repeating: "../", count: depth)
        self.fileURLs = fileURLs
    }

    /// The link to the page at folder `path` ("" for home, "recipes/x/" for a recipe).
    func page(_ path: String) -> String {
        let target = root + path
        if fileURLs { return target + "index.html" }
        return target.isEmpty ? "./" : target
    }

    /// The link to a file (an asset, a feed).
    func file(_ path: String) -> String { root + path }
}
