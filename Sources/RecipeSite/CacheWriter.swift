/// Appends values to the bytes of a check cache entry, in the form ``CacheReader`` reads.
///
/// Unsigned numbers are LEB128 varints, `Int`s zigzag varints (small negative numbers stay
/// short), strings their UTF-8 length then bytes, optionals a 0 or 1 tag then the value, arrays
/// their count then elements, and dictionaries their count then key/value pairs in sorted key
/// order, so that the same value always gives the same bytes.
struct CacheWriter {
    /// What was written so far.
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func writeByte(_ byte: UInt8) {
        bytes.append(byte)
    }

    /// `bytes` as they are, without a length: for a fixed header.
    mutating func writeRaw(_ raw: some Sequence<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    mutating func writeUnsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func writeInt(_ value: Int) {
        let wide = Int64(value)
        writeUnsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func writeCount(_ count: Int) {
        writeUnsigned(UInt64(count))
    }

    mutating func writeBool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func writeString(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            writeCount(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write<Value: CacheCodable>(_ value: Value) {
        value.write(to: &self)
    }

    mutating func writeOptional<Value: CacheCodable>(_ value: Value?) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        value.write(to: &self)
    }

    mutating func writeArray<Value: CacheCodable>(_ values: [Value]) {
        writeCount(values.count)
        for value in values { value.write(to: &self) }
    }

    /// The pairs in sorted key order.
    mutating func writeDictionary<Value: CacheCodable>(_ values: [String: Value]) {
        writeCount(values.count)
        for key in values.keys.sorted() {
            writeString(key)
            values[key]!.write(to: &self)
        }
    }
}
