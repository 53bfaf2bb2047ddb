import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import RecipeSite
import ServiceLifecycle

/// `recipegen serve`: builds the site, serves the output folder, rebuilds when a source changes
/// and makes open pages reload; a failed rebuild keeps the last good site and shows its
/// diagnostics over every page until a build succeeds.
public struct DevServer: Service {
    /// Where to listen and what to build.
    public struct Options: Sendable {
        /// The build's folders and settings; the output folder is what is served.
        public var build: BuildOptions
        /// The address to listen on; loopback unless told otherwise.
        public var host = "127.0.0.1"
        /// The port; 0 picks a free one (reported to `onReady`).
        public var port = 8080
        /// How often the sources are polled for changes.
        public var pollInterval: Duration = .milliseconds(300)
        /// How long a connection may go without a complete request (or, between requests,
        /// without any) before it is closed: a client that sends half a request and stalls
        /// holds its socket no longer than this. Open event streams are not affected.
        public var idleTimeout: Duration = .seconds(15)

        /// Options that build `build` and serve it on 127.0.0.1:8080.
        public init(build: BuildOptions) {
            self.build = build
        }
    }

    /// What is built and where it is served.
    public var options: Options
    private let onReady: @Sendable (Int) -> Void
    private let onBuild: @Sendable (BuildOutcome) -> Void

    /// A server for `options`.
    ///
    /// - Parameters:
    ///   - onReady: called with the port once the server listens.
    ///   - onBuild: called after every finished build, the first included.
    public init(
        options: Options, onReady: @escaping @Sendable (Int) -> Void = { _ in },
        onBuild: @escaping @Sendable (BuildOutcome) -> Void = { _ in }
    ) {
        self.options = options
        self.onReady = onReady
        self.onBuild = onBuild
    }

    /// Serves until SIGINT or SIGTERM, then stops gracefully: open event streams end, the
    /// listener closes, the watcher stops.
    public func runUntilSignalled() async throws {
        var logger = Logger(label: "recipegen")
        logger.logLevel = .warning
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [self], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// Builds once, then serves and watches until the task is cancelled or the service group
    /// it runs in shuts down gracefully.
    public func run() async throws {
        let state = SiteState()
        let hub = ReloadHub()
        let builder = SiteRebuilder(options: options.build, state: state, hub: hub, onBuild: onBuild)
        let initial = SourceSnapshot.take(SiteWatcher.watchedPaths(options.build))
        await builder.rebuild()
        let watcher = SiteWatcher(options: options.build, interval: options.pollInterval, builder: builder, initial: initial)
        let responder = SiteResponder(resolver: RequestPathResolver(root: options.build.output), state: state, hub: hub)
        let port = options.port
        let onReady = self.onReady
        var app = Application(
            responder: responder,
            server: .http1(configuration: Self.http1(idleTimeout: options.idleTimeout)),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: port), serverName: "recipegen"),
            services: [watcher],
            onServerRunning: { channel in onReady(channel.localAddress?.port ?? port) })
        app.logger.logLevel = Logger.Level.warning
        defer { hub.close() }
        try await app.run()
    }

    /// HTTP/1.1 with an idle timeout and request heads bounded to 64 KB in at most 200 fields;
    /// a larger head gets 400 and the connection is closed.
    private static func http1(idleTimeout: Duration) -> HTTP1Channel.Configuration {
        HTTP1Channel.Configuration(
            idleTimeout: TimeAmount(idleTimeout),
            httpDecoderConfiguration: .init(maxHeaderFieldSize: 64 << 10, maxHeaderListSize: 64 << 10, maxHeaderFieldCount: 200))
    }
}
