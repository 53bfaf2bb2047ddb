import Foundation
import RecipeSite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows that long work is going on: on a terminal, after 300 ms, one line redrawn every 100 ms
/// with what is being done and the time so far; elsewhere nothing, or with `--verbose` one line when the work
/// starts. The line is erased when the work ends, before the summary is printed.
final class ProgressDisplay: @unchecked Sendable {
    enum Mode {
        case silent
        /// A redrawn line on stderr, a terminal.
        case live
        /// A line at the start, for logs.
        case plain
    }

    private let mode: Mode
    private let label: String
    /// Counts reported by the builder, when it reports them.
    let counts = BuildProgress()
    private let lock = NSLock()
    private var running = false
    private var drawn = false
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant

    /// Progress for `label` ("checking 120 recipes in 'Content'"), live on a terminal.
    init(label: String, verbose: Bool) {
        self.label = label
        self.start = clock.now
        if isatty(STDERR_FILENO) != 0 && ProcessEnvironment.value("TERM") != "dumb" {
            mode = .live
        } else {
            mode = verbose ? .plain : .silent
        }
    }

    /// Starts showing progress; returns at once.
    func begin() {
        switch mode {
        case .silent: return
        case .plain: StandardError.write(label + "…\n")
        case .live:
            lock.lock()
            running = true
            lock.unlock()
            let thread = Thread { [self] in tick() }
            thread.start()
        }
    }

    /// Stops and erases the line.
    func end() {
        guard mode == .live else { return }
        lock.lock()
        let wasRunning = running
        running = false
        if wasRunning && drawn { StandardError.write("\r\u{1B}[K") }
        lock.unlock()
    }

    private func tick() {
        while true {
            Thread.sleep(forTimeInterval: 0.1)
            lock.lock()
            defer { lock.unlock() }
            guard running else { return }
            let elapsed = clock.now - start
            guard elapsed >= .milliseconds(300) else { continue }
            drawn = true
            StandardError.write("\r\u{1B}[K" + Self.line(label, counts.snapshot, elapsed))
        }
    }

    /// `building 120 recipes into 'Output'… 1200/1200 checked, rendering pages, 2.40s`; the counts
    /// and the stage appear once the builder reports them.
    static func line(_ label: String, _ counts: BuildProgress.Counts, _ elapsed: Duration) -> String {
        var parts: [String] = []
        if counts.recipesTotal > 0 { parts.append("\(counts.recipesChecked)/\(counts.recipesTotal) checked") }
        if let stage = counts.stage, counts.filesWritten == 0 { parts.append(stage.rawValue) }
        if counts.filesWritten > 0 { parts.append("\(counts.filesWritten) files written") }
        parts.append(elapsed.formatted)
        return label + "… " + parts.joined(separator: ", ")
    }

    /// The number of Markdown files under `folder`, counted quickly for the label.
    static func markdownFiles(in folder: String) -> Int {
        var count = 0
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let next = enumerator?.nextObject() as? String {
            if next.hasSuffix(".md") { count += 1 }
        }
        return count
    }
}
