import Foundation
import Testing

@testable import RecipeServe

/// Malformed, oversized, slow and broken requests do not stop `serve`: each gets an error
/// answer or a closed connection, never a page, and a normal client is still served.
/// The server runs with a 2 s idle timeout so slow clients are cut off within the test's time.
///
/// No test here bounds how long a response takes: the whole suite shares two cores, so
/// "served while the stalled clients still wait" is asserted as an order of events instead.
@Suite(.serialized) struct DevServerHardeningTests {
    static let idleTimeout: Duration = .seconds(2)

    static func withServer(idleTimeout: Duration = Self.idleTimeout, _ body: (ServerHarness) async throws -> Void) async throws {
        try await ServerHarness.with(configure: { $0.idleTimeout = idleTimeout }, body)
    }

    /// The home page, fetched by a well-behaved client.
    static func expectHomePage(_ server: ServerHarness) async throws {
        let home = try await RawHTTPClient.get(port: server.port, "/", timeout: .seconds(30))
        #expect(home.status == 200)
    }

    struct Malformed: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        /// The statuses the server may answer with; nil means no answer at all, only a close.
        var statuses: Set<Int>
        var testDescription: String { name }
    }

    static let malformed: [Malformed] = [
        Malformed(name: "garbage bytes", bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }, statuses: [400]),
        Malformed(
            name: "100 KB request line",
            bytes: Array(("GET /" + String(repeating: "a", count: 100_000) + " HTTP/1.1\r\nHost: x\r\n\r\n").utf8), statuses: [400, 414, 431]),
        Malformed(
            name: "10,000 headers",
            bytes: Array(("GET / HTTP/1.1\r\nHost: x\r\n" + (0..<10_000).map { "X-H\($0): v\r\n" }.joined() + "\r\n").utf8),
            statuses: [400, 431]),
        Malformed(name: "invalid method", bytes: Array("G(T / HTTP/1.1\r\nHost: x\r\n\r\n".utf8), statuses: [400]),
        Malformed(name: "NUL in the path", bytes: Array("GET /index\u{0}.html HTTP/1.1\r\nHost: x\r\n\r\n".utf8), statuses: [400, 404]),
        Malformed(name: "HTTP/0.9", bytes: Array("GET /\r\n\r\n".utf8), statuses: [400, 505]),
        Malformed(name: "header without colon", bytes: Array("GET / HTTP/1.1\r\nHost x\r\n\r\n".utf8), statuses: [400]),
    ]

    @Test(arguments: malformed)
    func aMalformedRequestIsRefusedAndTheServerGoesOn(_ request: Malformed) async throws {
        try await Self.withServer { server in
            let (answer, closed) = try await RawHTTPClient.offPool {
                let client = try RawHTTPClient(port: server.port)
                client.send(request.bytes)
                let bytes = client.read(timeout: .seconds(5)) { _ in false }
                return (bytes, client.closed)
            }
            #expect(closed, "\(request.name): the connection stayed open")
            if !answer.isEmpty {
                let response = try RawHTTPClient.parse(answer)
                #expect(request.statuses.contains(response.status), "\(request.name): answered \(response.status)")
            }
            try await Self.expectHomePage(server)
        }
    }

    /// 200 clients that send half a request and stall hold no worker: a normal client is
    /// served while every one of them is still connected. The idle timeout is long here, so
    /// that only the order of events is asserted, however loaded the machine is.
    @Test func slowClientsDoNotBlockOthers() async throws {
        try await Self.withServer(idleTimeout: .seconds(120)) { server in
            let stalled = try (0..<200).map { _ in try RawHTTPClient(port: server.port) }
            for client in stalled { client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ") }
            try await Self.expectHomePage(server)
            let open = try await RawHTTPClient.offPool {
                stalled.filter { client in
                    _ = client.read(timeout: .milliseconds(1)) { _ in false }
                    return !client.closed
                }.count
            }
            #expect(open == 200, "only \(open) of 200 stalled connections were open once the home page was served")
        }
    }

    /// A stalled client, and one trickling header bytes, are dropped after the idle timeout;
    /// the server goes on serving.
    @Test func slowClientsAreCutOff() async throws {
        try await Self.withServer { server in
            let stalled = try (0..<200).map { _ in try RawHTTPClient(port: server.port) }
            for client in stalled { client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ") }
            let trickler = try RawHTTPClient(port: server.port)
            trickler.send("GET / HTTP/1.1\r\n")
            let start = ContinuousClock.now
            // One header byte every 250 ms: activity below the request level keeps nothing open.
            let trickled = try await RawHTTPClient.offPool {
                for _ in 0..<40 where !trickler.closed {
                    trickler.send("a")
                    _ = trickler.read(timeout: .milliseconds(250)) { _ in false }
                }
                return trickler.closed
            }
            #expect(trickled, "a client trickling header bytes was never cut off")
            let deadline = start + Self.idleTimeout + .seconds(8)
            let open = try await RawHTTPClient.offPool {
                stalled.filter { client in
                    let left = max(ContinuousClock.now.duration(to: deadline), .milliseconds(1))
                    _ = client.read(timeout: left) { _ in false }
                    return !client.closed
                }.count
            }
            #expect(open == 0, "\(open) of 200 stalled connections are still open")
            try await Self.expectHomePage(server)
        }
    }

    /// The idle timeout ends connections that send nothing, not an open event stream: a page
    /// still gets its reload after the stream has been quiet for longer than the timeout.
    @Test func anEventStreamOutlivesTheIdleTimeout() async throws {
        try await Self.withServer { server in
            let events = try EventStreamReader(port: server.port)
            #expect(try await events.next("hello") == "1")
            try await Task.sleep(for: Self.idleTimeout + .seconds(1))
            try server.editRecipe("title: Expose a web app", "title: Publish a web app")
            #expect(try await events.next("reload", timeout: .seconds(5)) == "2")
        }
    }

    /// Clients that reset the connection mid-request or mid-response leave the server serving.
    @Test func clientsThatResetDoNotStopTheServer() async throws {
        try await Self.withServer { server in
            try await RawHTTPClient.offPool {
                for index in 0..<100 {
                    let client = try RawHTTPClient(port: server.port)
                    switch index % 3 {
                    case 0: client.send("GET /recipes/expose-web/ HTTP/1.1\r\nHost: x\r\n")
                    case 1: client.send("GET /recipes/expose-web/ HTTP/1.1\r\nHost: x\r\n\r\n")
                    default: client.send("GET /_recipegen/events HTTP/1.1\r\nHost: x\r\n\r\n")
                    }
                    client.reset()
                }
            }
            try await Self.expectHomePage(server)
            let page = try await RawHTTPClient.get(port: server.port, "/recipes/expose-web/")
            #expect(page.status == 200)
        }
    }

    /// A short wrk run: no socket errors and only 200s (skipped when wrk is not installed).
    @Test(.enabled(if: WrkRun.executable != nil)) func aShortLoadRunHasNoErrors() async throws {
        try await Self.withServer { server in
            let run = try await RawHTTPClient.offPool {
                try WrkRun.run(url: "http://127.0.0.1:\(server.port)/recipes/expose-web/", seconds: 3, connections: 32)
            }
            #expect(run.requests > 100, "\(run.output)")
            #expect(run.non2xx == 0, "\(run.output)")
            #expect(run.socketErrors == 0, "\(run.output)")
            try await Self.expectHomePage(server)
        }
    }
}
