/// The bytes of an SVG being written: literals, numbers and escaped text go straight into one
/// growing buffer, so drawing a diagram makes no String per element or number.
struct SVGWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends a literal as it is.
    mutating func raw(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends text that is already markup (escaped, or made of safe characters only).
    mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends the bytes of another writer.
    mutating func raw(_ other: SVGWriter) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Appends ``SVGNumber/format(_:)`` of `value`.
    mutating func number(_ value: Double) {
        SVGNumber.append(value, to: &bytes)
    }

    /// Appends `x,y`.
    mutating func point(_ x: Double, _ y: Double) {
        SVGNumber.appendPoint(x, y, to: &bytes)
    }

    /// Appends ` name="value"` for a number.
    mutating func attribute(_ name: StaticString, _ value: Double) {
        bytes.append(UInt8(ascii: " "))
        raw(name)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
        number(value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends ``SVGText/escape(_:)`` of `text`.
    mutating func escaped(_ text: String) {
        bytes.append(contentsOf: SVGText.escape(text).utf8)
    }
}
