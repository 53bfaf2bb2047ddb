import Foundation
import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeSite

@Suite struct OutputWriterTests {
    /// Files are written on several threads: every one must arrive whole, in its folder, and
    /// where two share a path the later one wins, as a serial write would leave it.
    @Test func parallelWritesGiveEveryFileItsBytesAndTheLastOfAPathWins() throws {
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var random = IncrementalBuildTests.Random(state: 11)
        var files: [OutputFile] = []
        for index in 0..<600 {
            // Some folders hold files and the folders of other files too.
            let path = random.below(3) == 0 ? "d\(random.below(7))/g\(index % 450).html" : "d\(random.below(7))/e\(random.below(5))/f\(index % 450).html"
            let bytes = (0..<random.below(9000)).map { _ in UInt8(random.below(256)) }
            files.append(OutputFile(path: path, bytes: bytes))
        }
        var expected: [String: [UInt8]] = [:]
        for file in files { expected[file.path] = file.bytes }
        try OutputWriter.write(files, to: folder + "/Output", protecting: [])
        for (path, bytes) in expected {
            let data = try #require(FileManager.default.contents(atPath: folder + "/Output/" + path), "\(path)")
            #expect(Array(data) == bytes, "\(path)")
        }
    }

    /// The check as first written, on Characters.
    static func simpleIsSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.utf8.contains(0) else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    @Test func pathsAreSafeAsTheSimpleCheckSaysOverSeededPaths() {
        var random = IncrementalBuildTests.Random(state: 17)
        let pieces = ["a", ".", "/", "..", "\u{0}", "é", "x.y", "-", "…"]
        for _ in 0..<20000 {
            let path = (0..<random.below(7)).map { _ in pieces[random.below(pieces.count)] }.joined()
            #expect(OutputWriter.isSafe(path) == Self.simpleIsSafe(path), "\(path.debugDescription)")
        }
        // A "/" that a combining mark follows is one Character, but the file system splits there.
        #expect(Self.simpleIsSafe("./\u{301}x") && !OutputWriter.isSafe("./\u{301}x"))
    }

    @Test func aFileThatCannotBeWrittenFailsTheWriteAndKeepsTheOldOutput() throws {
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try OutputWriter.write([OutputFile(path: "index.html", text: "old")], to: folder + "/Output", protecting: [])
        // "a" is a folder (for "a/b.html"), so the file "a" cannot be written.
        let files = (0..<50).map { OutputFile(path: "p\($0).html", text: "x") } + [OutputFile(path: "a/b.html", text: "b"), OutputFile(path: "a", text: "a")]
        #expect(throws: Diagnostic.self) { try OutputWriter.write(files, to: folder + "/Output", protecting: []) }
        #expect(FileManager.default.contents(atPath: folder + "/Output/index.html") == Data("old".utf8))
    }
}
