import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What keeps the visible output whole when a build is killed at any moment.
///
/// Needs: the staging folder and the output in the same parent folder (one file system).
/// Guarantees: the output is replaced by one atomic exchange of the two names where the system
/// has one (Linux `renameat2(RENAME_EXCHANGE)`, macOS `renamex_np(RENAME_SWAP)`), so there is no
/// moment without an output; staging folders left by a killed build are found by their name,
/// their marker and a free lock, and removed by the next build, never one a running build holds.
extension OutputWriter {
    /// Exchanges the two paths atomically. Returns false when the system cannot (the caller
    /// then falls back to two renames).
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if canImport(Glibc)
            typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let renameExchange: UInt32 = 2
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #elseif canImport(Darwin)
            return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #else
            return false
        #endif
    }

    /// Opens `directory` and takes an exclusive lock on it, held until the descriptor is
    /// closed (or the process dies). Returns the descriptor, or nil when it is locked elsewhere.
    static func lockDirectory(_ directory: String, wait: Bool) -> Int32? {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Removes the staging folders (`.<name>.tmp-*`, `.<name>.old-*`) that killed builds left
    /// beside `target`: real folders (not links) that hold the marker, or are empty, and that
    /// no running build has locked.
    static func removeStaleStaging(beside target: URL) {
        let manager = FileManager.default
        let parent = target.deletingLastPathComponent().path
        let name = target.lastPathComponent
        guard let entries = try? manager.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries where entry.hasPrefix(".\(name).tmp-") || entry.hasPrefix(".\(name).old-") {
            let path = parent + "/" + entry
            var status = stat()
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { continue }
            guard let descriptor = lockDirectory(path, wait: false) else { continue }
            defer { close(descriptor) }
            if manager.fileExists(atPath: path + "/" + marker) {
                removeMarkedFolder(path)
            } else {
                rmdir(path)
            }
        }
    }

    /// Creates the marker in one step. (FileManager.createFile writes a temporary file and
    /// renames it; a kill in between left a staging folder with no marker that no later build
    /// would remove.)
    static func writeMarker(in directory: String) throws {
        let descriptor = open(directory + "/" + marker, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        try FileHandle(fileDescriptor: descriptor, closeOnDealloc: true).write(contentsOf: Data("recipegen\n".utf8))
    }

    /// Removes a folder recipegen made, its marker last, so a removal cut short by a kill
    /// leaves a folder the next build still recognises and finishes removing.
    static func removeMarkedFolder(_ path: String) {
        let manager = FileManager.default
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor < 0 || !FileWriting.removeContents(of: descriptor, keeping: marker) {
            for entry in (try? manager.contentsOfDirectory(atPath: path)) ?? [] where entry != marker {
                try? manager.removeItem(atPath: path + "/" + entry)
            }
        }
        unlink(path + "/" + marker)
        rmdir(path)
    }

    /// The enclosing repository's top folder (the nearest one holding `.git`), if any.
    static func repositoryRoot(containing path: String) -> String? {
        var current = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(".git").path) { return current.path }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// Whether `outer` is `inner` or one of the folders above it.
    static func holds(_ outer: String, _ inner: String) -> Bool {
        outer == "/" || inner == outer || inner.hasPrefix(outer + "/")
    }
}
