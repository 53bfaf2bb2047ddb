import Foundation
import RecipeDiagnostics

/// A file of the built site: its path inside the output folder and its bytes.
public struct OutputFile: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// Writes a site atomically: into a staging folder beside the output, which replaces the old
/// output only when every file was written. A failed write leaves the old output as it was.
///
/// The output folder holds a marker file; a folder without it that is not empty is never
/// replaced, nor one that is, or contains, a folder the site is read from.
public enum OutputWriter {
    public static let marker = ".recipegen-output"

    /// Writes `files`, and the files at `reused` paths of the current output as they are (hard
    /// links where the file system allows, else copies), as the new output.
    public static func write(_ files: [OutputFile], reusing reused: [String] = [], to output: String, protecting sources: [String]) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        try checkTarget(target, protecting: sources)
        let parent = target.deletingLastPathComponent()
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(token)")
        let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(token)")
        removeStaleStaging(beside: target)
        var lock: Int32?
        defer { if let lock { close(lock) } }
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            lock = lockDirectory(staging.path, wait: true)
            try writeMarker(in: staging.path)
            let root = staging.path
            var made: Set<Substring> = [Substring(root)]
            func prepare(_ path: String) throws -> String {
                guard isSafe(path) else { throw failure("refusing to write '\(path)' outside the output folder", output) }
                let full = root + "/" + path
                guard FileWriting.makeFolders(full[..<full.lastIndex(of: "/")!], made: &made) else {
                    throw failure("cannot make the folder for '\(path)'", output)
                }
                return full
            }
            for path in reused {
                guard FileWriting.link(target.path + "/" + path, to: try prepare(path)) else {
                    throw failure("cannot reuse '\(path)' of the previous output", output)
                }
            }
            try writeAll(files, root: root, made: &made, output: output)
            if manager.fileExists(atPath: target.path), exchange(staging.path, target.path) {
                removeMarkedFolder(staging.path)
            } else if manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: target, to: old)
                do {
                    try manager.moveItem(at: staging, to: target)
                } catch {
                    try? manager.moveItem(at: old, to: target)
                    throw error
                }
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch let diagnostic as Diagnostic {
            try? manager.removeItem(at: staging)
            throw diagnostic
        } catch {
            try? manager.removeItem(at: staging)
            throw failure("cannot write the site to '\(output)': \(error.localizedDescription)", output)
        }
    }

    /// Writes `files` below the staging folder `root` on all cores, the last of several files
    /// that share a path winning. Paths are checked, and the folders above each file's folder
    /// made (`made` lists those that exist), in order on this thread; the files' own folders are
    /// then made in parallel, and the files written in parallel, each by one thread, so the
    /// bytes on disk do not depend on the order they ran in.
    private static func writeAll(_ files: [OutputFile], root: String, made: inout Set<Substring>, output: String) throws {
        var last: [String: Int] = [:]
        last.reserveCapacity(files.count)
        for (index, file) in files.enumerated() { last[file.path] = index }
        var targets: [(file: Int, path: String)] = []
        targets.reserveCapacity(last.count)
        // Folders made below in parallel; one that another's path goes through is made here
        // instead (`makeFolders` makes what `made` does not list).
        var folders: [(folder: String, file: Int)] = []
        var pending: Set<Substring> = []
        for (index, file) in files.enumerated() where last[file.path] == index {
            guard isSafe(file.path) else { throw failure("refusing to write '\(file.path)' outside the output folder", output) }
            let full = root + "/" + file.path
            let folder = full[..<full.lastIndex(of: "/")!]
            if !made.contains(folder) && !pending.contains(folder) {
                guard let slash = folder.lastIndex(of: "/"), FileWriting.makeFolders(folder[..<slash], made: &made) else {
                    throw failure("cannot make the folder for '\(file.path)'", output)
                }
                pending.insert(folder)
                folders.append((String(folder), index))
            }
            targets.append((index, full))
        }
        let unmade = ParallelMap.map(folders) { folder in
            mkdir(folder.folder, 0o755) == 0 || errno == EEXIST ? nil : folder.file
        }
        if let index = unmade.lazy.compactMap({ $0 }).first {
            throw failure("cannot make the folder for '\(files[index].path)'", output)
        }
        let failed = ParallelMap.map(targets) { target in
            FileWriting.write(files[target.file].bytes, to: target.path) ? nil : target.file
        }
        if let index = failed.lazy.compactMap({ $0 }).min() {
            throw failure("cannot write '\(files[index].path)'", output)
        }
    }

    /// Refuses an output that is not recipegen's, or that would swallow the site's sources.
    static func checkTarget(_ target: URL, protecting sources: [String]) throws {
        let manager = FileManager.default
        let path = target.resolvingSymlinksInPath().path
        let current = URL(fileURLWithPath: manager.currentDirectoryPath).standardizedFileURL.resolvingSymlinksInPath().path
        if holds(path, current) {
            throw failure("refusing to replace '\(target.path)': it is or holds the current folder", target.path)
        }
        for repository in Set(([manager.currentDirectoryPath] + sources).compactMap(repositoryRoot(containing:))) where holds(path, repository) {
            throw failure("refusing to replace '\(target.path)': it is or holds the repository '\(repository)'", target.path)
        }
        for source in sources {
            let sourcePath = URL(fileURLWithPath: source).standardizedFileURL.resolvingSymlinksInPath().path
            if sourcePath == path || sourcePath.hasPrefix(path + "/") {
                throw failure("refusing to replace '\(target.path)': it holds '\(source)', which the site is built from", target.path)
            }
        }
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw failure("'\(target.path)' is a file, not a folder", target.path) }
        let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        if !entries.isEmpty && !entries.contains(marker) {
            throw failure(
                "refusing to replace '\(target.path)': it is not empty and recipegen did not make it",
                target.path, help: "choose another --output, or empty the folder yourself")
        }
    }

    /// A relative path with no `..`, no empty or hidden segment and no NUL. (Read as the file
    /// system reads it: segments are split at every "/" byte, even one a combining mark follows.)
    static func isSafe(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes[0] != UInt8(ascii: "/") else { return false }
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") || bytes[index] == 0 {
                guard index == bytes.count || bytes[index] != 0 else { return false }
                let length = index - start
                let dots = bytes[start..<index].allSatisfy { $0 == UInt8(ascii: ".") }
                if length == 0 || (dots && length <= 2) { return false }
                start = index + 1
            }
            return true
        }
    }

    private static func failure(_ message: String, _ output: String, help: String? = nil) -> Diagnostic {
        Diagnostic(code: "RG5002", message: message, file: output, range: SourceRange(line: 1, column: 1), help: help)
    }
}
