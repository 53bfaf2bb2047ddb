import Foundation
import Hummingbird
import ServiceLifecycle

/// Answers every request of serve mode: the site's files from the output folder, looked up at
/// request time, plus the live-reload event stream, script and overlay style.
///
/// Only GET and HEAD are served. HTML pages get the live-reload script, and the overlay while
/// the last build failed; other files are sent as they are. Nothing is cached by the browser.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let resolver: RequestPathResolver
    let state: SiteState
    let hub: ReloadHub

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var response = text("method not allowed\n", status: .methodNotAllowed)
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let target = request.head.path ?? "/"
        let head = request.method == .head
        switch RequestPathResolver.pathPart(of: target) {
        case PageInjection.eventsPath where head: return send([], type: "text/event-stream; charset=utf-8", head: true)
        case PageInjection.eventsPath: return events()
        case PageInjection.scriptPath: return send(Array(PageInjection.script.utf8), type: "text/javascript; charset=utf-8", head: head)
        case PageInjection.stylePath: return send(Array(PageInjection.style.utf8), type: "text/css; charset=utf-8", head: head)
        default: break
        }
        switch resolver.resolve(target) {
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else { return notFound(head: head) }
            let type = Self.contentType(path)
            let bytes = type.hasPrefix("text/html") ? page(Array(data)) : Array(data)
            return send(bytes, type: type, head: head)
        case .redirect(let location):
            var response = Response(status: .movedPermanently)
            response.headers[.location] = location
            return response
        case .notFound:
            return notFound(head: head)
        }
    }

    /// An HTML page with what serve mode adds.
    private func page(_ html: [UInt8]) -> [UInt8] {
        let snapshot = state.snapshot
        return PageInjection.inject(into: html, generation: snapshot.generation, failure: snapshot.failure)
    }

    /// The site's own 404 page when it has one; the overlay alone when no site was ever built.
    private func notFound(head: Bool) -> Response {
        let snapshot = state.snapshot
        if case .file(let path) = resolver.resolve("/404.html"), let data = FileManager.default.contents(atPath: path) {
            return send(page(Array(data)), type: "text/html; charset=utf-8", status: .notFound, head: head)
        }
        if let failure = snapshot.failure {
            let body = PageInjection.failurePage(failure, generation: snapshot.generation)
            return send(body, type: "text/html; charset=utf-8", status: .notFound, head: head)
        }
        return text("not found\n", status: .notFound)
    }

    /// Server-sent events: `hello` with the current generation, then `reload` after each build.
    /// The stream ends when the server shuts down gracefully.
    private func events() -> Response {
        let stream = hub.subscribe()
        let generation = state.snapshot.generation
        let hub = self.hub
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 1000\nevent: hello\ndata: \(generation)\n\n"))
            try await withGracefulShutdownHandler {
                for await next in stream {
                    try await writer.write(ByteBuffer(string: "event: reload\ndata: \(next)\n\n"))
                }
            } onGracefulShutdown: {
                hub.close()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    private func send(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok, head: Bool) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.contentLength] = String(bytes.count)
        let body = head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        return Response(status: status, headers: headers, body: body)
    }

    private func text(_ text: String, status: HTTPResponse.Status) -> Response {
        send(Array(text.utf8), type: "text/plain; charset=utf-8", status: status, head: false)
    }

    /// The media type for a file, by its extension.
    static func contentType(_ path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "svg": return "image/svg+xml"
        case "txt": return "text/plain; charset=utf-8"
        case "yaml", "yml": return "application/yaml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        default: return "application/octet-stream"
        }
    }
}
