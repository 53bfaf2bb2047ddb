/// A 64-bit checksum of a check cache entry's bytes, so that a damaged entry is found before
/// its values are used: any one changed byte changes it (each step is a bijection of the state).
enum CacheChecksum {
    /// The checksum of `bytes[range]`, eight bytes at a time.
    static func of(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(range.count)
        bytes.withUnsafeBytes { raw in
            var offset = range.lowerBound
            while offset + 8 <= range.upperBound {
                state = mix(state ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            while offset < range.upperBound {
                state = mix(state ^ UInt64(raw[offset]))
                offset += 1
            }
        }
        return state
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &* 0xBF58_476D_1CE4_E5B9
        z ^= z >> 31
        return z &* 0x94D0_49BB_1331_11EB
    }
}
