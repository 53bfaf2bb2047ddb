/// The shape of a template context: its keys, booleans and list lengths, with its strings and
/// numbers taken out as numbered values.
///
/// Two contexts of the same shape make the template engine take the same path (the same
/// sections, the same iterations, the same lookups); only the values written differ. That holds
/// when the templates use no transforms, lambdas or dynamic partials (``StencilCache/allowsStencils(_:)``),
/// and when every value is written the way its marker is: an empty value is kept in the shape
/// itself, and so are the line breaks at a value's ends (which the engine's partial indentation
/// looks at; see `leaf`).
/// Values are strings, integers (written in decimal, as the engine does), booleans, lists and
/// dictionaries with string keys; a context holding anything else has no shape.
struct ContextShape {
    /// Describes the shape; equal keys mean equal shapes. (Bytes: appending to them is cheaper
    /// than to a String, and a page's shape appends a few hundred times.)
    private(set) var key: [UInt8] = []
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
        if type == ShapedContext.self { return walk(shaped: value as! ShapedContext, marking: marking) }
        if type == [String: String].self { return walk(strings: value as! [String: String], marking: marking) }
        if type == [[String: Any]].self {
            return walk(list: value as! [[String: Any]], marking: marking) { $0.walk(dictionary: $1, marking: marking) }
        }
        if type == [[String: String]].self {
            return walk(list: value as! [[String: String]], marking: marking) { $0.walk(strings: $1, marking: marking) }
        }
        switch value {
        case let flag as Bool:
            key.append(flag ? UInt8(ascii: "t") : UInt8(ascii: "f"))
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

    /// A shaped context's key and values as they were worked out; marking walks its
    /// dictionary, which numbers the slots the same way.
    private mutating func walk(shaped: ShapedContext, marking: Bool) -> Any? {
        guard !marking, let shape = shaped.shape else { return walk(dictionary: shaped.context, marking: marking) }
        key += shape.key
        values += shape.values
        return shaped
    }

    private mutating func walk(strings dictionary: [String: String], marking: Bool) -> Any? {
        walk(mapping: dictionary, marking: marking) { $0.leaf($1, marking: marking) }
    }

    private mutating func walk<Value>(mapping: [String: Value], marking: Bool, value: (inout ContextShape, Value) -> Any?) -> Any? {
        key.append(UInt8(ascii: "{"))
        var marked: [String: Any] = [:]
        for (name, item) in mapping.sorted(by: { $0.key < $1.key }) {
            // Below 64, a name's length byte is never "}", so no two shapes share a key.
            guard name.utf8.count < 64 else { return nil }
            key.append(UInt8(name.utf8.count))
            key += name.utf8
            guard let child = value(&self, item) else { return nil }
            if marking { marked[name] = child }
        }
        key.append(UInt8(ascii: "}"))
        return marked
    }

    private mutating func walk(array: [Any], marking: Bool) -> Any? {
        walk(list: array, marking: marking) { $0.walk($1, marking: marking) }
    }

    private mutating func walk<Element>(list: [Element], marking: Bool, element: (inout ContextShape, Element) -> Any?) -> Any? {
        key.append(UInt8(ascii: "["))
        var marked: [Any] = []
        for item in list {
            guard let child = element(&self, item) else { return nil }
            if marking { marked.append(child) }
        }
        key.append(UInt8(ascii: "]"))
        return marked
    }

    /// A string: a slot whose line-break edges are part of the key, or, when empty, part of the
    /// key itself.
    ///
    /// The engine looks at a value's text in one place only: in an indented partial or block it
    /// indents a token's output when that output is not empty and the page so far ends with the
    /// Character "\n" (so not "\r\n", one Character). Whether a value is empty, starts with LF,
    /// or ends with LF, CR or CR LF decides that; line breaks inside it never do, and escaping
    /// neither makes nor moves them. Those four bits, read from at most three bytes, go into the
    /// key, so a long value is never scanned.
    private mutating func leaf(_ string: String, marking: Bool) -> Any? {
        let edges = Self.lineBreakEdges(string)
        if edges == Self.emptyEdges {
            key.append(UInt8(ascii: "\""))
            return string
        }
        key.append(UInt8(ascii: "a") + edges)
        values.append(string)
        return marking ? Self.marker(values.count - 1) : string
    }

    /// What ``lineBreakEdges(_:)`` gives for the empty string.
    private static let emptyEdges: UInt8 = 16

    /// Bit 0: the first byte is LF; bit 1: the last is LF; bit 2: the last is CR; bit 3: the
    /// last but one is CR. 16 for the empty string.
    static func lineBreakEdges(_ string: String) -> UInt8 {
        let utf8 = string.utf8
        guard let first = utf8.first else { return emptyEdges }
        var edges: UInt8 = first == 10 ? 1 : 0
        var end = utf8.endIndex
        end = utf8.index(before: end)
        let last = utf8[end]
        if last == 10 { edges |= 2 }
        if last == 13 { edges |= 4 }
        if end > utf8.startIndex, utf8[utf8.index(before: end)] == 13 { edges |= 8 }
        return edges
    }
}
