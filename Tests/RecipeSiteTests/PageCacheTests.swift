import Foundation
import RecipeTestSupport
import Testing

@testable import RecipeSite

/// A rebuild links unchanged pages from the previous output and trusts no file it did not write.
@Suite(.serialized) struct PageCacheTests {
    struct Site {
        let folder = Repository.temporaryFolder()
        var options = BuildOptions()

        init() throws {
            try FileManager.default.createDirectory(atPath: folder + "/Content/a", withIntermediateDirectories: true)
            for number in 1...4 { try write(number) }
            options.content = folder + "/Content"
            options.config = folder + "/none.yaml"
            options.templates = Repository.root() + "/Templates"
            options.cache = folder + "/cache"
            options.output = folder + "/Output"
        }

        func write(_ number: Int, port: Int? = nil) throws {
            try IncrementalBuildTests.recipe(number, title: "Recipe \(number)", tags: ["services", "t\(number % 2)"], link: nil, port: port)
                .write(toFile: folder + "/Content/a/r\(number).md", atomically: true, encoding: .utf8)
        }

        /// Builds into `output` and returns every file's inode, by relative path.
        func build(into output: String? = nil, cache: Bool = true) throws -> [String: UInt64] {
            var options = self.options
            if let output { options.output = output }
            if !cache { options.cache = nil }
            let result = try SiteBuilder.build(options)
            #expect(!result.fails(strict: false))
            return PageCacheTests.inodes(options.output)
        }

