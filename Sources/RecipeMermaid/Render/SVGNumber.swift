/// Fixed-point formatting of SVG numbers: two decimals by integer arithmetic, half away from
/// zero, trailing zeros trimmed, no `-0`, no locale. The same input gives the same bytes anywhere.
enum SVGNumber {
    /// `value` with at most two decimals (`12`, `12.5`, `-0.25`); non-finite values become `0`.
    static func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let scaled = Int((abs(value) * 100).rounded(.toNearestOrAwayFromZero))
        if scaled == 0 { return "0" }
        let whole = scaled / 100
        let fraction = scaled % 100
        var text = value < 0 ? "-" : ""
        text += String(whole)
        if fraction != 0 {
            text += "."
            text += fraction < 10 ? "0" + String(fraction) : String(fraction)
            if text.hasSuffix("0") { text.removeLast() }
        }
        return text
    }

    /// A point as `x,y`.
    static func point(_ x: Double, _ y: Double) -> String { format(x) + "," + format(y) }
}
