/// Content hashes for cache-busting asset names.
enum Fingerprint {
    /// 64-bit FNV-1a of `bytes`.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// `style.css` -> `style.1a2b3c4d.css`, from the first 8 hex digits of the hash.
    static func name(_ name: String, _ bytes: [UInt8]) -> String {
        let hex = String(hash(bytes), radix: 16)
        let digits = String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(8))
        guard let dot = name.lastIndex(of: ".") else { return name + "." + digits }
        return name[..<dot] + "." + digits + name[dot...]
    }
}
