import Foundation
import RecipeDiagnostics

/// Finds and reads the recipes under the content folder.
enum ContentLoader {
    /// Every `.md` file below `directory`, sorted by path. Unreadable or non-UTF-8 files become
    /// RG0001 diagnostics; symbolic links that lead outside the folder are refused, links to
    /// files and to folders alike (links to folders are never followed).
    static func load(directory: String) throws -> (files: [RecipeFile], diagnostics: [Diagnostic]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(
                code: "RG0002", message: "content folder '\(directory)' does not exist", file: directory,
                range: SourceRange(line: 1, column: 1), help: "pass --content with the folder that holds the recipes")
        }
        let root = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath().path
        guard let enumerator = manager.enumerator(atPath: directory) else { return ([], []) }
        var relativePaths: [String] = []
        var diagnostics: [Diagnostic] = []
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        while let next = enumerator.nextObject() as? String {
            if isHidden(next) { continue }
            if next.hasSuffix(".md") {
                relativePaths.append(next)
            } else if let refused = outsideFolderLink(prefix + next, root: root) {
                diagnostics.append(refused)
            }
        }
        relativePaths.sort()
        // Resolving, reading and validating are independent per file: done on all cores, the
        // results kept in path order.
        let outcomes = ParallelMap.map(relativePaths) { relative in
            read(relative, prefix: prefix, root: root)
        }
        var files: [RecipeFile] = []
        files.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            switch outcome {
            case .success(let file): files.append(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (files, diagnostics)
    }

    /// Reads the recipe at `prefix + relative`; RG0001 for a link out of `root`, an unreadable
    /// file or one that is not UTF-8.
    private static func read(_ relative: String, prefix: String, root: String) -> Result<RecipeFile, Diagnostic> {
        let path = prefix + relative
        guard isPlainFile(path) || URL(fileURLWithPath: path).resolvingSymlinksInPath().path.hasPrefix(root + "/") else {
            return .failure(Diagnostic(
                code: "RG0001", message: "'\(path)' is a link to a file outside the content folder", file: path,
                range: SourceRange(line: 1, column: 1), help: "copy the file into the content folder instead of linking to it"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Diagnostic(code: "RG0001", message: "cannot read '\(path)'", file: path, range: SourceRange(line: 1, column: 1)))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(Diagnostic(
                code: "RG0001", message: "'\(path)' is not valid UTF-8 text", file: path,
                range: SourceRange(line: 1, column: 1), help: "save the file as UTF-8"))
        }
        return .success(RecipeFile(path: path, relativePath: relative, text: text))
    }

    /// Whether a component of the relative `path` starts with a dot: it starts with one, or a
    /// slash is followed by one.
    static func isHidden(_ path: String) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path.utf8 {
            if byte == UInt8(ascii: "."), previous == UInt8(ascii: "/") { return true }
            previous = byte
        }
        return false
    }

    /// Whether `path` is a file and no symbolic link. The enumeration follows no link to a
    /// folder, so every folder on the way from the content folder is a real one inside it: such
    /// a file is inside the content folder without resolving its path (which is slow).
    private static func isPlainFile(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        return status.st_mode & S_IFMT == S_IFREG
    }

    /// RG0001 when `path` is a symbolic link to a folder outside `root`; the enumeration does not
    /// follow it, so the recipes behind it would otherwise be left out without a word.
    private static func outsideFolderLink(_ path: String, root: String) -> Diagnostic? {
        let manager = FileManager.default
        guard (try? manager.destinationOfSymbolicLink(atPath: path)) != nil else { return nil }
        var isDirectory: ObjCBool = false
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard manager.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue,
            resolved != root, !resolved.hasPrefix(root + "/")
        else { return nil }
        return Diagnostic(
            code: "RG0001", message: "'\(path)' is a link to a folder outside the content folder", file: path,
            range: SourceRange(line: 1, column: 1), help: "copy the recipes into the content folder instead of linking to them")
    }
}
