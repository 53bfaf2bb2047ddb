/// Counts the words of a page's text for the search index, by their bytes: a word met again
/// is found in an open-addressing table by an FNV-1a hash of its lowercase bytes, so no String
/// is made or hashed per word, only for the few terms the index keeps.
struct TermCounter {
    /// The lowercase bytes of every distinct word, one after another.
    private var bytes: [UInt8] = []
    /// Per distinct word: where its bytes start, how many there are, how often it was met, its hash.
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var counts: [Int] = []
    private var hashes: [UInt64] = []
    /// Entry numbers, -1 where free; the count is a power of two, at least twice the entries.
    private var slots = [Int](repeating: -1, count: 256)

    /// Counts every ASCII word or number of `text` of `lengths` letters (as
    /// ``SearchIndex/forEachTerm(in:_:)`` splits it), lowercase.
    mutating func count(_ text: String, lengths range: ClosedRange<Int>) {
        var text = text
        text.withUTF8 { text in
            var start = -1
            for index in 0...text.count {
                if index < text.count, SearchIndex.isWordByte(text[index]) {
                    if start < 0 { start = index }
                    continue
                }
                guard start >= 0 else { continue }
                if range.contains(index - start) { add(UnsafeBufferPointer(rebasing: text[start..<index])) }
                start = -1
            }
        }
    }

    /// Counts one word (its bytes as written; they are lowercased here).
    mutating func add(_ word: UnsafeBufferPointer<UInt8>) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(Self.lowercase(byte))) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
        while slots[slot] >= 0 {
            let entry = slots[slot]
            if hashes[entry] == hash, lengths[entry] == word.count, matches(entry, word) {
                counts[entry] += 1
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = starts.count
        starts.append(bytes.count)
        lengths.append(word.count)
        counts.append(1)
        hashes.append(hash)
        for byte in word { bytes.append(Self.lowercase(byte)) }
        if starts.count * 2 > slots.count { grow() }
    }

    /// Up to `limit` words, most frequent first and alphabetically among equals, leaving out
    /// those `excluded` says to. Words are grouped by count, and only the groups reached are
    /// sorted (most words of a page are met once or twice).
    func top(_ limit: Int, excluding excluded: (String) -> Bool) -> [String] {
        guard let highest = counts.max() else { return [] }
        var groups = [[Int]](repeating: [], count: highest + 1)
        for entry in counts.indices { groups[counts[entry]].append(entry) }
        var kept: [String] = []
        for count in stride(from: highest, through: 1, by: -1) where kept.count < limit && !groups[count].isEmpty {
            for entry in alphabetical(groups[count]) where kept.count < limit {
                let term = String(decoding: bytes[starts[entry]..<starts[entry] + lengths[entry]], as: UTF8.self)
                if !excluded(term) { kept.append(term) }
            }
        }
        return kept
    }

    /// `entries` in the byte order of their words (for ASCII, String's order): by their first
    /// eight bytes as one number (zeros after a shorter word, which sorts first, as it should),
    /// then by all their bytes where those are equal.
    private func alphabetical(_ entries: [Int]) -> [Int] {
        bytes.withUnsafeBufferPointer { bytes in
            var keyed = entries.map { entry -> (prefix: UInt64, entry: Int) in
                var prefix: UInt64 = 0
                for offset in 0..<8 {
                    prefix <<= 8
                    if offset < lengths[entry] { prefix |= UInt64(bytes[starts[entry] + offset]) }
                }
                return (prefix, entry)
            }
            keyed.sort { a, b in
                if a.prefix != b.prefix { return a.prefix < b.prefix }
                return bytes[starts[a.entry]..<starts[a.entry] + lengths[a.entry]]
                    .lexicographicallyPrecedes(bytes[starts[b.entry]..<starts[b.entry] + lengths[b.entry]])
            }
            return keyed.map(\.entry)
        }
    }

    private func matches(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var offset = 0
            let start = starts[entry]
            while offset < word.count {
                if bytes[start + offset] != Self.lowercase(word[offset]) { return false }
                offset += 1
            }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for entry in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[entry] ^ (hashes[entry] >> 32)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}
