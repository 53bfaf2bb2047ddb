import Foundation
import RecipeTestSupport
import Testing

@testable import RecipeServe

/// What the watcher compares between polls.
@Suite struct SourceSnapshotTests {
    @Test func seesEditsAdditionsRemovalsAndReplacementsButNotHiddenFiles() throws {
        let folder = Repository.temporaryFolder()
        let content = folder + "/Content"
        try FileManager.default.createDirectory(atPath: content + "/a", withIntermediateDirectories: true)
        try "one".write(toFile: content + "/a/x.md", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: content + "/loop", withDestinationPath: content)
        let paths = [content, folder + "/recipegen.yaml"]
        let first = SourceSnapshot.take(paths)
        #expect(first.entries.keys.sorted() == [content, content + "/a", content + "/a/x.md", content + "/loop"])
        try "one".write(toFile: content + "/a/.x.md.swp", atomically: false, encoding: .utf8)
        try "one".write(toFile: content + "/a/x.md~", atomically: false, encoding: .utf8)
        #expect(SourceSnapshot.take(paths) == first)
        try "two!".write(toFile: content + "/a/x.md", atomically: false, encoding: .utf8)
        let edited = SourceSnapshot.take(paths)
        #expect(edited != first)
        try "two!".write(toFile: content + "/a/x.md", atomically: true, encoding: .utf8)
        let replaced = SourceSnapshot.take(paths)
        #expect(replaced != edited, "a same-size replacement by rename has a new inode")
        try "title: x\n".write(toFile: folder + "/recipegen.yaml", atomically: false, encoding: .utf8)
        let configured = SourceSnapshot.take(paths)
        #expect(configured.entries[folder + "/recipegen.yaml"] != nil)
        try FileManager.default.removeItem(atPath: content + "/a/x.md")
        #expect(SourceSnapshot.take(paths) != configured)
    }
}
