import Foundation
import RecipeFuzzSupport
import RecipeTestSupport
import Testing

@testable import RecipeSite

/// Hostile recipes never put script in a built page.
@Suite struct HardeningInjectionTests {
    static let root = Repository.root()
    static let fixture = root + "/Tests/RecipeHardeningTests/Fixtures/XSS"

    /// Chromium, from `CHROMIUM` or the usual Debian names; nil when it is not installed.
    static let chromium: String? = {
        let candidates = [ProcessInfo.processInfo.environment["CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func payloads() throws -> [String] {
        let text = try String(contentsOfFile: fixture + "/payloads.txt", encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.replacingOccurrences(of: "\\t", with: "\t") }
    }

    @Test func corpusHoldsAtLeastFiftyPayloadsWithMarkers() throws {
        let payloads = try Self.payloads()
        #expect(payloads.count >= 50)
        #expect(payloads.allSatisfy { $0.contains("MARK") || $0.contains("TUFSS") }, "every payload carries the marker")
        #expect(Set(payloads).count == payloads.count)
    }

    /// Every payload in body text, headings, links, images, raw HTML, tables, callouts and fences
    /// renders without an element, attribute or URL that can run script (no browser needed).
    @Test func payloadsInMarkdownRenderInert() throws {
        for (index, payload) in try Self.payloads().enumerated() {
            let p = payload.replacingOccurrences(of: "MARK", with: "rgxss_\(index)")
            let text = """
                ---
                title: x
                description: x
                category: security
                ---

                Text \(p)

                ## \(p)

                [\(p)](https://example.org/) [click](\(p)) ![\(p)](<\(p)>)

                \(p)

                | a | b |
                |---|---|
                | \(p.replacingOccurrences(of: "|", with: "")) | x |

                > [!NOTE]
                > \(p)

                ```text
                \(p)
                ```

                ```\(p.split(separator: " ").first ?? "x")
                body
                ```

                """
            let checked = RecipeProbe.recipe(text)
            let problems = HTMLSafety.violations(checked.bodyHTML)
            #expect(problems.isEmpty, "payload \(index) '\(payload)': \(problems)")
        }
    }

    @Test(arguments: ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", " javascript:alert(1)"])
    func scriptSchemesInLinksAndImagesAreDroppedWithADiagnostic(url: String) throws {
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Content/security", withIntermediateDirectories: true)
        let text = "---\ntitle: x\ndescription: x\ncategory: security\n---\n\n[a](<\(url)>) and ![b](<\(url)>)\n"
        try text.write(toFile: folder + "/Content/security/x.md", atomically: true, encoding: .utf8)
        var options = BuildOptions()
        options.content = folder + "/Content"
        options.config = folder + "/none.yaml"
        let result = try SiteBuilder.check(options)
        let found = result.diagnostics.filter { $0.code == "RG5005" }.map { "\($0.range.start)" }
        #expect(found.count == 2 && found.first == "7:1", "\(result.diagnostics.map { "\($0.code) \($0.message) \($0.range)" })")
        #expect(!result.recipes[0].bodyHTML.lowercased().contains("script:"))
        #expect(!result.recipes[0].bodyHTML.contains("data:"))
    }

    /// The whole corpus in every front matter field and fence, built and loaded in headless
    /// Chromium; fails if any marker reaches a dialog, the console or the network, or a page's
    /// DOM holds an event attribute or a script URL.
    @Test(.enabled(if: chromium != nil && python != nil, "chromium (apt-get install chromium) and python3 are needed to load the built pages; skipped"))
    func hostileSiteRunsNoScriptInChromium() throws {
        let binary = Self.root + "/.build/debug/recipegen"
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build recipegen first: \(binary)")
        let work = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python!)
        process.arguments = [Self.fixture + "/xss_site.py", binary, Self.root + "/Templates", work, Self.chromium!]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(String(decoding: data, as: UTF8.self))")
        #expect(process.terminationStatus == 0, "\(String(decoding: data, as: UTF8.self).prefix(4000))")
        #expect(report["problem_count"] as? Int == 0)
        #expect((report["canary_caught"] as? Int ?? 0) >= 3, "the checker must catch the canary page's payloads")
        #expect((report["pages_loaded"] as? Int ?? 0) > 100)
        #expect((report["validated_fields_accepted"] as? [String])?.isEmpty == true)
    }
}
