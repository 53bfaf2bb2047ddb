import Foundation
import RecipeServe
import RecipeSite
import Logging
import RecipeTestSupport
import ServiceLifecycle

/// A dev server on a free port over a temporary copy of the `basic` fixture site.
final class ServerHarness: @unchecked Sendable {
    let folder: String
    let port: Int
    private let task: Task<Void, any Error>
    private let group: ServiceGroup
    private let box: OutcomeBox

    /// The fixture recipe the tests edit.
    var recipe: String { folder + "/Content/networking/expose-web.md" }

    private init(folder: String, port: Int, task: Task<Void, any Error>, group: ServiceGroup, box: OutcomeBox) {
        self.folder = folder
        self.port = port
        self.task = task
        self.group = group
        self.box = box
    }

    /// Copies the site, starts the server and waits until it listens (at most 60 s, for a
    /// cold build on a busy machine).
    /// `prepare` may change the copied site (folder given) before the first build.
    /// `configure` may change the server's options.
    static func start(
        prepare: (String) throws -> Void = { _ in }, configure: (inout DevServer.Options) -> Void = { _ in }
    ) async throws -> ServerHarness {
        let root = Repository.root()
        let folder = Repository.temporaryFolder()
        let fixture = root + "/Tests/RecipeSiteTests/Fixtures/Sites/basic"
        try FileManager.default.copyItem(atPath: fixture + "/Content", toPath: folder + "/Content")
        try FileManager.default.copyItem(atPath: fixture + "/recipegen.yaml", toPath: folder + "/recipegen.yaml")
        try FileManager.default.copyItem(atPath: root + "/Templates", toPath: folder + "/Templates")
        try "SECRET\n".write(toFile: folder + "/secret.txt", atomically: true, encoding: .utf8)
        try prepare(folder)
        var build = BuildOptions()
        build.content = folder + "/Content"
        build.templates = folder + "/Templates"
        build.output = folder + "/Output"
        build.config = folder + "/recipegen.yaml"
        var options = DevServer.Options(build: build)
        options.port = 0
        options.pollInterval = .milliseconds(50)
        configure(&options)
        let box = OutcomeBox()
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let server = DevServer(options: options, onReady: { continuation.yield($0) }, onBuild: { box.append($0) })
        var logger = Logger(label: "recipegen-test")
        logger.logLevel = .critical
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [server], logger: logger))
        let task = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        let port = try await withTimeout(.seconds(60)) { await ports.first { _ in true } }
        guard let port else { throw HarnessError.didNotStart }
        return ServerHarness(folder: folder, port: port, task: task, group: group, box: box)
    }

    /// Runs `body` against a fresh server and stops the server afterwards, whatever happens.
    static func with(
        prepare: (String) throws -> Void = { _ in }, configure: (inout DevServer.Options) -> Void = { _ in },
        _ body: (ServerHarness) async throws -> Void
    ) async throws {
        let server = try await start(prepare: prepare, configure: configure)
        do {
            try await body(server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// Stops the server gracefully, as SIGTERM would, and waits for it to finish; cancels it
    /// if it has not finished after 10 s. Returns whether it stopped gracefully in time.
    @discardableResult
    func stop() async -> Bool {
        await group.triggerGracefulShutdown()
        let task = self.task
        let graceful = (try? await Self.withTimeout(.seconds(10)) { _ = await task.result; return true }) ?? false
        if !graceful { task.cancel() }
        _ = await task.result
        try? FileManager.default.removeItem(atPath: folder)
        return graceful
    }

    /// Replaces `old` by `new` in the recipe.
    func editRecipe(_ old: String, _ new: String) throws {
        try Self.edit(recipe, old, new)
    }

    /// Replaces `old` by `new` in the file at `path`.
    static func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard text.contains(old) else { throw HarnessError.missingText(old, path) }
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// The builds so far.
    var builds: [BuildOutcome] { box.all }

    enum HarnessError: Error {
        case missingText(String, String)
        case didNotStart
        case timeout
    }

    /// `body`'s result, or a timeout error after `limit`.
    static func withTimeout<T: Sendable>(_ limit: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw HarnessError.timeout }
            return value
        }
    }
}

/// The outcomes of the server's builds, as they are announced.
final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [BuildOutcome] = []

    func append(_ outcome: BuildOutcome) {
        lock.lock()
        outcomes.append(outcome)
        lock.unlock()
    }

    var all: [BuildOutcome] {
        lock.lock()
        defer { lock.unlock() }
        return outcomes
    }
}
