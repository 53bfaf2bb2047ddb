/// A strict JSON syntax check (RFC 8259), for patch bodies that kubectl sends as they are.
///
/// Needs: UTF-8 bytes. Guarantees: linear time, nesting bounded by `maxDepth`; returns the byte
/// offset of the first error and what was expected there, or nil for valid JSON.
struct JSONSyntax {
    static let maxDepth = 64

    private let bytes: [UInt8]
    private var index = 0

    static func firstError(_ bytes: [UInt8]) -> (offset: Int, expected: String)? {
        var parser = JSONSyntax(bytes: bytes)
        return parser.document()
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func document() -> (offset: Int, expected: String)? {
        if let error = value(depth: 0) { return error }
        skipBlanks()
        return index < bytes.count ? (index, "the end of the patch") : nil
    }

    private mutating func skipBlanks() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func value(depth: Int) -> (offset: Int, expected: String)? {
        skipBlanks()
        guard depth < Self.maxDepth else { return (index, "less nesting") }
        guard index < bytes.count else { return (index, "a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    private mutating func object(depth: Int) -> (offset: Int, expected: String)? {
        index += 1
        skipBlanks()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return nil
        }
        while true {
            skipBlanks()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                return (index, "'\"' to start an object key")
            }
            if let error = string() { return error }
            skipBlanks()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                return (index, "':' after the key")
            }
            index += 1
            if let error = value(depth: depth + 1) { return error }
            skipBlanks()
            guard index < bytes.count else { return (index, "',' or '}'") }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return nil
            }
            guard bytes[index] == UInt8(ascii: ",") else { return (index, "',' or '}'") }
            index += 1
        }
    }

    private mutating func array(depth: Int) -> (offset: Int, expected: String)? {
        index += 1
        skipBlanks()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return nil
        }
        while true {
            if let error = value(depth: depth + 1) { return error }
            skipBlanks()
            guard index < bytes.count else { return (index, "',' or ']'") }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return nil
            }
            guard bytes[index] == UInt8(ascii: ",") else { return (index, "',' or ']'") }
            index += 1
        }
    }

    private mutating func string() -> (offset: Int, expected: String)? {
        let start = index
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return nil
            }
            if byte < 0x20 { return (index, "no control character inside a string") }
            index += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        return (start, "a closing '\"' for this string")
    }

    private mutating func literal(_ word: String) -> (offset: Int, expected: String)? {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count,
            Array(bytes[index..<(index + expected.count)]) == expected
        else {
            return (index, "a value ('\(word)'?)")
        }
        index += expected.count
        return nil
    }

    private mutating func number() -> (offset: Int, expected: String)? {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        var digits = 0
        while index < bytes.count,
            (bytes[index] >= 0x30 && bytes[index] <= 0x39)
                || [
                    UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"),
                    UInt8(ascii: "-"),
                ].contains(bytes[index])
        {
            index += 1
            digits += 1
        }
        return digits == 0 ? (start, "a value (strings need double quotes)") : nil
    }
}
