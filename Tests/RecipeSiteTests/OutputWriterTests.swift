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
            let path = "d\(random.below(7))/e\(random.below(5))/f\(index % 450).html"
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
