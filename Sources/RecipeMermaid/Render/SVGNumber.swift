/// Fixed-point formatting of SVG numbers: two decimals by integer arithmetic, half away from
/// zero, trailing zeros trimmed, no `-0`, no locale. The same input gives the same bytes anywhere.
enum SVGNumber {
    /// `value` with at most two decimals (`12`, `12.5`, `-0.25`); non-finite values become `0`.
    /// Written as bytes from the last digit back: a diagram formats thousands of these.
    static func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let scaled = Int((abs(value) * 100).rounded(.toNearestOrAwayFromZero))
        if scaled == 0 { return "0" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var start = buffer.count
            func prepend(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            let fraction = scaled % 100
            if fraction != 0 {
                if fraction % 10 != 0 { prepend(UInt8(ascii: "0") + UInt8(fraction % 10)) }
                prepend(UInt8(ascii: "0") + UInt8(fraction / 10))
                prepend(UInt8(ascii: "."))
            }
            var whole = scaled / 100
            repeat {
                prepend(UInt8(ascii: "0") + UInt8(whole % 10))
                whole /= 10
            } while whole > 0
            if value < 0 { prepend(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// Appends ``format(_:)`` of `value` to `bytes`, without making a String: the digits are
    /// written backwards into a small stack buffer and appended at once.
    static func append(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite, abs(value) < 1e12 else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        let scaled = Int((abs(value) * 100).rounded(.toNearestOrAwayFromZero))
        if scaled == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var start = buffer.count
            let fraction = scaled % 100
            if fraction != 0 {
                if fraction % 10 != 0 {
                    start -= 1
                    buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction % 10)
                }
                start -= 1
                buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction / 10)
                start -= 1
                buffer[start] = UInt8(ascii: ".")
            }
            var whole = scaled / 100
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: whole % 10)
                whole /= 10
            } while whole > 0
            if value < 0 {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// Appends `x,y` to `bytes`.
    static func appendPoint(_ x: Double, _ y: Double, to bytes: inout [UInt8]) {
        append(x, to: &bytes)
        bytes.append(UInt8(ascii: ","))
        append(y, to: &bytes)
    }

    /// A point as `x,y`.
    static func point(_ x: Double, _ y: Double) -> String { format(x) + "," + format(y) }
}
