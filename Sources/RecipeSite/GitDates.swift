import Foundation

/// When each recipe was last changed, from git, for "Updated" dates and the sitemap.
enum GitDates {
    /// The date of the newest commit touching each file under `directory`, by its path relative
    /// to it; empty when git is missing or the folder is not in a repository. One `git log` run.
    static func lastModified(in directory: String) -> [String: RecipeDate] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory, "log", "--format=%x00%cs", "--name-only", "--relative", "--no-renames", "--", "."]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return [:] }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return [:] }
        var dates: [String: RecipeDate] = [:]
        var current: RecipeDate?
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("\u{0}") {
                current = RecipeDate(String(line.dropFirst()))
            } else if let current, dates[String(line)] == nil {
                dates[String(line)] = current
            }
        }
        return dates
    }
}
