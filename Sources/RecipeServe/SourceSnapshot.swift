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

    /// Folders deeper than this below a watched path are not looked at.
    static let maximumDepth = 32

    /// Reads the state of `paths`, each a file or a folder; missing paths are simply absent.
    static func take(_ paths: [String]) -> SourceSnapshot {
        var snapshot = SourceSnapshot()
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            snapshot.entries[path] = Entry(info)
            if info.st_mode & S_IFMT == S_IFDIR { snapshot.walk(path, depth: 0) }
        }
        return snapshot
    }

    /// Adds every entry below `folder`; a symlink counts with its target's state, but a
    /// symlinked folder is not entered, so link loops cannot make the walk explode.
    private mutating func walk(_ folder: String, depth: Int) {
        guard depth < Self.maximumDepth, let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        while let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix("."), !name.hasSuffix("~") else { continue }
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            let path = folder + "/" + name
            let isLink = info.st_mode & S_IFMT == S_IFLNK
            if isLink, fstatat(descriptor, name, &info, 0) != 0 { continue }
            entries[path] = Entry(info)
            if !isLink && info.st_mode & S_IFMT == S_IFDIR { walk(path, depth: depth + 1) }
        }
    }
}

extension SourceSnapshot.Entry {
    /// The parts of `info` that change when a file is written or replaced; a folder's own
    /// times are left out, its entries speak for it.
    init(_ info: stat) {
        let isDirectory = info.st_mode & S_IFMT == S_IFDIR
        self.init(
            size: isDirectory ? 0 : Int64(info.st_size),
            seconds: isDirectory ? 0 : Int(info.st_mtim.tv_sec),
            nanoseconds: isDirectory ? 0 : Int(info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino))
    }
}