        /// A clean build's files, for comparison.
        func clean() throws -> [String: Data] {
            _ = try build(into: folder + "/clean-\(UUID().uuidString)", cache: false)
            let name = try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasPrefix("clean-") }!
            defer { try? FileManager.default.removeItem(atPath: folder + "/" + name) }
            return Repository.snapshot(folder + "/" + name)
        }
    }

    static func inodes(_ folder: String) -> [String: UInt64] {
        var found: [String: UInt64] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let next = enumerator?.nextObject() as? String {
            var info = stat()
            if lstat(folder + "/" + next, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { found[next] = UInt64(info.st_ino) }
        }
        return found
    }

    @Test func removingAnOldOutputNeverFollowsLinks() throws {
        let folder = Repository.temporaryFolder()
        let manager = FileManager.default
        let old = folder + "/.Output.old-x"
        try manager.createDirectory(atPath: old + "/recipes/a/deep", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: folder + "/outside", withIntermediateDirectories: true)
        try "keep".write(toFile: folder + "/outside/file", atomically: false, encoding: .utf8)
        try "x".write(toFile: old + "/recipes/a/deep/index.html", atomically: false, encoding: .utf8)
        try "x".write(toFile: old + "/" + OutputWriter.marker, atomically: false, encoding: .utf8)
        try manager.createSymbolicLink(atPath: old + "/recipes/a/linked", withDestinationPath: folder + "/outside")
        try manager.createSymbolicLink(atPath: old + "/file-link", withDestinationPath: folder + "/outside/file")
        OutputWriter.removeMarkedFolder(old)
        #expect(!manager.fileExists(atPath: old))
        #expect(try String(contentsOfFile: folder + "/outside/file", encoding: .utf8) == "keep")
    }

    @Test func pageKeysCoverEveryFieldOfTheFrontMatter() {
        // Ranges are positions for diagnostics; every other stored property is in the key.
        let stored = Mirror(reflecting: FrontMatter()).children.compactMap(\.label).filter { $0 != "ranges" }
        #expect(stored.count == PageKeys.frontMatterFields(FrontMatter()).count, "\(stored)")
        var matter = FrontMatter()
        let plain = PageKeys.frontMatterFields(matter)
        matter.time = "5 minutes"
        #expect(PageKeys.frontMatterFields(matter) != plain)
    }

    @Test func aRebuildWithoutChangesLinksEveryFile() throws {
        let site = try Site()
        let first = try site.build()
        let second = try site.build()
        #expect(second.keys.sorted() == first.keys.sorted())
        let rewritten = first.keys.filter { $0 != OutputWriter.marker && first[$0] != second[$0] }.sorted()
        #expect(rewritten.isEmpty, "\(rewritten)")
        #expect(Repository.snapshot(site.options.output) == (try site.clean()))
    }

    @Test func aBodyEditRewritesOnlyThatRecipesFiles() throws {
        let site = try Site()
        let first = try site.build()
        try site.write(2, port: 9999)
        let second = try site.build()
        let rewritten = first.keys.filter { $0 != OutputWriter.marker && first[$0] != second[$0] }.sorted()
        #expect(rewritten == ["recipes/r2/index.html", "recipes/r2/manifests.yaml"])
        #expect(Repository.snapshot(site.options.output) == (try site.clean()))
    }

    @Test func aProseEditRewritesThatPageAndTheSearchIndexOnly() throws {
        let site = try Site()
        let first = try site.build()
        let path = site.folder + "/Content/a/r3.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try (text + "\nA new paragraph about readiness.\n").write(toFile: path, atomically: true, encoding: .utf8)
        let second = try site.build()
        let rewritten = first.keys.filter { $0 != OutputWriter.marker && first[$0] != second[$0] }.sorted()
        #expect(rewritten == ["assets/search-index.js", "recipes/r3/index.html"])
        #expect(Repository.snapshot(site.options.output) == (try site.clean()))
    }

    /// A rebuild does not work out the search index again unless some recipe's content changed.
    @Test func theSearchIndexIsKeyedByEveryRecipesContent() throws {
        let site = try Site()
        _ = try site.build()
        let path = "assets/search-index.js"
        func key(dropping dropped: String? = nil) throws -> String? {
            let check = try SiteBuilder.check(site.options)
            var contentKeys = check.contentKeys
            if let dropped { contentKeys[dropped] = nil }
            return PageKeys(
                recipes: check.recipes, contentKeys: contentKeys, config: check.config, templates: site.options.templates,
                searchIndexPath: path, assetPaths: [:]
            ).keys[path]
        }
        let first = try key()
        #expect(first != nil)
        #expect(try key() == first)
        #expect(try key(dropping: site.options.content + "/a/r2.md") == nil)
        let recipe = site.folder + "/Content/a/r3.md"
        let text = try String(contentsOfFile: recipe, encoding: .utf8)
        try (text + "\nA new paragraph about readiness.\n").write(toFile: recipe, atomically: true, encoding: .utf8)
        #expect(try key() != first)
    }

    @Test func aPageChangedByHandIsWrittenAgain() throws {
        let site = try Site()
        _ = try site.build()
        let page = site.options.output + "/recipes/r3/index.html"
        try "changed by hand".write(toFile: page, atomically: false, encoding: .utf8)
        _ = try site.build()
        #expect(Repository.snapshot(site.options.output) == (try site.clean()))
    }

    @Test func aPageReplacedByALinkIsWrittenAgain() throws {
        let site = try Site()
        _ = try site.build()
        let page = site.options.output + "/recipes/r3/index.html"
        let elsewhere = site.folder + "/elsewhere.html"
        try FileManager.default.moveItem(atPath: page, toPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: page, withDestinationPath: elsewhere)
        _ = try site.build()
        var info = stat()
        #expect(lstat(page, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG)
        #expect(Repository.snapshot(site.options.output) == (try site.clean()))
    }

    @Test func anotherOutputFolderIsNotLinkedFrom() throws {
        let site = try Site()
        let first = try site.build()
        let other = try site.build(into: site.folder + "/Other")
        #expect(Set(first.values).isDisjoint(with: Set(other.values)))
        #expect(Repository.snapshot(site.folder + "/Other") == (try site.clean()))
    }

    @Test func aDamagedManifestIsIgnored() throws {
        let site = try Site()
        let first = try site.build()
        let manifest = site.folder + "/cache/" + PageCache.fileName
        var lines = try String(contentsOfFile: manifest, encoding: .utf8).split(separator: "\n")
        lines.insert("index.html\tnot a record", at: lines.count / 2)
        try lines.joined(separator: "\n").write(toFile: manifest, atomically: true, encoding: .utf8)
        let second = try site.build()
        #expect(Set(first.values).isDisjoint(with: Set(second.values)))
        #expect(Repository.snapshot(site.options.output) == (try site.clean()))
    }

    static func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    @Test func aRebuildWithoutChangesLeavesTheOutputAsItIs() throws {
        let site = try Site()
        let first = try site.build()
        let folder = Self.inode(site.options.output)
        let marker = Self.inode(site.options.output + "/" + OutputWriter.marker)
        let manifest = Self.inode(site.folder + "/cache/" + PageCache.fileName)
        let second = try site.build()
        #expect(Self.inode(site.folder + "/cache/" + PageCache.fileName) == manifest, "the manifest was written again")
        #expect(second == first)
        #expect(Self.inode(site.options.output) == folder, "the output folder was replaced")
        #expect(Self.inode(site.options.output + "/" + OutputWriter.marker) == marker)
        #expect(Repository.snapshot(site.options.output) == (try site.clean()))
        // The manifest still describes the output: a third build leaves it alone too.
        #expect(try site.build() == first)
        #expect(Self.inode(site.options.output) == folder)
    }

    struct Stray: CustomTestStringConvertible, Sendable {
        var name: String
        var make: @Sendable (String) throws -> Void
        var testDescription: String { name }
    }

    static let strays: [Stray] = [
        Stray(name: "a file") { try "x".write(toFile: $0 + "/stray.txt", atomically: false, encoding: .utf8) },
        Stray(name: "a file in a page's folder") { try "x".write(toFile: $0 + "/recipes/r1/notes.txt", atomically: false, encoding: .utf8) },
        Stray(name: "a hidden file") { try "x".write(toFile: $0 + "/.DS_Store", atomically: false, encoding: .utf8) },
        Stray(name: "an empty folder") { try FileManager.default.createDirectory(atPath: $0 + "/recipes/empty", withIntermediateDirectories: false) },
        Stray(name: "a link") { try FileManager.default.createSymbolicLink(atPath: $0 + "/link.html", withDestinationPath: $0 + "/index.html") },
        Stray(name: "a page deleted") { try FileManager.default.removeItem(atPath: $0 + "/recipes/r2/index.html") },
        Stray(name: "a page's folder deleted") { try FileManager.default.removeItem(atPath: $0 + "/recipes/r2") },
    ]

    /// Only an output that is exactly the site is left alone; anything else in it is rewritten.
    @Test(arguments: strays)
    func aRebuildWithoutChangesStillMendsTheOutput(_ stray: Stray) throws {
        let site = try Site()
        _ = try site.build()
        try stray.make(site.options.output)
        let folder = Self.inode(site.options.output)
        _ = try site.build()
        #expect(Self.inode(site.options.output) != folder, "\(stray.name): the output was left as it was")
        #expect(Repository.snapshot(site.options.output) == (try site.clean()), "\(stray.name)")
        #expect(!FileManager.default.fileExists(atPath: site.options.output + "/recipes/empty"))
        #expect(Self.inode(site.options.output + "/link.html") == nil)
    }
}
