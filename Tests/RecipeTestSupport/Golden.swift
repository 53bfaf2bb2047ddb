import Foundation

/// Golden files: expected output stored beside the tests.
///
/// With `RECORD_GOLDEN=1` in the environment, `check` writes the actual text and reports that
/// it did, so a recording run always fails and never passes silently.
public enum Golden {
    /// Compares `actual` with the golden file at `path`. Returns nil when they match, else a
    /// message with a line diff (or the news that the file was recorded).
    public static func check(_ actual: String, path: String) -> String? {
        let normalized = actual.replacingOccurrences(of: "\r\n", with: "\n")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? normalized.write(toFile: path, atomically: true, encoding: .utf8)
            return "recorded \(path); run again without RECORD_GOLDEN to compare"
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            return "golden file \(path) is missing; record it with RECORD_GOLDEN=1"
        }
        let wanted = expected.replacingOccurrences(of: "\r\n", with: "\n")
        guard wanted != normalized else { return nil }
        return "output differs from \(path):\n" + diff(wanted, normalized)
    }

    /// The first differing lines, `-` expected and `+` actual, with line numbers.
    static func diff(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for index in 0..<max(a.count, b.count) where out.count < 24 {
            let left = index < a.count ? String(a[index]) : nil
            let right = index < b.count ? String(b[index]) : nil
            if left != right {
                if let left { out.append("\(index + 1) - \(left)") }
                if let right { out.append("\(index + 1) + \(right)") }
            }
        }
        return out.joined(separator: "\n")
    }
}

/// Paths of the repository, found from a test file's path.
public enum Repository {
    /// The repository root: the nearest folder above `file` that holds Package.swift.
    public static func root(from file: String = #filePath) -> String {
        var url = URL(fileURLWithPath: file).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
            url.deleteLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath
    }

    /// A new empty temporary folder.
    public static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "recipegen-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every file below `folder` with its bytes, by relative path.
    public static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let next = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + next
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[next] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }
}
