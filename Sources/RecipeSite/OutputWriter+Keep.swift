import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A rebuild that changes nothing leaves the output alone: writing it again would make a staging
/// folder of the same files, exchange it with the output and delete the old one, which on a large
/// site is most of a no-change rebuild (and, on some file systems, slows the next one down).
extension OutputWriter {
    /// Leaves `output` as it is when it already holds exactly the files at `paths`, each of them
    /// known to hold the bytes the new site has (the caller checked them), and nothing else
    /// but the marker: no other file, link or empty folder. Returns whether it did; when it
    /// returns false, the caller writes the site as usual. The output is refused on the same
    /// terms as ``write(_:reusing:to:protecting:)``.
    public static func keep(_ paths: Set<String>, at output: String, protecting sources: [String]) throws -> Bool {
        let target = URL(fileURLWithPath: output).standardizedFileURL
        try checkTarget(target, protecting: sources)
        guard !paths.isEmpty else { return false }
        let descriptor = open(target.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        var found = 0
        guard holdsOnly(paths, in: descriptor, prefix: "", found: &found), found == paths.count else { return false }
        removeStaleStaging(beside: target)
        return true
    }

    /// Whether the folder `descriptor` is open on (at `prefix` inside the output) holds only
    /// files whose paths are in `paths`, and folders that do the same and are not empty;
    /// counts those files in `found`. Closes `descriptor`.
    private static func holdsOnly(_ paths: Set<String>, in descriptor: Int32, prefix: String, found: inout Int) -> Bool {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return false
        }
        defer { closedir(directory) }
        var empty = true
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            empty = false
            if prefix.isEmpty && name == marker { continue }
            var status = stat()
            guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            let path = prefix + name
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                guard paths.contains(path) else { return false }
                found += 1
            case S_IFDIR:
                let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard child >= 0, holdsOnly(paths, in: child, prefix: path + "/", found: &found) else { return false }
            default:
                return false
            }
        }
        return !empty
    }
}
