/// A scan of generated HTML or SVG for anything that could run script or load from elsewhere.
///
/// Needs: markup recipegen wrote (the scan is a tokenizer for tags and attributes, not a full
/// HTML parser). Guarantees: reports elements that run or embed content (`script`, `iframe`,
/// `object`, `embed`, `base`, `meta`, `link`, `form`, `foreignObject`), event-handler attributes
/// (`on…`), `href`/`src`/`action` values with a scheme other than http(s)/mailto, and style
/// attributes that reference URLs or expressions.
public enum HTMLSafety {
    static let forbiddenElements: Set<String> = [
        "script", "iframe", "frame", "object", "embed", "base", "meta", "link", "form", "foreignobject",
        "applet", "svg:script",
    ]
    static let urlAttributes: Set<String> = ["href", "src", "xlink:href", "action", "formaction", "srcset", "data", "poster"]

    /// One line per unsafe tag or attribute found in `html`.
    public static func violations(_ html: String) -> [String] {
        let bytes = Array(html.utf8)
        var found: [String] = []
        var index = 0
        while index < bytes.count, found.count < 8 {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count, isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            let (tag, attributes, next) = parseTag(bytes, from: index + 1)
            index = next
            if forbiddenElements.contains(tag) { found.append("element <\(tag)>") }
            for (name, value) in attributes {
                if name.hasPrefix("on") { found.append("event attribute '\(name)' on <\(tag)>") }
                if urlAttributes.contains(name), !isSafeURL(value) { found.append("\(name)='\(value.prefix(60))' on <\(tag)>") }
                if name == "style" {
                    let lower = value.lowercased()
                    if lower.contains("url(") || lower.contains("expression") || lower.contains("\\") || lower.contains("@import") {
                        found.append("style '\(value.prefix(60))' on <\(tag)>")
                    }
                }
            }
        }
        return found
    }

    /// Relative, fragment, http(s) or mailto after entity decoding and with control characters
    /// and blanks removed, as browsers read them.
    static func isSafeURL(_ raw: String) -> Bool {
        let decoded = decodeEntities(raw).unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)
        let text = String(decoded).lowercased()
        guard let colon = text.firstIndex(of: ":") else { return true }
        if let stop = text.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }), stop < colon { return true }
        let scheme = text[..<colon]
        return scheme == "http" || scheme == "https" || scheme == "mailto"
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Reads `name attr="value" …>` starting after `<`; returns the lowercased tag name, the
    /// attributes and the index after the tag.
    private static func parseTag(_ bytes: [UInt8], from start: Int) -> (String, [(String, String)], Int) {
        var index = start
        func isNameByte(_ byte: UInt8) -> Bool {
            !(byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || byte == 0x0C)
        }
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        let tag = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
        var attributes: [(String, String)] = []
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            if !isNameByte(bytes[index]) {
                index += 1
                continue
            }
            let nameStart = index
            while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let valueStart = index + 1
                    index = valueStart
                    while index < bytes.count, bytes[index] != quote { index += 1 }
                    value = String(decoding: bytes[valueStart..<min(index, bytes.count)], as: UTF8.self)
                    index += 1
                } else {
                    let valueStart = index
                    while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            attributes.append((name, value))
        }
        return (tag, attributes, index + 1)
    }

    /// Decodes `&#NN;`, `&#xNN;` and the few named entities a scheme could hide behind.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            let end = rest.firstIndex(of: ";") ?? rest.endIndex
            let entity = rest[rest.index(after: rest.startIndex)..<end]
            var scalar: Unicode.Scalar?
            if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if entity.hasPrefix("#") {
                scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                scalar = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "quot": "\"", "lt": "<", "gt": ">"][String(entity)]
            }
            if let scalar, end != rest.endIndex, entity.count <= 10 {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: end)...]
            } else {
                out += "&"
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }
}
