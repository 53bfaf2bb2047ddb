import Foundation
import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeSite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `recipegen build` killed at random moments never leaves a broken or missing output: after
/// every SIGKILL the output is exactly the complete previous site or the complete new one, and
/// the staging folders a killed build leaves are cleaned up by the next build.
@Suite(.serialized) struct HardeningInterruptedBuildTests {
    static let root = Repository.root()

    /// A site folder with the repository's recipes and templates; `variant` changes one page.
    static func makeSite() throws -> String {
        let folder = Repository.temporaryFolder()
        try FileManager.default.copyItem(atPath: root + "/Content", toPath: folder + "/Content")
        try FileManager.default.copyItem(atPath: root + "/Templates", toPath: folder + "/Templates")
        return folder
    }

    static func setVariant(_ variant: Int, in folder: String) throws {
        let path = folder + "/Content/variant.md"
        let text = """
            ---
            title: Build variant \(variant)
            description: A page that changes between builds.
            category: networking
            date: 2026-01-0\(variant + 1)
            ---

            This is variant \(variant) of the site.

            """
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func startBuild(in folder: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: root + "/.build/debug/recipegen")
        process.arguments = ["build"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func outputIsAlwaysTheCompleteOldOrNewSiteWhenBuildsAreKilled() throws {
        let binary = Self.root + "/.build/debug/recipegen"
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build recipegen first: \(binary)")
        let folder = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var snapshots: [[String: Data]] = []
        var fullBuild = Duration.zero
        for variant in 0..<2 {
            try Self.setVariant(variant, in: folder)
            let start = ContinuousClock.now
            let process = try Self.startBuild(in: folder)
            process.waitUntilExit()
            fullBuild = max(fullBuild, ContinuousClock.now - start)
            try #require(process.terminationStatus == 0, "the site must build")
            snapshots.append(Repository.snapshot(folder + "/Output"))
        }
        #expect(snapshots[0] != snapshots[1])
        var current = 1
        let kills = Int(ProcessInfo.processInfo.environment["HARDENING_KILLS"] ?? "") ?? 30
        var random = SeededMutator(seed: 0x4B11_1ED)
        let window = Int(fullBuild.components.seconds * 1_000_000 + fullBuild.components.attoseconds / 1_000_000_000_000)
        var finished = 0
        for attempt in 0..<kills {
            let next = 1 - current
            try Self.setVariant(next, in: folder)
            let delay = random.below(window + window / 5 + 1)
            let process = try Self.startBuild(in: folder)
            usleep(UInt32(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let seen = Repository.snapshot(folder + "/Output")
            if seen == snapshots[next] {
                current = next
                finished += 1
            } else {
                #expect(seen == snapshots[current], "kill \(attempt) after \(delay)µs left an output that is neither site (\(seen.count) files)")
                if seen != snapshots[current] { return }
            }
        }
        try Self.setVariant(current, in: folder)
        let last = try Self.startBuild(in: folder)
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        #expect(Repository.snapshot(folder + "/Output") == snapshots[current])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".Output.") }
        #expect(leftovers.isEmpty, "staging folders left: \(leftovers)")
        print("interrupted builds: \(kills) kills within \(window)µs, \(finished) had already swapped in the new site")
    }

    @Test func exchangeSwapsTwoFoldersAtOnce() throws {
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/b", withIntermediateDirectories: true)
        try "a".write(toFile: folder + "/a/file", atomically: false, encoding: .utf8)
        try "b".write(toFile: folder + "/b/file", atomically: false, encoding: .utf8)
        #expect(OutputWriter.exchange(folder + "/a", folder + "/b"))
        #expect(try String(contentsOfFile: folder + "/a/file", encoding: .utf8) == "b")
        #expect(try String(contentsOfFile: folder + "/b/file", encoding: .utf8) == "a")
    }

    @Test func staleStagingOfAKilledBuildIsRemovedButNothingElse() throws {
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let manager = FileManager.default
        func make(_ name: String, marker: Bool, file: Bool = true) throws {
            try manager.createDirectory(atPath: folder + "/" + name, withIntermediateDirectories: true)
            if marker { _ = manager.createFile(atPath: folder + "/\(name)/" + OutputWriter.marker, contents: Data()) }
            if file { _ = manager.createFile(atPath: folder + "/\(name)/index.html", contents: Data("x".utf8)) }
        }
        try make(".Output.tmp-killed", marker: true)
        try make(".Output.old-killed", marker: true)
        try make(".Output.tmp-empty", marker: false, file: false)
        try make(".Output.tmp-notours", marker: false)
        try make(".Output.tmp-running", marker: true)
        try make(".Other.tmp-killed", marker: true)
        try manager.createSymbolicLink(atPath: folder + "/.Output.tmp-link", withDestinationPath: folder + "/.Other.tmp-killed")
        let running = try #require(OutputWriter.lockDirectory(folder + "/.Output.tmp-running", wait: false))
        defer { close(running) }
        try OutputWriter.write([OutputFile(path: "index.html", text: "new")], to: folder + "/Output", protecting: [])
        let left = Set(try manager.contentsOfDirectory(atPath: folder))
        #expect(left == [".Output.tmp-notours", ".Output.tmp-running", ".Other.tmp-killed", ".Output.tmp-link", "Output"])
        #expect(manager.fileExists(atPath: folder + "/.Other.tmp-killed/index.html"))
    }

    @Test(arguments: ["", ".", "..", "../.."])
    func outputThatHoldsTheCurrentFolderOrRepositoryIsRefused(relative: String) throws {
        let repository = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: repository) }
        let inner = repository + "/site/docs"
        try FileManager.default.createDirectory(atPath: inner + "/.git", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: inner + "/Content", withIntermediateDirectories: true)
        let target = URL(fileURLWithPath: inner + "/" + relative).standardizedFileURL
        do {
            try OutputWriter.checkTarget(target, protecting: [inner + "/Content"])
            Issue.record("output '\(target.path)' around a repository was accepted")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message.contains("holds the repository") || diagnostic.message.contains("which the site is built from"))
        }
    }

    @Test(arguments: ["..", "../..", "."])
    func buildRefusesAnOutputThatHoldsTheCurrentFolder(output: String) throws {
        let top = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: top) }
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(atPath: site) }
        let work = top + "/a/b"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: top + "/a/keep.txt", contents: Data("keep".utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.root + "/.build/debug/recipegen")
        process.arguments = ["build", "--content", site + "/Content", "--templates", site + "/Templates", "--output", output]
        process.currentDirectoryURL = URL(fileURLWithPath: work)
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(text.contains("it is or holds the current folder"), "\(text)")
        #expect(FileManager.default.fileExists(atPath: top + "/a/keep.txt"))
    }
}
