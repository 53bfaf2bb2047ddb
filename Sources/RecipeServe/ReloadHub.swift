import Foundation

/// Tells every open page that a build finished, by the build's generation number.
///
/// Each page's event stream subscribes; `publish` reaches all current subscribers; `close`
/// ends every stream so a shutting-down server is not held open by them.
final class ReloadHub: @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [UInt64: AsyncStream<Int>.Continuation] = [:]
    private var nextID: UInt64 = 0
    private var closed = false

    /// A stream of generations published from now on; it ends when the hub closes.
    func subscribe() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(8))
        lock.lock()
        defer { lock.unlock() }
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextID
        nextID += 1
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        return stream
    }

    /// Sends `generation` to every subscriber.
    func publish(_ generation: Int) {
        lock.lock()
        let current = Array(subscribers.values)
        lock.unlock()
        for continuation in current { continuation.yield(generation) }
    }

    /// Ends every stream, now and for later subscribers.
    func close() {
        lock.lock()
        closed = true
        let current = Array(subscribers.values)
        subscribers.removeAll()
        lock.unlock()
        for continuation in current { continuation.finish() }
    }

    /// How many pages are listening.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return subscribers.count
    }

    private func remove(_ id: UInt64) {
        lock.lock()
        subscribers[id] = nil
        lock.unlock()
    }
}
