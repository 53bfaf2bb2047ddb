import Foundation
import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeSite

@Suite(.serialized) struct SiteBuildTests {
    static let root = Repository.root()
    static let fixtures = root + "/Tests/RecipeSiteTests/Fixtures/Sites"
    static let golden = root + "/Tests/RecipeSiteTests/Golden/SiteBuild"

    private func options(_ site: String, output: String) -> BuildOptions {
        var options = BuildOptions()
        options.content = Self.fixtures + "/\(site)/Content"
        options.config = Self.fixtures + "/\(site)/recipegen.yaml"
        options.templates = Self.root + "/Templates"
        options.output = output
        return options
    }

    @Test func basicSiteMatchesGoldenPages() throws {
        let output = Repository.temporaryFolder() + "/Output"
        let result = try SiteBuilder.build(options("basic", output: output))
        #expect(result.diagnostics.isEmpty)
        let files = Repository.snapshot(output)
        #expect(
            files.keys.sorted().filter { !$0.hasPrefix("assets/") } == [
                ".recipegen-output", "404.html", "categories/index.html", "categories/networking/index.html",
                "categories/storage/index.html", "feed.xml", "index.html", "recipes/expose-web/index.html",
                "recipes/expose-web/manifests.yaml", "recipes/keep-data/index.html", "robots.txt", "sitemap.xml",
                "tags/clusterip/index.html", "tags/index.html", "tags/services/index.html", "tags/storage/index.html",
            ])
        for page in ["index.html", "recipes/expose-web/index.html", "recipes/keep-data/index.html", "sitemap.xml", "feed.xml", "tags/services/index.html"] {
            let text = String(decoding: files[page] ?? Data(), as: UTF8.self)
            let problem = Golden.check(text, path: Self.golden + "/basic/" + page.replacingOccurrences(of: "/", with: "_"))
            #expect(problem == nil, "\(problem ?? "")")
        }
    }

    @Test func failedBuildLeavesOutputUntouched() throws {
        let output = Repository.temporaryFolder() + "/Output"
        _ = try SiteBuilder.build(options("basic", output: output))
        let before = Repository.snapshot(output)
        #expect(!before.isEmpty)
        let failed = try SiteBuilder.build(options("invalid-front-matter", output: output))
        #expect(failed.fails(strict: false))
        #expect(Repository.snapshot(output) == before)
        let parent = (output as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["Output"])
    }

    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let output = Repository.temporaryFolder() + "/Output"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: output + "/notes.txt"))
        #expect(throws: Diagnostic.self) { try SiteBuilder.build(options("basic", output: output)) }
        #expect(Repository.snapshot(output) == ["notes.txt": Data("mine".utf8)])
    }

    @Test func refusesAnOutputThatHoldsTheContent() throws {
        var opts = options("basic", output: Self.fixtures + "/basic")
        opts.output = Self.fixtures + "/basic"
        #expect(throws: Diagnostic.self) { try SiteBuilder.build(opts) }
        #expect(FileManager.default.fileExists(atPath: Self.fixtures + "/basic/Content/networking/expose-web.md"))
    }

    @Test func brokenLinksAndAnchorsAreReported() throws {
        let folder = Repository.temporaryFolder()
        let content = folder + "/Content/net"
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        let head = "---\ntitle: T\ndescription: D\ncategory: net\n---\n\n## Steps\n\n"
        try (head + "[ok](b.md#steps) [bad](b.md#nope) [gone](c.md) [self](#steps) [missing](#none)\n[img](pic.png) ![img](missing.png) [tag](/tags/x/) [esc](../../../etc/passwd)\n")
            .write(toFile: content + "/a.md", atomically: true, encoding: .utf8)
        try head.write(toFile: content + "/b.md", atomically: true, encoding: .utf8)
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: content + "/pic.png"))
        var opts = BuildOptions()
        opts.content = folder + "/Content"
        opts.config = folder + "/none.yaml"
        let result = try SiteBuilder.check(opts)
        #expect(
            result.diagnostics.map { "\($0.code)@\($0.range.start.line):\($0.range.start.column)" } == [
                "RG5004@9:18", "RG5003@9:35", "RG5004@9:63", "RG5003@10:16", "RG5003@10:36", "RG5003@10:52",
            ])
    }
}

@Suite struct TemplateEscapingTests {
    @Test func frontMatterValuesAreEscapedInEveryPage() throws {
        let folder = Repository.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/Content/net", withIntermediateDirectories: true)
        let recipe = "---\ntitle: \"<script>alert('t')</script> & \\\"q\\\"\"\ndescription: \"<img src=x onerror=alert(1)>\"\ncategory: net\nauthor: \"</dd><script>x()</script>\"\n---\n\nBody.\n"
        try recipe.write(toFile: folder + "/Content/net/x.md", atomically: true, encoding: .utf8)
        var options = BuildOptions()
        options.content = folder + "/Content"
        options.config = folder + "/none.yaml"
        options.templates = Repository.root() + "/Templates"
        options.output = folder + "/Output"
        let result = try SiteBuilder.build(options)
        #expect(result.diagnostics.isEmpty)
        let files = Repository.snapshot(folder + "/Output")
        for (path, data) in files where path.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self)
            #expect(!page.contains("<script>alert") && !page.contains("<img src=x") && !page.contains("<script>x()"), "\(path)")
        }
        let page = String(decoding: files["recipes/x/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("<h1>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;q&quot;</h1>"))
        #expect(page.contains("<meta name=\"description\" content=\"&lt;img src=x onerror=alert(1)&gt;\">"))
    }
}
