/// Byte-level versions of the label text rules for labels that are all ASCII, which most are.
///
/// In ASCII every `Character` is one byte except `\r\n`, which the rules treat as whitespace or a
/// line break either way, so these give exactly what the `Character` versions in ``LabelBox`` and
/// ``FlowchartSummary`` give, without walking grapheme clusters. Text with any other byte must go
/// the `Character` way (a combining mark after `>` or a space changes the answer there).
enum ASCIILabel {
    /// Whether every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Space, tab and the ASCII line breaks (`\n`, `\u{0B}`, `\u{0C}`, `\r`).
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || (byte >= 0x0A && byte <= 0x0D)
    }

    /// Line breaks as `Character.isNewline` sees them in ASCII.
    static func isNewline(_ byte: UInt8) -> Bool { byte >= 0x0A && byte <= 0x0D }

    /// The length of a `<br>`, `<br/>` or `<br />` tag (any case) at `index`, or nil.
    static func breakTagLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        func lower(_ i: Int) -> UInt8 {
            guard index + i < bytes.count else { return 0 }
            let byte = bytes[index + i]
            return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        guard lower(0) == UInt8(ascii: "<"), lower(1) == UInt8(ascii: "b"), lower(2) == UInt8(ascii: "r") else {
            return nil
        }
        if lower(3) == UInt8(ascii: ">") { return 4 }
        if lower(3) == UInt8(ascii: "/"), lower(4) == UInt8(ascii: ">") { return 5 }
        if lower(3) == UInt8(ascii: " "), lower(4) == UInt8(ascii: "/"), lower(5) == UInt8(ascii: ">") { return 6 }
        return nil
    }

    /// ``FlowchartSummary/plain(_:)`` of ASCII `text`.
    static func plain(_ text: String) -> String {
        var result: [UInt8] = []
        appendPlain(text, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends ``FlowchartSummary/plain(_:)`` of ASCII `text` to `result`.
    static func appendPlain(_ text: String, to result: inout [UInt8]) {
        var text = text
        let start = result.count
        text.withUTF8 { bytes in
            result.reserveCapacity(start + bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<"), let length = breakTagLength(bytes, at: index) {
                    pendingSpace = true
                    index += length
                    continue
                }
                if isSpace(byte) {
                    pendingSpace = true
                } else {
                    if pendingSpace && result.count > start { result.append(0x20) }
                    pendingSpace = false
                    result.append(byte)
                }
                index += 1
            }
        }
    }

    /// ``LabelBox/splitLines(_:markdown:)`` of ASCII `text`.
    static func splitLines(_ text: String, markdown: Bool) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var index = 0
            func cut(_ end: Int) {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<"), let length = breakTagLength(bytes, at: index) {
                    cut(index)
                    index += length
                    start = index
                    continue
                }
                if markdown && isNewline(byte) {
                    cut(index)
                    // `\r\n` is one line break.
                    index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                    start = index
                    continue
                }
                index += 1
            }
            cut(bytes.count)
            return lines
        }
    }

    /// The text of ASCII `text` with whitespace collapsed as ``LabelBox/collapse(_:)`` does;
    /// `lastWasSpace` carries over between the runs of a line.
    static func collapse(_ text: String, lastWasSpace: inout Bool) -> String {
        // Usually there is nothing to change: no tab or line break, no space first or doubled.
        var last = lastWasSpace
        var unchanged = true
        for byte in text.utf8 {
            if byte > 0x20 {
                last = false
            } else if byte == 0x20 && !last {
                last = true
            } else {
                unchanged = false
                break
            }
        }
        if unchanged {
            lastWasSpace = last
            return text
        }
        var text = text
        last = lastWasSpace
        let result = text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            for byte in bytes {
                if isSpace(byte) {
                    if !last { out.append(0x20) }
                    last = true
                } else {
                    out.append(byte)
                    last = false
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        lastWasSpace = last
        return result
    }
}
