import Foundation
import RecipeTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `recipegen serve` as a process: it says where it listens and stops cleanly on SIGTERM and
/// SIGINT, with exit status 0.
@Suite(.serialized) struct ServeCommandTests {
    @Test(arguments: [SIGTERM, SIGINT])
    func stopsCleanlyOnSignal(_ signal: Int32) throws {
        let folder = Repository.temporaryFolder()
        try FileManager.default.copyItem(atPath: CLITests.sites + "/basic/Content", toPath: folder + "/Content")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.root + "/.build/debug/recipegen")
        process.arguments = ["serve", "--port", "0", "--templates", CLITests.root + "/Templates"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let banner = Self.read(errors.fileHandleForReading.fileDescriptor, until: "(Ctrl-C stops)\n", timeout: .seconds(60))
        #expect(banner.contains("built: 2 recipes, 3 examples checked, 0 diagrams, 0 errors, 0 warnings in "), "\(banner)")
        #expect(banner.range(of: #"serving http://127\.0\.0\.1:[0-9]+/ \(Ctrl-C stops\)"#, options: .regularExpression) != nil)
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        #expect(!process.isRunning, "still running 10 s after signal \(signal)")
        if !process.isRunning {
            #expect(process.terminationReason == .exit)
            #expect(process.terminationStatus == 0)
        }
        #expect(FileManager.default.fileExists(atPath: folder + "/Output/index.html"))
    }

    /// Reads `fd` until the text read ends with `marker`, the pipe closes, or `timeout` passes.
    static func read(_ fd: Int32, until marker: String, timeout: Duration) -> String {
        let deadline = ContinuousClock.now + timeout
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !String(decoding: bytes, as: UTF8.self).hasSuffix(marker), ContinuousClock.now < deadline {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let count = Glibc.read(fd, &buffer, buffer.count)
            guard count > 0 else { break }
            bytes += buffer[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
