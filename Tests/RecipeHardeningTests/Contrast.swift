import Foundation

/// WCAG 2.x relative luminance and contrast ratio of `#rgb` / `#rrggbb` colours.
enum Contrast {
    static func ratio(_ a: String, _ b: String) -> Double? {
        guard let first = luminance(a), let second = luminance(b) else { return nil }
        return (max(first, second) + 0.05) / (min(first, second) + 0.05)
    }

    static func luminance(_ colour: String) -> Double? {
        var digits = colour.trimmingCharacters(in: .whitespaces).lowercased()
        guard digits.hasPrefix("#") else { return nil }
        digits.removeFirst()
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
        let channels = [value >> 16, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }
}
