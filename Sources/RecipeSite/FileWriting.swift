#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Plain POSIX file writes for the staging folder. (Foundation's `createFile` writes each file
/// atomically through a temporary file, which the staging folder already makes unnecessary, and
/// was most of a large site's build time.)
enum FileWriting {
    /// Creates or truncates `path` and writes `bytes` to it; false on any failure.
    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// Makes `destination` a hard link to `source`, or a copy of it when the file system cannot
    /// link (another device, too many links); false on any failure.
    static func link(_ source: String, to destination: String) -> Bool {
        if systemLink(source, destination) == 0 { return true }
        let descriptor = open(source, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return write(bytes, to: destination)
    }

    /// Creates `path` and the folders above it that `made` does not list (a folder that
    /// already exists is fine), adding them to `made`; false on any other failure.
    static func makeFolders(_ path: Substring, made: inout Set<Substring>) -> Bool {
        guard !path.isEmpty, !made.contains(path) else { return true }
        if let slash = path.lastIndex(of: "/"), !makeFolders(path[..<slash], made: &made) { return false }
        guard mkdir(String(path), 0o755) == 0 || errno == EEXIST else { return false }
        made.insert(path)
        return true
    }

    /// Removes everything inside the folder `descriptor` is open on, never following a link;
    /// closes `descriptor`. False when something could not be removed.
    static func removeContents(of descriptor: Int32, keeping kept: String? = nil) -> Bool {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            return false
        }
        defer { closedir(directory) }
        var entries: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." || name == kept { continue }
            entries.append((name, entry.pointee.d_type == UInt8(DT_DIR)))
        }
        var removed = true
        for entry in entries {
            if unlinkat(descriptor, entry.name, entry.isFolder ? AT_REMOVEDIR : 0) == 0 { continue }
            if errno == EISDIR || errno == EPERM || errno == ENOTEMPTY || errno == EEXIST {
                let child = openat(descriptor, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0, removeContents(of: child), unlinkat(descriptor, entry.name, AT_REMOVEDIR) == 0 { continue }
            }
            removed = false
        }
        return removed
    }
}

#if canImport(Glibc)
    private let systemLink = Glibc.link
    private let systemRead = Glibc.read
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemLink = Darwin.link
    private let systemRead = Darwin.read
    private let systemWrite = Darwin.write
#endif
