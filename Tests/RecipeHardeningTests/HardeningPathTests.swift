import Foundation
import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeSite

/// Nothing a recipe says can place a file outside the output folder, and links leading out of
/// the content folder are refused.
@Suite struct HardeningPathTests {
    static let root = Repository.root()

    /// A content folder with `files` (relative path → text) and the repository's templates.
    static func site(_ files: [String: String]) throws -> String {
        let folder = Repository.temporaryFolder()
        for (path, text) in files {
            let full = folder + "/Content/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func options(_ folder: String) -> BuildOptions {
        var options = BuildOptions()
        options.content = folder + "/Content"
        options.templates = root + "/Templates"
        options.output = folder + "/Output"
        options.config = folder + "/recipegen.yaml"
        return options
    }

    static func recipe(_ extra: String, body: String = "Body.\n") -> String {
        "---\ntitle: A title\ndescription: x\ncategory: networking\n\(extra)---\n\n\(body)"
    }

    /// Every file below `folder`, with links not followed.
    static func allFiles(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
    }

    static let hostileValues = [
        "../../escape", "/etc/passwd", "..", ".", "a/../../b", "a\\u0000b", "C:\\\\x", String(repeating: "a", count: 300),
        "ѕervice", "ｓｅｒｖｉｃｅ", "Service", "a b", "%2e%2e%2f", "a/b", "~", "con", "-a", "a-",
    ]

    @Test(arguments: ["slug", "category", "tags"])
    func hostileNamesAreDiagnosedAndNothingLandsOutside(field: String) throws {
        for (index, value) in Self.hostileValues.enumerated() {
            let yaml = field == "tags" ? "tags: [\"\(value)\"]\n" : "\(field): \"\(value)\"\n"
            var text = Self.recipe(yaml)
            if field == "category" { text = text.replacingOccurrences(of: "category: networking\n", with: "") }
            let folder = try Self.site(["networking/r\(index).md": text])
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let result = try SiteBuilder.build(Self.options(folder))
            let codes = result.diagnostics.filter { $0.severity == .error }.map(\.code)
            if Slug.isValid(value) {
                #expect(codes.isEmpty, "\(field) '\(value)': \(codes)")
            } else {
                #expect(codes == ["RG1003"], "\(field) '\(value)' must be refused: \(result.diagnostics.map(\.message))")
            }
            let outside = Self.allFiles(folder).filter { !$0.hasPrefix("Output") && !$0.hasPrefix("Content") }
            #expect(outside.isEmpty, "\(field) '\(value)' wrote \(outside)")
        }
    }

    @Test(arguments: ["日本語.md", "ÄÖÜ.md", "---.md", "ｓｅｒｖｉｃｅ.md"])
    func fileNamesThatGiveNoSlugAreDiagnosed(name: String) throws {
        let folder = try Self.site(["networking/" + name: Self.recipe("")])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try SiteBuilder.build(Self.options(folder))
        #expect(result.diagnostics.map(\.code) == ["RG1009"], "\(result.diagnostics.map(\.message))")
        #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))
    }

    @Test func aVeryLongFileNameGivesAShortSlug() throws {
        let name = String(repeating: "long-", count: 47) + "name.md"
        let folder = try Self.site(["networking/" + name: Self.recipe("")])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try SiteBuilder.build(Self.options(folder))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.recipes.first.map { $0.slug.utf8.count <= 100 } == true)
    }

    @Test func slugsThatDifferOnlyInCaseCollide() throws {
        let folder = try Self.site([
            "networking/Service.md": Self.recipe(""), "networking/service.md": Self.recipe(""),
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try SiteBuilder.check(Self.options(folder))
        #expect(result.diagnostics.map(\.code) == ["RG1006"])
    }

    @Test func publishedFilesThatDifferOnlyInCaseCollide() throws {
        let folder = try Self.site([
            "networking/page.md": Self.recipe("", body: "![a](Diagram.png) ![b](diagram.png) ![c](diagram.png)\n"),
            "networking/Diagram.png": "A", "networking/diagram.png": "B",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try SiteBuilder.check(Self.options(folder))
        #expect(result.diagnostics.map { "\($0.code)@\($0.range.start)" } == ["RG5006@7:19"], "\(result.diagnostics.map(\.message))")
    }

    @Test func symlinkedRecipeAndImageOutsideContentAreRefused() throws {
        let outside = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try Self.recipe("").write(toFile: outside + "/secret.md", atomically: true, encoding: .utf8)
        try "PNG".write(toFile: outside + "/secret.png", atomically: true, encoding: .utf8)
        let folder = try Self.site(["networking/page.md": Self.recipe("", body: "![secret](secret.png)\n")])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/Content/networking/linked.md", withDestinationPath: outside + "/secret.md")
        try FileManager.default.createSymbolicLink(atPath: folder + "/Content/networking/secret.png", withDestinationPath: outside + "/secret.png")
        let result = try SiteBuilder.build(Self.options(folder))
        let found = result.diagnostics.map { "\($0.code) \($0.message)" }
        #expect(found.contains { $0.hasPrefix("RG0001") && $0.contains("linked.md' is a link to a file outside the content folder") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("RG5003") && $0.contains("'secret.png' is a link to a file outside the content folder") }, "\(found)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))
    }

    /// Links to folders are not followed; one leading outside the content folder is refused with
    /// a diagnostic rather than silently left out.
    @Test func symlinkedFoldersOutsideContentAreRefused() throws {
        let outside = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.createDirectory(atPath: outside + "/private", withIntermediateDirectories: true)
        try Self.recipe("").write(toFile: outside + "/private/secret.md", atomically: true, encoding: .utf8)
        let folder = try Self.site(["networking/page.md": Self.recipe("")])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/Content/leak", withDestinationPath: outside + "/private")
        try FileManager.default.createSymbolicLink(atPath: folder + "/Content/parent", withDestinationPath: "..")
        let result = try SiteBuilder.check(Self.options(folder))
        let refused = result.diagnostics.filter { $0.code == "RG0001" }.map(\.message).sorted()
        #expect(refused == ["'\(folder)/Content/leak' is a link to a folder outside the content folder",
            "'\(folder)/Content/parent' is a link to a folder outside the content folder"], "\(refused)")
        #expect(result.recipes.map(\.file.relativePath) == ["networking/page.md"])
    }

    @Test func imageLinksThatClimbOutOfContentAreRefused() throws {
        let folder = try Self.site(["networking/page.md": Self.recipe("", body: "![a](../../../etc/passwd.png) ![b](/../../x.png)\n")])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try SiteBuilder.check(Self.options(folder))
        #expect(result.diagnostics.map(\.code) == ["RG5003", "RG5003"], "\(result.diagnostics.map(\.message))")
    }

    @Test(arguments: ["../x", "/abs", "a/../../b", "a\u{0}b", "", "a//b", "./a", "a/."])
    func outputWriterRefusesPathsThatLeaveTheFolder(path: String) {
        #expect(!OutputWriter.isSafe(path))
    }
}
