import Foundation

/// What the server knows about the last build: its generation and, when it failed, why.
///
/// The generation grows by one with every finished build, failed or not; pages carry the
/// generation they were served at so a page that missed an event still reloads.
final class SiteState: @unchecked Sendable {
    /// A consistent view of the state.
    struct Snapshot: Sendable {
        var generation: Int
        /// The diagnostics of the last build when it failed, as plain text; nil after a success.
        var failure: String?
    }

    private let lock = NSLock()
    private var current = Snapshot(generation: 0, failure: nil)

    /// The state now.
    var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Records a finished build and returns its generation.
    func record(failure: String?) -> Int {
        lock.lock()
        defer { lock.unlock() }
        current.generation += 1
        current.failure = failure
        return current.generation
    }
}
