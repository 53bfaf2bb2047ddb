import Foundation
import RecipeTestSupport
import Testing

@testable import RecipeSite

@Suite struct GitDatesTests {
    private func git(_ arguments: [String], in directory: String, date: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_NAME"] = "A"
        environment["GIT_AUTHOR_EMAIL"] = "a@example.org"
        environment["GIT_COMMITTER_NAME"] = "A"
        environment["GIT_COMMITTER_EMAIL"] = "a@example.org"
        if let date {
            environment["GIT_COMMITTER_DATE"] = date
            environment["GIT_AUTHOR_DATE"] = date
        }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }

    @Test func newestCommitPerFileRelativeToTheContentFolder() throws {
        let repository = Repository.temporaryFolder()
        let content = repository + "/Content/net"
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        try git(["init", "-q"], in: repository)
        try "a".write(toFile: content + "/a.md", atomically: true, encoding: .utf8)
        try "b".write(toFile: content + "/b.md", atomically: true, encoding: .utf8)
        try git(["add", "-A"], in: repository)
        try git(["commit", "-q", "-m", "one"], in: repository, date: "2026-01-02T10:00:00Z")
        try "a2".write(toFile: content + "/a.md", atomically: true, encoding: .utf8)
        try git(["commit", "-q", "-am", "two"], in: repository, date: "2026-03-04T10:00:00Z")
        let dates = GitDates.lastModified(in: repository + "/Content")
        guard !dates.isEmpty else {
            print("skipping: git is not installed")
            return
        }
        #expect(dates["net/a.md"]?.description == "2026-03-04")
        #expect(dates["net/b.md"]?.description == "2026-01-02")
    }

    @Test func outsideARepositoryThereAreNoDates() {
        #expect(GitDates.lastModified(in: Repository.temporaryFolder()).isEmpty)
    }
}
