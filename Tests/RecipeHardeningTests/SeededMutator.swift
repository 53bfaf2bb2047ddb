/// Byte-level mutations from a fixed seed, like a fuzzer's but reproducible: flips, inserts of
/// bytes that matter to the parsers (quotes, brackets, colons, newlines, CR, NUL, invalid UTF-8),
/// deletions, duplications of a slice and splices of long runs.
struct SeededMutator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    static let interesting: [[UInt8]] = [
        Array("\"".utf8), Array("'".utf8), Array("[".utf8), Array("]".utf8), Array("{".utf8), Array("}".utf8),
        Array(":".utf8), Array("\n".utf8), Array("\r".utf8), Array("\r\n".utf8), [0], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF],
        Array("---\n".utf8), Array("```".utf8), Array("&a ".utf8), Array("*a".utf8), Array("$(".utf8), Array("<<EOF\n".utf8),
        Array("-->".utf8), Array("subgraph ".utf8), Array("end\n".utf8), Array("\\".utf8), Array("<script>".utf8),
        Array("\t".utf8), Array("|".utf8), Array("#".utf8), Array("%%".utf8), Array("classDef a fill:#f00\n".utf8),
    ]

    /// One to four mutations of `seed`.
    mutating func mutate(_ seed: [UInt8]) -> [UInt8] {
        var bytes = seed
        for _ in 0...below(4) {
            let at = below(bytes.count + 1)
            switch below(6) {
            case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= UInt8(truncatingIfNeeded: 1 << below(8))
            case 1: bytes.insert(contentsOf: Self.interesting[below(Self.interesting.count)], at: at)
            case 2 where !bytes.isEmpty: bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(16)))
            case 3 where !bytes.isEmpty:
                let start = below(bytes.count)
                let slice = bytes[start..<min(bytes.count, start + 1 + below(64))]
                bytes.insert(contentsOf: slice, at: at)
            case 4:
                let run = Self.interesting[below(Self.interesting.count)]
                bytes.insert(contentsOf: Array([[UInt8]](repeating: run, count: 1 + below(200)).joined()), at: at)
            default: bytes.insert(UInt8(truncatingIfNeeded: next()), at: at)
            }
        }
        return bytes
    }
}
