/// Text widths in Liberation Sans (Arial's metrics), so labels fit without a browser.
///
/// Width = (Σ advances + Σ pair kerning) × size / 2048, rounded up to 1/64 px as Chromium does
/// (reference: layered-layout §6). Code points outside the table: 0 for combining marks and
/// joiners, 1 em for East Asian wide characters, 1.25 em for emoji, 0.6 em otherwise (erring wide).
public enum TextMetrics {
    /// The four styles of the font.
    public enum Style: Int, Sendable, CaseIterable {
        case regular, bold, italic, boldItalic
    }

    /// Decoded advances and kerning of one style.
    struct Face: Sendable {
        /// Advance per code point of `FontMetricsTable.ranges`, concatenated; -1 when missing.
        var advances: [Int16]
        /// Kerning by `left << 32 | right`.
        var kerning: [UInt64: Int16]
        /// The same kerning for two ASCII characters, by `left << 7 | right` (0 for no pair).
        var asciiKerning: [Int16]
    }

    /// Start offsets of each range in `Face.advances`.
    static let rangeOffsets: [Int] = {
        var offsets: [Int] = []
        var total = 0
        for (low, high) in FontMetricsTable.ranges {
            offsets.append(total)
            total += Int(high - low) + 1
        }
        return offsets
    }()

    static let faces: [Face] = [
        decode(FontMetricsTable.regularAdvances, FontMetricsTable.regularKerning),
        decode(FontMetricsTable.boldAdvances, FontMetricsTable.boldKerning),
        decode(FontMetricsTable.italicAdvances, FontMetricsTable.italicKerning),
        decode(FontMetricsTable.boldItalicAdvances, FontMetricsTable.boldItalicKerning),
    ]

    private static func hexValue(_ bytes: ArraySlice<UInt8>) -> Int {
        var value = 0
        for byte in bytes {
            let digit: Int
            switch byte {
            case 0x30...0x39: digit = Int(byte) - 0x30
            case 0x61...0x66: digit = Int(byte) - 0x61 + 10
            default: digit = 0
            }
            value = value * 16 + digit
        }
        return value
    }

    private static func decode(_ advances: String, _ kerning: String) -> Face {
        let advanceBytes = Array(advances.utf8)
        var decoded: [Int16] = []
        decoded.reserveCapacity(advanceBytes.count / 3)
        var index = 0
        while index + 3 <= advanceBytes.count {
            let value = hexValue(advanceBytes[index..<index + 3])
            decoded.append(value == 0xFFF ? -1 : Int16(value))
            index += 3
        }
        let kerningBytes = Array(kerning.utf8)
        var pairs: [UInt64: Int16] = [:]
        index = 0
        while index + 12 <= kerningBytes.count {
            let left = UInt64(hexValue(kerningBytes[index..<index + 4]))
            let right = UInt64(hexValue(kerningBytes[index + 4..<index + 8]))
            let value = hexValue(kerningBytes[index + 8..<index + 12]) - 0x8000
            pairs[left << 32 | right] = Int16(value)
            index += 12
        }
        var asciiKerning = [Int16](repeating: 0, count: 128 * 128)
        for (pair, value) in pairs where pair >> 32 < 128 && pair & 0xFFFF_FFFF < 128 {
            asciiKerning[Int(pair >> 32) << 7 | Int(pair & 0xFFFF_FFFF)] = value
        }
        return Face(advances: decoded, kerning: pairs, asciiKerning: asciiKerning)
    }

    /// The advance of `scalar` in font units, or nil when the table does not have it.
    static func advance(_ scalar: Unicode.Scalar, in face: Face) -> Int? {
        let value = scalar.value
        for (i, (low, high)) in FontMetricsTable.ranges.enumerated() where value >= low && value <= high {
            let advance = face.advances[rangeOffsets[i] + Int(value - low)]
            return advance < 0 ? nil : Int(advance)
        }
        return nil
    }

    /// The width estimate, in font units, of a code point the font does not have.
    static func fallbackAdvance(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        let properties = scalar.properties
        if value == 0x200C || value == 0x200D || (0xFE00...0xFE0F).contains(value)
            || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .enclosingMark
        {
            return 0
        }
        if properties.isEmojiPresentation || (0x1F000...0x1FAFF).contains(value) { return 2560 }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFF00...0xFF60).contains(value) || (0x20000...0x3FFFD).contains(value)
        {
            return 2048
        }
        return 1229
    }

    /// The width in pixels of `text` at `size`, rounded up to 1/64 px.
    public static func width(_ text: String, size: Double = 16, style: Style = .regular) -> Double {
        let face = faces[style.rawValue]
        let units = ASCIILabel.isASCII(text) ? asciiUnits(text, in: face) : units(text, in: face)
        let pixels = Double(units) * size / Double(FontMetricsTable.unitsPerEm)
        return (pixels * 64).rounded(.up) / 64
    }

    /// Σ advances + Σ kerning of ASCII `text`, in font units, from flat tables.
    static func asciiUnits(_ text: String, in face: Face) -> Int {
        var units = 0
        var previous = 0
        // The first range of the table starts at U+0020, so an ASCII advance is at byte - 0x20.
        let firstLow = Int(FontMetricsTable.ranges[0].0)
        for byte in text.utf8 {
            let value = Int(byte)
            let advance = value >= firstLow ? Int(face.advances[value - firstLow]) : -1
            units += advance >= 0 ? advance : fallbackAdvance(Unicode.Scalar(byte))
            if previous != 0 { units += Int(face.asciiKerning[previous << 7 | value]) }
            previous = value
        }
        return units
    }

    /// Σ advances + Σ kerning of any `text`, in font units, scalar by scalar.
    static func units(_ text: String, in face: Face) -> Int {
        var units = 0
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            units += advance(scalar, in: face) ?? fallbackAdvance(scalar)
            if previous != 0, let kern = face.kerning[UInt64(previous) << 32 | UInt64(scalar.value)] {
                units += Int(kern)
            }
            previous = scalar.value
        }
        return units
    }
}
