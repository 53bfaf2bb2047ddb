import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// HTTP over a plain TCP socket, so tests can send request targets that URL types would
/// normalise (`/../x`, `%2e%2e`) and read server-sent events as they arrive.
///
/// Every read has a deadline; blocking work runs on a thread of its own, never on the Swift
/// concurrency pool the server itself needs.
final class RawHTTPClient: @unchecked Sendable {
    /// A parsed response.
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    enum Failure: Error {
        case connect(Int32)
        case timeout(String)
    }

    private var socket: Int32
    private var received: [UInt8] = []
    /// Whether the peer closed the connection.
    private(set) var closed = false

    /// Connects to 127.0.0.1:`port`.
    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else {
            close(socket)
            throw Failure.connect(errno)
        }
    }

    deinit { if socket >= 0 { close(socket) } }

    /// Sends bytes as they are.
    func send(_ text: String) {
        send(Array(text.utf8))
    }

    /// Sends bytes as they are.
    func send(_ bytes: [UInt8]) {
        var bytes = bytes
        _ = bytes.withUnsafeMutableBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Aborts the connection: the peer gets a TCP reset instead of an orderly close.
    func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(socket, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close(socket)
        socket = -1
        closed = true
    }

    /// Reads until `done` holds for what was received, the peer closes, or `timeout` passes.
    /// Returns everything received so far.
    func read(timeout: Duration, until done: ([UInt8]) -> Bool) -> [UInt8] {
        let deadline = ContinuousClock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 16384)
        while !done(received) {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { break }
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(max(1, left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
            guard poll(&poller, 1, milliseconds) > 0 else { continue }
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else {
                closed = true
                break
            }
            received += buffer[..<count]
        }
        return received
    }

    /// Sends `request` and reads the whole response (the server closes after it).
    static func exchange(port: Int, request: String, timeout: Duration = .seconds(10)) async throws -> Response {
        try await offPool {
            let client = try RawHTTPClient(port: port)
            client.send(request)
            let bytes = client.read(timeout: timeout) { _ in false }
            return try parse(bytes)
        }
    }

    /// `GET path` with `Connection: close`.
    static func get(port: Int, _ path: String, timeout: Duration = .seconds(10)) async throws -> Response {
        try await exchange(
            port: port, request: "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", timeout: timeout)
    }

    static func parse(_ bytes: [UInt8]) throws -> Response {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure.timeout("no complete response head in \(text.debugDescription)") }
        let head = text[..<split.lowerBound].split(separator: "\r\n")
        let statusLine = head.first.map(String.init) ?? ""
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    /// Runs blocking work on a thread of its own, so that it never waits for a pool thread
    /// that other tests' blocking work holds.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}

/// A server-sent event stream read over a raw socket.
final class EventStreamReader: @unchecked Sendable {
    private let client: RawHTTPClient
    private var consumed = 0

    /// Opens `/_recipegen/events`.
    init(port: Int) throws {
        client = try RawHTTPClient(port: port)
        client.send("GET /_recipegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    }

    /// The data of the next event named `name`, skipping others; fails after `timeout`.
    func next(_ name: String, timeout: Duration = .seconds(20)) async throws -> String {
        try await RawHTTPClient.offPool { [self] in try nextBlocking(name, timeout: timeout) }
    }

    /// Whether the server ends the stream within `timeout`.
    func ends(within timeout: Duration) async throws -> Bool {
        try await RawHTTPClient.offPool { [client] in
            _ = client.read(timeout: timeout) { _ in false }
            return client.closed
        }
    }

    private func nextBlocking(_ name: String, timeout: Duration) throws -> String {
        let marker = "event: \(name)\ndata: "
        var found: String?
        let bytes = client.read(timeout: timeout) { bytes in
            let text = String(decoding: bytes[consumed...], as: UTF8.self)
            guard let start = text.range(of: marker), let end = text[start.upperBound...].firstIndex(of: "\n") else { return false }
            found = String(text[start.upperBound..<end])
            return true
        }
        guard let found else {
            throw RawHTTPClient.Failure.timeout("no '\(name)' event in \(String(decoding: bytes[consumed...], as: UTF8.self).debugDescription)")
        }
        let text = String(decoding: bytes[consumed...], as: UTF8.self)
        if let start = text.range(of: marker), let end = text[start.upperBound...].firstIndex(of: "\n") {
            consumed += text[..<end].utf8.count + 1
        }
        return found
    }
}
