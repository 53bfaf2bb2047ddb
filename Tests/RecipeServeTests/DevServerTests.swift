import Foundation
import Testing

@testable import RecipeServe

/// The dev server end to end: a real server on a free port over a temporary site, driven with
/// raw HTTP. Each test waits on events with deadlines, never on fixed sleeps.
@Suite(.serialized) struct DevServerTests {
    @Test func answersPagesWithTheReloadScriptOnlyInHTML() async throws {
        try await ServerHarness.with { server in
            let home = try await RawHTTPClient.get(port: server.port, "/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.body.contains("<script src=\"/_recipegen/live.js\" data-generation=\"1\"></script>\n</body>"))
            #expect(!home.body.contains("recipegen-overlay"))
            let page = try await RawHTTPClient.get(port: server.port, "/recipes/expose-web/")
            #expect(page.status == 200)
            #expect(page.body.contains("Expose a web app with a ClusterIP Service"))
            let redirect = try await RawHTTPClient.get(port: server.port, "/recipes/expose-web?x=1")
            #expect(redirect.status == 301)
            #expect(redirect.headers["location"] == "/recipes/expose-web/")
            let sitemap = try await RawHTTPClient.get(port: server.port, "/sitemap.xml")
            #expect(sitemap.status == 200)
            #expect(sitemap.headers["content-type"] == "application/xml")
            #expect(!sitemap.body.contains("live.js"))
            let script = try await RawHTTPClient.get(port: server.port, "/_recipegen/live.js")
            #expect(script.status == 200)
            #expect(script.body.contains("new EventSource(\"/_recipegen/events\")"))
            let missing = try await RawHTTPClient.get(port: server.port, "/no/such/page/")
            #expect(missing.status == 404)
            let post = try await RawHTTPClient.exchange(
                port: server.port, request: "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            #expect(post.status == 405)
            let head = try await RawHTTPClient.exchange(
                port: server.port, request: "HEAD /recipes/expose-web/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            let headEvents = try await RawHTTPClient.exchange(
                port: server.port, request: "HEAD /_recipegen/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                timeout: .seconds(5))
            #expect(headEvents.status == 200)
            #expect(headEvents.headers["content-type"] == "text/event-stream; charset=utf-8")
            #expect(server.builds.count == 1 && server.builds[0].failed == false)
        }
    }

    static let traversals = [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt",
        "/recipes/../../secret.txt", "/recipes/%2e%2e/%2e%2e/secret.txt", "/recipes/..%2f..%2fsecret.txt",
        "/..%5csecret.txt", "/..\\secret.txt", "//secret.txt", "/%2fsecret.txt",
        "/etc/passwd", "/%00", "/index.html%00.txt", "/%zz", "/%", "/.recipegen-output",
        "/outside/secret.txt", "/outside-file", "http://127.0.0.1/../secret.txt", "*",
    ]

    @Test func refusesEveryPathOutsideTheOutputFolder() async throws {
        try await ServerHarness.with { server in
            try FileManager.default.createSymbolicLink(atPath: server.folder + "/Output/outside", withDestinationPath: server.folder)
            try FileManager.default.createSymbolicLink(
                atPath: server.folder + "/Output/outside-file", withDestinationPath: server.folder + "/secret.txt")
            for target in Self.traversals {
                let response = try await RawHTTPClient.get(port: server.port, target)
                #expect(response.status == 404 || (target == "*" && response.status == 400), "\(target) answered \(response.status)")
                #expect(!response.body.contains("SECRET"), "\(target) leaked the file")
            }
            let still = try await RawHTTPClient.get(port: server.port, "/")
            #expect(still.status == 200)
        }
    }

    @Test func survivesMalformedRequests() async throws {
        try await ServerHarness.with { server in
            let garbage = [
                "GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", "GET /\u{1}/ HTTP/1.1\r\n\r\n",
                "GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n", String(repeating: "A", count: 70_000) + "\r\n\r\n",
            ]
            for request in garbage {
                _ = try? await RawHTTPClient.exchange(port: server.port, request: request, timeout: .seconds(3))
            }
            let still = try await RawHTTPClient.get(port: server.port, "/")
            #expect(still.status == 200)
        }
    }

    @Test func editReloadsBrokenEditShowsOverlayAndFixRecovers() async throws {
        try await ServerHarness.with { server in
            let events = try EventStreamReader(port: server.port)
            #expect(try await events.next("hello") == "1")

            try server.editRecipe("title: Expose a web app", "title: Publish a web app")
            #expect(try await events.next("reload") == "2")
            let edited = try await RawHTTPClient.get(port: server.port, "/recipes/expose-web/")
            #expect(edited.body.contains("Publish a web app with a ClusterIP Service"))
            #expect(!edited.body.contains("recipegen-overlay"))

            try server.editRecipe("difficulty: beginner", "difficulty: expert")
            #expect(try await events.next("reload") == "3")
            let broken = try await RawHTTPClient.get(port: server.port, "/recipes/expose-web/")
            #expect(broken.status == 200)
            #expect(broken.body.contains("Publish a web app with a ClusterIP Service"), "the last good page is still served")
            #expect(broken.body.contains("<div id=\"recipegen-overlay\""))
            #expect(broken.body.contains("error[RG1003]: difficulty &#39;expert&#39; is not one of"))
            #expect(broken.body.contains("/Content/networking/expose-web.md:5:13\n"))
            #expect(broken.body.contains("5 | difficulty: expert\n"))
            #expect(broken.body.contains("data-generation=\"3\""))
            let otherPage = try await RawHTTPClient.get(port: server.port, "/")
            #expect(otherPage.body.contains("recipegen-overlay"), "every page shows the overlay")

            try server.editRecipe("difficulty: expert", "difficulty: beginner")
            #expect(try await events.next("reload") == "4")
            let fixed = try await RawHTTPClient.get(port: server.port, "/recipes/expose-web/")
            #expect(fixed.status == 200)
            #expect(!fixed.body.contains("recipegen-overlay"))
            #expect(server.builds.map(\.failed) == [false, false, true, false])
        }
    }

    @Test func gracefulShutdownEndsOpenEventStreams() async throws {
        let server = try await ServerHarness.start()
        let events = try EventStreamReader(port: server.port)
        #expect(try await events.next("hello") == "1")
        async let ended = events.ends(within: .seconds(10))
        let graceful = await server.stop()
        #expect(graceful, "the server did not stop within 10 s of a graceful shutdown")
        #expect(try await ended, "the event stream stayed open")
    }

    @Test func templateAndConfigurationEditsRebuildToo() async throws {
        try await ServerHarness.with { server in
            let events = try EventStreamReader(port: server.port)
            #expect(try await events.next("hello") == "1")
            try ServerHarness.edit(server.folder + "/Templates/base.mustache", "<main id=\"main\"", "<main data-edited id=\"main\"")
            #expect(try await events.next("reload") == "2")
            #expect(try await RawHTTPClient.get(port: server.port, "/").body.contains("<main data-edited id=\"main\""))
            try ServerHarness.edit(server.folder + "/recipegen.yaml", "title: Fixture Recipes", "title: Edited Recipes")
            #expect(try await events.next("reload") == "3")
            #expect(try await RawHTTPClient.get(port: server.port, "/").body.contains("Edited Recipes"))
        }
    }

    @Test func aFirstBuildThatFailsServesTheOverlayAlone() async throws {
        try await ServerHarness.with(prepare: { folder in
            try ServerHarness.edit(folder + "/Content/networking/expose-web.md", "difficulty: beginner", "difficulty: expert")
        }) { server in
            let page = try await RawHTTPClient.get(port: server.port, "/")
            #expect(page.status == 404)
            #expect(page.body.contains("<title>recipegen: build failed</title>"))
            #expect(page.body.contains("error[RG1003]: difficulty &#39;expert&#39;"))
            #expect(page.body.contains("data-generation=\"1\""))
            let events = try EventStreamReader(port: server.port)
            #expect(try await events.next("hello") == "1")
            try server.editRecipe("difficulty: expert", "difficulty: beginner")
            #expect(try await events.next("reload") == "2")
            let fixed = try await RawHTTPClient.get(port: server.port, "/")
            #expect(fixed.status == 200)
            #expect(!fixed.body.contains("recipegen-overlay"))
        }
    }
}
