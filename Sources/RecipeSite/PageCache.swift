import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Remembers what the previous build wrote into the output folder, so that a rebuild can link a
/// page whose inputs did not change from the old output instead of rendering and writing it.
///
/// One manifest file in the cache folder lists, for each file of the last output: the key of
/// its inputs (see ``PageKeys``; empty for files that are always rendered), the hash and size
/// of the bytes written, and the file's inode, device and modification time as written. An old
/// file is trusted only when the output still holds recipegen's marker and the file's status
/// matches the record exactly: anything else (a file edited or replaced by hand, another output
/// folder, a missing or damaged manifest) is rendered and written again.
struct PageCache {
    /// The manifest's name inside the cache folder.
    static let fileName = "pages.manifest"
    /// The manifest's first line; bumped whenever its layout or the page keys change.
    static let format = "recipegen-pages-1"

    /// What is known about one file of the previous output.
    struct Entry: Equatable {
        var key: String
        var hash: UInt64
        var size: Int64
        var inode: UInt64
        var device: UInt64
        var seconds: Int64
        var nanoseconds: Int64
    }

    let directory: String
    /// The output folder, absolute; the manifest names it so another output is never trusted.
    let output: String
    private(set) var previous: [String: Entry] = [:]

    /// Reads the manifest for `output` from the cache folder; an unusable one gives no entries.
    init(directory: String, output: String) {
        self.directory = directory
        self.output = URL(fileURLWithPath: output).standardizedFileURL.path
        guard Self.isRegularFile(self.output + "/" + OutputWriter.marker),
            let data = FileManager.default.contents(atPath: directory + "/" + Self.fileName)
        else { return }
        previous = Self.parse(Array(data), output: self.output)
    }

    /// Whether the old output's `path` can stand for a page whose inputs have `key`.
    func reusable(_ path: String, key: String) -> Bool {
        guard let entry = previous[path], !entry.key.isEmpty, entry.key == key else { return false }
        return matchesDisk(path, entry)
    }

    /// Whether the old output's `path` holds exactly `bytes` (by hash and size, as recorded).
    func holds(_ path: String, hash: UInt64, size: Int) -> Bool {
        guard let entry = previous[path], entry.hash == hash, entry.size == Int64(size) else { return false }
        return matchesDisk(path, entry)
    }

    /// The recorded hash of `path` in the old output.
    func hash(of path: String) -> UInt64? { previous[path]?.hash }

    private func matchesDisk(_ path: String, _ entry: Entry) -> Bool {
        guard let status = Self.status(output + "/" + path) else { return false }
        var current = entry
        current.size = status.size
        current.inode = status.inode
        current.device = status.device
        current.seconds = status.seconds
        current.nanoseconds = status.nanoseconds
        return current == entry
    }

    /// Whether the manifest already records exactly `files`: the same paths, keys and hashes.
    /// (Their status on disk is the recorded one when every file was found reusable.)
    func records(_ files: [String: (key: String, hash: UInt64)]) -> Bool {
        files.count == previous.count
            && files.allSatisfy { path, record in previous[path].map { $0.key == record.key && $0.hash == record.hash } ?? false }
    }

    /// Writes the manifest for the output just written: `files` maps each output path to its
    /// key (empty when it has none) and the hash of its bytes; the status is read from disk.
    func save(_ files: [String: (key: String, hash: UInt64)]) {
        var text = Self.format + "\t" + output + "\n"
        for path in files.keys.sorted() where Self.isRecordable(path) {
            guard let record = files[path], let status = Self.status(output + "/" + path) else { continue }
            text += "\(path)\t\(record.key.isEmpty ? "-" : record.key)\t\(record.hash)\t\(status.size)\t\(status.inode)\t\(status.device)\t\(status.seconds)\t\(status.nanoseconds)\n"
        }
        let path = directory + "/" + Self.fileName
        let temporary = path + ".tmp-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }

    // MARK: format

    static func parse(_ bytes: [UInt8], output: String) -> [String: Entry] {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        guard let header = lines.first, String(decoding: header, as: UTF8.self) == format + "\t" + output else { return [:] }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == 8, let hash = UInt64(text(fields[2])), let size = Int64(text(fields[3])),
                let inode = UInt64(text(fields[4])), let device = UInt64(text(fields[5])),
                let seconds = Int64(text(fields[6])), let nanoseconds = Int64(text(fields[7]))
            else { return [:] }
            let key = text(fields[1])
            entries[text(fields[0])] = Entry(
                key: key == "-" ? "" : key, hash: hash, size: size, inode: inode, device: device,
                seconds: seconds, nanoseconds: nanoseconds)
        }
        return entries
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Paths the line format can hold.
    static func isRecordable(_ path: String) -> Bool {
        !path.utf8.contains { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    }

    private struct Status {
        var size: Int64
        var inode: UInt64
        var device: UInt64
        var seconds: Int64
        var nanoseconds: Int64
    }

    /// The status of a regular file that is not a link; nil for anything else.
    private static func status(_ path: String) -> Status? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
            let modified = info.st_mtimespec
        #else
            let modified = info.st_mtim
        #endif
        return Status(
            size: Int64(info.st_size), inode: UInt64(info.st_ino), device: UInt64(info.st_dev),
            seconds: Int64(modified.tv_sec), nanoseconds: Int64(modified.tv_nsec))
    }

    private static func isRegularFile(_ path: String) -> Bool { status(path) != nil }

    /// A 64-bit hash of `bytes`, eight bytes at a time (FNV-1a over words, then mixed).
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { buffer -> UInt64 in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(buffer.count)
            var offset = 0
            while offset + 8 <= buffer.count {
                let word = buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                hash = (hash ^ word) &* 0x100_0000_01b3
                hash ^= hash >> 29
                offset += 8
            }
            while offset < buffer.count {
                hash = (hash ^ UInt64(buffer[offset])) &* 0x100_0000_01b3
                offset += 1
            }
            hash ^= hash >> 32
            hash = hash &* 0xff51_afd7_ed55_8ccd
            return hash ^ (hash >> 33)
        }
    }
}
