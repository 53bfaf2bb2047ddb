import Foundation

/// Maps the path of an HTTP request to a file inside the output folder, or to nothing.
///
/// Needs: the raw request target as the client sent it (percent-encoded, maybe with a query).
/// Guarantees: a resolved file is a regular file whose real path (symlinks followed) lies inside
/// the real path of the output folder. `..` and `.` segments (plain or percent-encoded), absolute
/// or scheme-qualified targets, backslashes, NUL and other control bytes, hidden segments (such
/// as the output marker) and invalid percent-encoding all resolve to nothing, which the server
/// answers with 404. The folder is looked up on every call, so a build that swaps it by rename
/// is seen at once.
public struct RequestPathResolver: Sendable {
    /// What a request path names.
    public enum Resolution: Equatable, Sendable {
        /// A file to send, by its absolute path.
        case file(String)
        /// A folder asked for without its final slash: redirect to this path.
        case redirect(String)
        /// Nothing that may be served.
        case notFound
    }

    /// The output folder, as given (relative to the current folder or absolute).
    public var root: String

    /// A resolver for the folder `root`.
    public init(root: String) {
        self.root = root
    }

    /// Resolves a raw request target such as `/recipes/expose-web/?q=1`.
    public func resolve(_ target: String) -> Resolution {
        guard let segments = Self.segments(of: target) else { return .notFound }
        guard let realRoot = Self.realPath(root) else { return .notFound }
        var path = realRoot
        for segment in segments { path += "/" + segment }
        guard let real = Self.realPath(path), real == realRoot || real.hasPrefix(realRoot + "/") else {
            return .notFound
        }
        var info = stat()
        guard stat(real, &info) == 0 else { return .notFound }
        if info.st_mode & S_IFMT == S_IFDIR {
            let wantsFolder = Self.pathPart(of: target).hasSuffix("/")
            guard wantsFolder else { return .redirect(Self.pathPart(of: target) + "/") }
            return resolveIndex(in: real, realRoot: realRoot)
        }
        return info.st_mode & S_IFMT == S_IFREG ? .file(real) : .notFound
    }

    private func resolveIndex(in folder: String, realRoot: String) -> Resolution {
        guard let real = Self.realPath(folder + "/index.html"), real.hasPrefix(realRoot + "/") else { return .notFound }
        var info = stat()
        guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .notFound }
        return .file(real)
    }

    /// The decoded, checked segments of a request target's path; nil when the target is refused.
    static func segments(of target: String) -> [String]? {
        let path = pathPart(of: target)
        guard path.hasPrefix("/"), !path.hasPrefix("//") else { return nil }
        var result: [String] = []
        for raw in path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            guard let decoded = percentDecode(Array(raw)) else { return nil }
            guard isAllowed(decoded) else { return nil }
            result.append(decoded)
        }
        return result
    }

    /// The target without its query and fragment.
    static func pathPart(of target: String) -> String {
        let end = target.firstIndex { $0 == "?" || $0 == "#" } ?? target.endIndex
        return String(target[..<end])
    }

    /// A decoded segment may not be empty, hidden, `.`/`..`, or hold a slash, backslash or
    /// control byte.
    private static func isAllowed(_ segment: String) -> Bool {
        guard !segment.isEmpty, !segment.hasPrefix(".") else { return false }
        return !segment.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }
    }

    /// Decodes `%XX` escapes; nil for a malformed escape or bytes that are not UTF-8.
    static func percentDecode(_ bytes: [UInt8]) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
                    return nil
                }
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The canonical absolute path with every symlink followed; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
