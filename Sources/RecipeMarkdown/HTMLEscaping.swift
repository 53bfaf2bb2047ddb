/// Escapes text for HTML element content and double-quoted attribute values.
///
/// Works on UTF-8 bytes: the five escaped characters are ASCII, so no other byte can be one of
/// them. Text without any of them, the common case, is returned as it is.
public func escapeHTML(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
        var extra = 0
        for byte in bytes { extra += HTMLEscape.extraLength(byte) }
        guard extra > 0 else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count + extra) { buffer in
            HTMLEscape.write(bytes, into: buffer)
        }
    } ?? text
}

/// Appends `text` escaped for HTML element content and double-quoted attribute values to `out`,
/// without making an escaped copy first when nothing needs escaping.
public func escapeHTML(_ text: String, into out: inout String) {
    var text = text
    let escaped: String? = text.withUTF8 { bytes in
        var extra = 0
        for byte in bytes { extra += HTMLEscape.extraLength(byte) }
        guard extra > 0 else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count + extra) { buffer in
            HTMLEscape.write(bytes, into: buffer)
        }
    }
    out += escaped ?? text
}

/// The byte-level work of ``escapeHTML(_:)``.
enum HTMLEscape {
    /// How many bytes longer `byte` gets when escaped (0 for bytes kept as they are).
    @inline(__always)
    static func extraLength(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"): 3
        case UInt8(ascii: "&"): 4
        case UInt8(ascii: "\""): 5
        case UInt8(ascii: "'"): 4
        default: 0
        }
    }

    /// Writes `bytes` escaped into `buffer`, which has room for them; returns the count written.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        func put(_ entity: StaticString) {
            entity.withUTF8Buffer { entityBytes in
                for byte in entityBytes {
                    buffer[count] = byte
                    count += 1
                }
            }
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "<"): put("&lt;")
            case UInt8(ascii: ">"): put("&gt;")
            case UInt8(ascii: "&"): put("&amp;")
            case UInt8(ascii: "\""): put("&quot;")
            case UInt8(ascii: "'"): put("&#39;")
            default:
                buffer[count] = byte
                count += 1
            }
        }
        return count
    }
}
