import Foundation
import Testing

/// Golden files beside the tests: `Golden/<folder>/<name>`, compared byte for byte after
/// normalising line endings. `RECORD_GOLDEN=1` writes them and fails, so recording is never silent.
enum GoldenFile {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// The text of `Golden/<path>`.
    static func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The names (without extension) of the files of `folder` with extension `ext`, sorted.
    static func names(in folder: String, ext: String) -> [String] {
        let url = root.appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.filter { $0.hasSuffix("." + ext) }.map { String($0.dropLast(ext.count + 1)) }.sorted()
    }

    /// Compares `actual` with `Golden/<path>`, or records it under `RECORD_GOLDEN=1`.
    static func assert(_ actual: String, matches path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = root.appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(path); run again without RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(path); run with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let normalise = { (text: String) in text.replacingOccurrences(of: "\r\n", with: "\n") }
        let a = normalise(actual).split(separator: "\n", omittingEmptySubsequences: false)
        let e = normalise(expected).split(separator: "\n", omittingEmptySubsequences: false)
        guard a != e else { return }
        let index = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        let got = index < a.count ? String(a[index].prefix(300)) : "(end)"
        let want = index < e.count ? String(e[index].prefix(300)) : "(end)"
        Issue.record(
            "\(path) differs at line \(index + 1)\n  expected: \(want)\n  actual:   \(got)",
            sourceLocation: sourceLocation)
    }
}
