import Foundation

/// The size, modification time and inode of every file under the watched paths, to tell by
/// polling whether anything changed since the last build.
///
/// Hidden files and editor backups (`.name.swp`, `name~`) are left out: they never change a
/// build, and editors write them all the time.
struct SourceSnapshot: Equatable, Sendable {
    /// What is compared for one file.
    struct Entry: Equatable, Sendable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    private(set) var entries: [String: Entry] = [:]

    /// Reads the state of `paths`, each a file or a folder; missing paths are simply absent.
    static func take(_ paths: [String]) -> SourceSnapshot {
        var snapshot = SourceSnapshot()
        for path in paths {
            guard let top = entry(path) else { continue }
            snapshot.entries[path] = top
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let enumerator = FileManager.default.enumerator(atPath: path)
            while let next = enumerator?.nextObject() as? String {
                let name = next.split(separator: "/").last.map(String.init) ?? next
                if name.hasPrefix(".") || name.hasSuffix("~") {
                    if name.hasPrefix(".") { enumerator?.skipDescendants() }
                    continue
                }
                let full = path + "/" + next
                if let found = entry(full) { snapshot.entries[full] = found }
            }
        }
        return snapshot
    }

    private static func entry(_ path: String) -> Entry? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let isDirectory = info.st_mode & S_IFMT == S_IFDIR
        return Entry(
            size: isDirectory ? 0 : Int64(info.st_size),
            seconds: isDirectory ? 0 : Int(info.st_mtim.tv_sec),
            nanoseconds: isDirectory ? 0 : Int(info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino))
    }
}
