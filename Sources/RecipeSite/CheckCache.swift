import Foundation
import RecipeDiagnostics

/// Remembers what checking each recipe produced, so that a rebuild checks again only the
/// recipes whose inputs changed.
///
/// An entry is keyed by a 128-bit hash of everything checking a recipe reads: the file's path
/// and text, the site configuration and recipegen's cache format. The body also depends on the
/// slugs of the recipes it links to (their links are rewritten with them): an entry records
/// those slugs, and is stale when one of them is no longer the same, so adding, removing or
/// renaming a recipe checks again only the recipes that link to it.
///
/// An entry is two files. `<key>` holds the ``CheckedRecipe`` without the file text and the
/// body, in the binary form of ``CacheCodable``, between the format's name and a checksum
/// (``entry(_:)``). `<key>.html` holds the body as it is, read only for pages that are rendered
/// (most of an entry's bytes, which a rebuild reusing its pages never reads).
/// Entries not used by a build are deleted after it, so the cache holds one site's worth.
/// A missing, stale or unreadable entry is simply checked again.
struct CheckCache {
    /// Bumped whenever checks or rendering change what they produce.
    static let format = "recipegen-check-cache-4"

    let directory: String
    /// Hash of the inputs shared by all recipes.
    private let siteKey: Hash128
    /// Recipe slugs by content path, to tell whether an entry's linked slugs still hold.
    private let slugs: [String: String]

    init(directory: String, config: SiteConfig, slugs: [String: String]) {
        self.directory = directory
        self.slugs = slugs
        var hasher = Hash128()
        hasher.add(Self.format)
        hasher.add(Self.programIdentity)
        hasher.add(String(describing: config))
        siteKey = hasher
    }

    /// Whether the recipes `recipe` links to still have the slugs its body was rendered with.
    func linksHold(_ recipe: CheckedRecipe) -> Bool {
        recipe.linkedSlugs.allSatisfy { path, slug in (slugs[path] ?? "") == slug }
    }

    /// A key for everything `recipe`'s results depend on: its entry's `key` and its linked slugs.
    static func contentKey(_ key: String, _ recipe: CheckedRecipe) -> String {
        guard !recipe.linkedSlugs.isEmpty else { return key }
        var hasher = Hash128()
        hasher.add(key)
        for path in recipe.linkedSlugs.keys.sorted() {
            hasher.add(path)
            hasher.add(recipe.linkedSlugs[path]!)
        }
        return hasher.hex
    }

    /// The running program's path, size and modification time: a rebuilt recipegen may check
    /// differently, so its cache entries are not reused.
    static let programIdentity: String = {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path)|\(size)|\(modified)"
    }()

    func key(for file: RecipeFile) -> String {
        var hasher = siteKey
        hasher.add(file.path)
        hasher.add(file.relativePath)
        hasher.add(file.text)
        return hasher.hex
    }

    /// The cached result for `file`, with its body unless `body` is false (then the body is
    /// empty, and ``loadBody(_:)`` reads it when needed).
    func load(_ file: RecipeFile, body: Bool = true) -> CheckedRecipe? {
        load(file, key: key(for: file), body: body)
    }

    /// ``load(_:body:)`` for a file whose key is known.
    func load(_ file: RecipeFile, key: String, body: Bool) -> CheckedRecipe? {
        let path = directory + "/" + key
        guard let bytes = Self.contents(of: path),
            var recipe = Self.recipe(fromEntry: bytes),
            linksHold(recipe)
        else { return nil }
        recipe.file = file
        if body {
            guard let data = Self.contents(of: path + ".html"),
                let html = String(validating: data, as: UTF8.self)
            else { return nil }
            recipe.bodyHTML = html
        } else if access(path + ".html", R_OK) != 0 {
            return nil
        }
        return recipe
    }

    /// The cached body of `file`'s page.
    func loadBody(_ file: RecipeFile) -> String? {
        guard let data = Self.contents(of: directory + "/" + key(for: file) + ".html") else { return nil }
        return String(validating: data, as: UTF8.self)
    }

    func store(_ recipe: CheckedRecipe) {
        store(recipe, key: key(for: recipe.file))
    }

    /// ``store(_:)`` for a file whose key is known.
    func store(_ recipe: CheckedRecipe, key: String) {
        var stored = recipe
        stored.file.text = ""
        stored.bodyHTML = ""
        let path = directory + "/" + key
        // The body first: an entry that is there always has its body.
        guard Self.replace(path + ".html", with: Data(recipe.bodyHTML.utf8)) else { return }
        _ = Self.replace(path, with: Data(Self.entry(stored)))
    }

    /// The header of an entry: the format's name and a line feed, so that an entry of another
    /// format (an earlier one was JSON) is not read.
    private static let header = Array((format + "\n").utf8)

    /// The bytes of the entry file for `recipe`: ``header``, the recipe's ``CacheCodable``
    /// form, and a little-endian ``CacheChecksum`` of the two.
    static func entry(_ recipe: CheckedRecipe) -> [UInt8] {
        var writer = CacheWriter(capacity: 4096)
        writer.writeRaw(header)
        recipe.write(to: &writer)
        var bytes = writer.bytes
        let checksum = CacheChecksum.of(bytes, 0..<bytes.count)
        withUnsafeBytes(of: checksum.littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// The recipe an entry file holds; nil when it is of another format, damaged or truncated.
    static func recipe(fromEntry bytes: [UInt8]) -> CheckedRecipe? {
        let end = bytes.count - 8
        guard end >= header.count else { return nil }
        let stored = bytes[end...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard stored == CacheChecksum.of(bytes, 0..<end) else { return nil }
        var reader = CacheReader(bytes, to: end)
        guard (try? reader.expectRaw(header)) != nil,
            let recipe = try? CheckedRecipe(from: &reader),
            reader.isAtEnd
        else { return nil }
        return recipe
    }

    /// The bytes of the file at `path`, read with one `read` call for most files; nil when it
    /// cannot be read.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    private static func replace(_ path: String, with data: Data) -> Bool {
        let temporary = path + ".tmp-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return false }
        if rename(temporary, path) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            return false
        }
        return true
    }

    /// Deletes the entries whose keys are not in `used`.
    func prune(keeping used: Set<String>) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        where !used.contains(name.hasSuffix(".html") ? String(name.dropLast(5)) : name) && name != PageCache.fileName {
            try? FileManager.default.removeItem(atPath: directory + "/" + name)
        }
    }

    func prepare() {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
}
