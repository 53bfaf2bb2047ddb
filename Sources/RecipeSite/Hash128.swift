/// Two independent 64-bit hashes of a sequence of strings, for cache keys.
///
/// Each string is taken eight bytes at a time (a recipe's whole text is hashed for its key on
/// every build, so a byte at a time cost a few per cent of a rebuild), then its length, so
/// that ("ab", "c") and ("a", "bc") differ. Every step is a bijection of each lane's state:
/// inputs of the same lengths that differ in one word never give the same state.
struct Hash128 {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x8422_2325_cbf2_9ce4

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var offset = 0
            while offset + 8 <= raw.count {
                mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            if offset < raw.count {
                var last: UInt64 = 0
                for index in offset..<raw.count { last |= UInt64(raw[index]) << (8 * UInt64(index - offset)) }
                mix(last)
            }
            // The length ends the string, so that a shorter string padded with zeros differs.
            mix(UInt64(raw.count) ^ 0xFF00_0000_0000_0000)
        }
    }

    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0x9E37_79B9_7F4A_7C15
        a ^= a >> 32
        b = (b ^ (word << 29 | word >> 35)) &* 0xC2B2_AE3D_27D4_EB4F
        b ^= b >> 29
    }

    var hex: String {
        func pad(_ value: UInt64) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
        return pad(a) + pad(b)
    }
}
