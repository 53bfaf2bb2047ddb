import Foundation
import RecipeTestSupport
import Testing

@testable import RecipeServe

/// Path resolution alone, on a small folder with a symlink out of it.
@Suite struct RequestPathResolverTests {
    let root: String
    let resolver: RequestPathResolver

    init() throws {
        let base = Repository.temporaryFolder()
        root = base + "/Output"
        try FileManager.default.createDirectory(atPath: root + "/recipes/a b", withIntermediateDirectories: true)
        try "<html></html>".write(toFile: root + "/index.html", atomically: true, encoding: .utf8)
        try "x".write(toFile: root + "/recipes/a b/index.html", atomically: true, encoding: .utf8)
        try "secret".write(toFile: base + "/secret.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/out", withDestinationPath: base)
        try FileManager.default.createSymbolicLink(atPath: root + "/inside", withDestinationPath: root + "/recipes")
        resolver = RequestPathResolver(root: root)
    }

    private func real(_ path: String) -> String { RequestPathResolver.realPath(path) ?? path }

    @Test func resolvesFilesFoldersAndRedirects() {
        #expect(resolver.resolve("/") == .file(real(root + "/index.html")))
        #expect(resolver.resolve("/index.html?v=2#top") == .file(real(root + "/index.html")))
        #expect(resolver.resolve("/recipes/a%20b/") == .file(real(root + "/recipes/a b/index.html")))
        #expect(resolver.resolve("/recipes/a%20b") == .redirect("/recipes/a%20b/"))
        #expect(resolver.resolve("/inside/a%20b/") == .file(real(root + "/recipes/a b/index.html")))
        #expect(resolver.resolve("/recipes/") == .notFound)
    }

    @Test(arguments: [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E./secret.txt", "/recipes/..%2F..%2Fsecret.txt",
        "/out/secret.txt", "/out", "/out/", "//etc/passwd", "/%00", "/a%0Ab", "/..%5Csecret.txt",
        "/%", "/%4", "/%G0", "/%C3%28", "relative", "", "http://host/index.html", "/./index.html",
    ])
    func refuses(_ target: String) {
        #expect(resolver.resolve(target) == .notFound)
    }

    @Test func seesAFolderSwappedByRename() throws {
        let swapped = root + ".new"
        try FileManager.default.createDirectory(atPath: swapped, withIntermediateDirectories: true)
        try "new".write(toFile: swapped + "/new.html", atomically: true, encoding: .utf8)
        try FileManager.default.moveItem(atPath: root, toPath: root + ".old")
        try FileManager.default.moveItem(atPath: swapped, toPath: root)
        #expect(resolver.resolve("/new.html") == .file(real(root + "/new.html")))
        #expect(resolver.resolve("/index.html") == .notFound)
    }
}
