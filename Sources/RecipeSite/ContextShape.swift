/// The shape of a template context: its keys, booleans and list lengths, with its strings and
/// numbers taken out as numbered values.
///
/// Two contexts of the same shape make the template engine take the same path (the same
/// sections, the same iterations, the same lookups); only the values written differ. That holds
/// when the templates use no transforms, lambdas or dynamic partials (``StencilCache/allowsStencils(_:)``),
/// and when every value is written the way its marker is: a value that is empty, or holds a CR
/// or LF (which the engine's partial indentation looks at), is kept in the shape itself.
/// Values are strings, integers (written in decimal, as the engine does), booleans, lists and
/// dictionaries with string keys; a context holding anything else has no shape.
struct ContextShape {
    /// Describes the shape; equal keys mean equal shapes.
    private(set) var key = ""
    /// The strings and numbers taken out, in slot order.
    private(set) var values: [String] = []

    /// The shape of `context`, or nil when it holds a value of a kind this does not know.
    init?(_ context: Any) {
        key.reserveCapacity(512)
        values.reserveCapacity(64)
        guard walk(context, marking: false) != nil else { return nil }
    }

    /// `context` with value number `n` replaced by ``marker(_:)`` of `n`, or nil as `init`.
    static func marked(_ context: Any) -> Any? {
        var shape = ContextShape(empty: ())
        return shape.walk(context, marking: true)
    }

    private init(empty: Void) {}

    /// Stands for value `slot`: written as is, or escaped (`&` becomes `&amp;`), the output shows
    /// which, so a stencil knows whether to escape the value it puts there.
    static func marker(_ slot: Int) -> String { "\u{1}\(slot)&\u{1}" }

    /// Visits `value` depth first, dictionary keys in sorted order; returns the marked value.
    /// The types the renderer builds are told apart by their metatypes, which is much cheaper
    /// than trying casts one after the other; others are cast, and unknown ones have no shape.
    private mutating func walk(_ value: Any, marking: Bool) -> Any? {
        let type = Swift.type(of: value)
        if type == String.self { return leaf(value as! String, marking: marking) }
        if type == [String: Any].self { return walk(dictionary: value as! [String: Any], marking: marking) }
        if type == [String: String].self { return walk(strings: value as! [String: String], marking: marking) }
        if type == [[String: Any]].self {
            return walk(list: value as! [[String: Any]], marking: marking) { $0.walk(dictionary: $1, marking: marking) }
        }
        if type == [[String: String]].self {
            return walk(list: value as! [[String: String]], marking: marking) { $0.walk(strings: $1, marking: marking) }
        }
        switch value {
        case let flag as Bool:
            key += flag ? "t" : "f"
            return flag
        case let number as Int:
            return leaf(String(number), marking: marking)
        case let dictionary as [String: Any]:
            return walk(dictionary: dictionary, marking: marking)
        case let array as [Any]:
            return walk(array: array, marking: marking)
        default:
            return nil
        }
    }

    private mutating func walk(dictionary: [String: Any], marking: Bool) -> Any? {
        walk(mapping: dictionary, marking: marking) { $0.walk($1, marking: marking) }
    }

    private mutating func walk(strings dictionary: [String: String], marking: Bool) -> Any? {
        walk(mapping: dictionary, marking: marking) { $0.leaf($1, marking: marking) }
    }

    private mutating func walk<Value>(mapping: [String: Value], marking: Bool, value: (inout ContextShape, Value) -> Any?) -> Any? {
        key += "{"
        var marked: [String: Any] = [:]
        for (name, item) in mapping.sorted(by: { $0.key < $1.key }) {
            guard name.utf8.count < 128 else { return nil }
            key.unicodeScalars.append(Unicode.Scalar(UInt8(name.utf8.count)))
            key += name
            guard let child = value(&self, item) else { return nil }
            if marking { marked[name] = child }
        }
        key += "}"
        return marked
    }

    private mutating func walk(array: [Any], marking: Bool) -> Any? {
        walk(list: array, marking: marking) { $0.walk($1, marking: marking) }
    }

    private mutating func walk<Element>(list: [Element], marking: Bool, element: (inout ContextShape, Element) -> Any?) -> Any? {
        key += "["
        var marked: [Any] = []
        for item in list {
            guard let child = element(&self, item) else { return nil }
            if marking { marked.append(child) }
        }
        key += "]"
        return marked
    }

    /// A string: a slot, or part of the key when it is empty or holds CR or LF; nil when such a
    /// string also holds byte 1, which the kept string would bring into the markers' output.
    private mutating func leaf(_ string: String, marking: Bool) -> Any? {
        if string.isEmpty || Self.holdsLineBreak(string) {
            guard !string.utf8.contains(1) else { return nil }
            key += "\"" + String(string.utf8.count) + ":" + string
            return string
        }
        key += "s"
        values.append(string)
        return marking ? Self.marker(values.count - 1) : string
    }

    private static func holdsLineBreak(_ string: String) -> Bool {
        let found = string.utf8.withContiguousStorageIfAvailable { bytes in bytes.contains { $0 == 10 || $0 == 13 } }
        return found ?? string.utf8.contains { $0 == 10 || $0 == 13 }
    }
}
