#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps the safe part of user styles (`classDef`, `style`, `linkStyle`) for inline SVG.
///
/// Only `fill`, `stroke`, `stroke-width`, `stroke-dasharray`, `opacity`, `color`, `font-weight`
/// and `font-style` survive, and only values made of letters, digits, spaces and `# % . , ( ) -`
/// without `url(`, `var(`, `expression` or escapes: a label or style can never inject markup,
/// script, external requests or CSS outside its own element.
enum StyleSanitizer {
    /// Properties drawn on a shape or line.
    static let shapeProperties: Set<String> = [
        "fill", "stroke", "stroke-width", "stroke-dasharray", "opacity",
    ]
    /// Properties drawn on text (`color` becomes the text fill).
    static let textProperties: Set<String> = ["color", "font-weight", "font-style"]

    /// The value if it is safe to put in a `style` attribute, else nil.
    static func safeValue(_ value: String) -> String? {
        let trimmed = value.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.utf8.count <= 64 else { return nil }
        for byte in trimmed.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: " "), UInt8(ascii: "#"),
                UInt8(ascii: "%"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "("),
                UInt8(ascii: ")"), UInt8(ascii: "-"):
                continue
            default:
                return nil
            }
        }
        guard trimmed.utf8.contains(UInt8(ascii: "(")) else { return trimmed }
        let lower = trimmed.lowercased()
        for banned in ["url", "var", "expression", "attr", "image", "element"] where lower.contains(banned + "(") {
            return nil
        }
        return trimmed
    }

    /// The safe declarations split into shape and text CSS (`fill:#f9f;stroke:#333`).
    static func split(_ declarations: [StyleDeclaration]) -> (shape: [(String, String)], text: [(String, String)]) {
        var shape: [(String, String)] = []
        var text: [(String, String)] = []
        for declaration in declarations {
            let property = declaration.property.lowercased()
            guard let value = safeValue(declaration.value) else { continue }
            if shapeProperties.contains(property) {
                shape.removeAll { $0.0 == property }
                shape.append((property, value))
            } else if textProperties.contains(property) {
                let name = property == "color" ? "fill" : property
                text.removeAll { $0.0 == name }
                text.append((name, value))
            }
        }
        return (shape, text)
    }

    /// `a:b;c:d`.
    static func css(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0):\($0.1)" }.joined(separator: ";")
    }

    /// A readable text colour on `fill` when it is a hex or `rgb()` colour, else nil: black or
    /// white, whichever has the higher WCAG 2.x contrast, which is at least 4.58:1 on any fill.
    static func contrastingText(on fill: String) -> String? {
        guard let (r, g, b) = rgb(fill) else { return nil }
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
        return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff"
    }

    /// Components 0…1 of `#rgb`, `#rrggbb` or `rgb(r,g,b)`.
    static func rgb(_ colour: String) -> (Double, Double, Double)? {
        let text = colour.trimmingSpaces().lowercased()
        if text.hasPrefix("#") {
            let digits = Array(text.dropFirst())
            func value(_ s: [Character]) -> Double? { Int(String(s), radix: 16).map { Double($0) } }
            if digits.count == 3 || digits.count == 4,
                let r = value([digits[0]]), let g = value([digits[1]]), let b = value([digits[2]])
            {
                return (r / 15, g / 15, b / 15)
            }
            if digits.count == 6 || digits.count == 8,
                let r = value(Array(digits[0..<2])), let g = value(Array(digits[2..<4])),
                let b = value(Array(digits[4..<6]))
            {
                return (r / 255, g / 255, b / 255)
            }
            return nil
        }
        if text.hasPrefix("rgb(") || text.hasPrefix("rgba(") {
            let inside = text.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }
            let parts = inside.split(separator: ",").compactMap { Double(String($0).trimmingSpaces()) }
            guard parts.count >= 3 else { return nil }
            return (parts[0] / 255, parts[1] / 255, parts[2] / 255)
        }
        return ["white": (1.0, 1.0, 1.0), "black": (0.0, 0.0, 0.0)][text]
    }
}
