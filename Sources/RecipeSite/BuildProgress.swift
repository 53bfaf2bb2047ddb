import Foundation

/// Counts of a check or build's work so far, for a progress display on another thread.
///
/// The command line binds one with `BuildProgress.$current.withValue(progress) { … }` around
/// `SiteBuilder.check` or `build`; the builder reads ``current`` once, on its calling thread
/// (task-local values do not reach Dispatch workers), and reports through that instance. Nothing
/// is counted when no instance is bound.
public final class BuildProgress: @unchecked Sendable {
    /// A consistent view of the counts.
    public struct Counts: Equatable, Sendable {
        /// Recipes to check; 0 until known.
        public var recipesTotal = 0
        /// Recipes checked so far.
        public var recipesChecked = 0
        /// Pages and other files written so far.
        public var filesWritten = 0
        /// What the build does after checking, once it does it.
        public var stage: Stage?

        /// Every count at 0.
        public init() {}
    }

    /// The steps of a build after the checks.
    public enum Stage: String, Sendable {
        case rendering = "rendering pages"
        case writing = "writing files"
    }

    /// The instance the current check or build reports to, if any.
    @TaskLocal public static var current: BuildProgress?

    private let lock = NSLock()
    private var counts = Counts()

    /// A progress with every count at 0.
    public init() {}

    /// The counts now.
    public var snapshot: Counts {
        lock.lock()
        defer { lock.unlock() }
        return counts
    }

    /// Sets how many recipes will be checked.
    public func expectRecipes(_ total: Int) {
        lock.lock()
        counts.recipesTotal = total
        lock.unlock()
    }

    /// Counts one more recipe checked.
    public func recipeChecked() {
        lock.lock()
        counts.recipesChecked += 1
        lock.unlock()
    }

    /// Records that the build moved on to `stage`.
    public func enter(_ stage: Stage) {
        lock.lock()
        counts.stage = stage
        lock.unlock()
    }

    /// Counts `count` more files written.
    public func filesWritten(_ count: Int = 1) {
        lock.lock()
        counts.filesWritten += count
        lock.unlock()
    }
}
