import Foundation
import RecipeSite
import ServiceLifecycle

/// Polls the site's sources and rebuilds when they change; a service of the server's group.
///
/// A change is acted on once two snapshots 100 ms apart agree, so an editor's save in several
/// writes makes one build. Polls are spaced by at least twice the time a snapshot takes, so a
/// large site costs at most a third of a core while idle. The snapshot is taken before the build, so an edit made while a build
/// runs causes another one.
struct SiteWatcher: Service {
    let options: BuildOptions
    let interval: Duration
    let builder: SiteRebuilder
    let initial: SourceSnapshot

    /// The paths whose changes trigger a rebuild.
    static func watchedPaths(_ options: BuildOptions) -> [String] {
        [options.content, options.templates, options.config]
    }

    func run() async throws {
        let paths = Self.watchedPaths(options)
        var built = initial
        var pause = interval
        let clock = ContinuousClock()
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await Task.sleep(for: pause)
            let start = clock.now
            var now = SourceSnapshot.take(paths)
            pause = max(interval, (clock.now - start) * 2)
            guard now != built else { continue }
            for _ in 0..<10 {
                try? await Task.sleep(for: .milliseconds(100))
                let again = SourceSnapshot.take(paths)
                if again == now { break }
                now = again
            }
            if Task.isCancelled { break }
            built = now
            await builder.rebuild()
        }
    }
}

/// Builds the site off the cooperative thread pool and announces each finished build.
struct SiteRebuilder: Sendable {
    let options: BuildOptions
    let state: SiteState
    let hub: ReloadHub
    let onBuild: @Sendable (BuildOutcome) -> Void

    /// Builds once, records the outcome, tells open pages and the caller.
    @discardableResult
    func rebuild() async -> BuildOutcome {
        let options = self.options
        var outcome = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: BuildOutcome.build(options)) }
        }
        outcome.generation = state.record(failure: outcome.failed ? outcome.plainReport : nil)
        onBuild(outcome)
        hub.publish(outcome.generation)
        return outcome
    }
}
