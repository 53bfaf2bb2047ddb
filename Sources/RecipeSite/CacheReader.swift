/// Reads values back from the bytes ``CacheWriter`` wrote.
///
/// Every read checks the bytes it needs are there and valid: a damaged entry throws
/// ``Damage``, never traps, and a count is never believed beyond the bytes left (each element
/// takes at least one byte), so damage cannot make it allocate more than the entry's size.
struct CacheReader {
    /// Why an entry's bytes cannot be read.
    enum Damage: Error, Equatable {
        /// The bytes end before the value does.
        case truncated
        /// A varint longer than 64 bits.
        case overlongNumber
        /// An optional's or a Bool's tag that is neither 0 nor 1.
        case badTag(UInt8)
        /// A string's bytes are not UTF-8.
        case badUTF8
        /// A count larger than the bytes left.
        case countTooLarge
        /// A value out of its type's range, such as an unknown severity.
        case badValue
        /// The entry does not start with the expected header, or has bytes after its end.
        case badFraming
    }

    private let bytes: [UInt8]
    /// Where the next read starts.
    private(set) var offset: Int
    /// Where the bytes to read end.
    private let end: Int

    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.end = min(end ?? bytes.count, bytes.count)
        offset = min(max(start, 0), self.end)
    }

    /// Whether every byte was read.
    var isAtEnd: Bool { offset == end }

    mutating func readByte() throws(Damage) -> UInt8 {
        guard offset < end else { throw .truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// Reads `expected` as it is, throwing when the bytes differ.
    mutating func expectRaw(_ expected: [UInt8]) throws(Damage) {
        guard end - offset >= expected.count, bytes[offset..<offset + expected.count].elementsEqual(expected) else { throw .badFraming }
        offset += expected.count
    }

    mutating func readUnsigned() throws(Damage) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            if shift == 63, byte > 1 { throw .overlongNumber }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
    }

    mutating func readInt() throws(Damage) -> Int {
        let raw = try readUnsigned()
        let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        guard let int = Int(exactly: value) else { throw .badValue }
        return int
    }

    /// A count of elements or bytes, at most the bytes left.
    mutating func readCount() throws(Damage) -> Int {
        let count = try readUnsigned()
        guard count <= UInt64(end - offset) else { throw .countTooLarge }
        return Int(count)
    }

    mutating func readBool() throws(Damage) -> Bool {
        switch try readByte() {
        case 0: return false
        case 1: return true
        case let tag: throw .badTag(tag)
        }
    }

    mutating func readString() throws(Damage) -> String {
        let count = try readCount()
        guard count > 0 else { return "" }
        let start = offset
        offset += count
        guard let string = String(validating: bytes[start..<start + count], as: UTF8.self) else { throw .badUTF8 }
        return string
    }

    mutating func read<Value: CacheCodable>(_: Value.Type = Value.self) throws -> Value {
        try Value(from: &self)
    }

    mutating func readOptional<Value: CacheCodable>(_: Value.Type = Value.self) throws -> Value? {
        try readBool() ? Value(from: &self) : nil
    }

    mutating func readArray<Value: CacheCodable>(_: Value.Type = Value.self) throws -> [Value] {
        let count = try readCount()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Value(from: &self)) }
        return values
    }

    /// A dictionary written by ``CacheWriter/writeDictionary(_:)``; a key twice is damage.
    mutating func readDictionary<Value: CacheCodable>(_: Value.Type = Value.self) throws -> [String: Value] {
        let count = try readCount()
        var values: [String: Value] = [:]
        values.reserveCapacity(count)
        for _ in 0..<count {
            let key = try readString()
            guard values.updateValue(try Value(from: &self), forKey: key) == nil else { throw Damage.badValue }
        }
        return values
    }
}
