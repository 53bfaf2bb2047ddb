import Foundation
import RecipeTestSupport
import Testing

@testable import RecipeSite

/// Recipes are read on all cores; what the loader returns must not depend on which read first.
@Suite struct ContentLoaderTests {
    @Test func filesAndProblemsComeInPathOrder() throws {
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Seeded, so a failure names the same layout every time.
        var generator = SplitMix(seed: 8)
        var expectedFiles: [String] = []
        var expectedProblems: [String] = []
        for index in 0..<120 {
            let relative = "topic\(generator.next() % 7)/page-\(String(index, radix: 36)).md"
            let path = folder + "/" + relative
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if generator.next() % 5 == 0 {
                try Data([0x23, 0x20, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: path))
                expectedProblems.append(path)
            } else {
                try "# Page \(index)\r\n".write(toFile: path, atomically: true, encoding: .utf8)
                expectedFiles.append(relative)
            }
        }
        let (files, problems) = try ContentLoader.load(directory: folder)
        #expect(files.map(\.relativePath) == expectedFiles.sorted())
        #expect(files.allSatisfy { $0.path == folder + "/" + $0.relativePath && $0.text.hasPrefix("# Page ") })
        #expect(problems.map(\.file) == expectedProblems.sorted { $0 < $1 }.map { Optional($0) })
        #expect(problems.allSatisfy { $0.code == "RG0001" && $0.message.hasSuffix("is not valid UTF-8 text") })
    }
}

/// A small deterministic generator for test layouts.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
