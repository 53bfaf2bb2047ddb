import RecipeDiagnostics

/// A node of a parsed YAML document, with its range in the block's own coordinates.
///
/// Aliases are expanded: an alias node is a copy of the node its anchor names (with that node's
/// range). Merge keys (`<<`) are applied, as Kubernetes' YAML decoder applies them.
public struct YAMLNode: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case scalar(YAMLScalar)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public var kind: Kind
    /// From the first byte of the node to just past its last byte.
    public var range: SourceRange
    /// The explicit tag (`!!str`, `!custom`), if the document wrote one.
    public var tag: String?

    public init(_ kind: Kind, range: SourceRange, tag: String? = nil) {
        self.kind = kind
        self.range = range
        self.tag = tag
    }

    /// The scalar, if this is a scalar node.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    /// The key–value pairs, if this is a mapping.
    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The items, if this is a sequence.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The value of the last pair whose key is the scalar `key` (the one kubectl would keep).
    public subscript(key: String) -> YAMLNode? {
        pair(key)?.value
    }

    /// The last pair whose key is the scalar `key`.
    public func pair(_ key: String) -> YAMLPair? {
        pairs?.last { $0.key.scalar?.text == key }
    }

    /// The text of a scalar node whose value is a string; nil for other nodes and values.
    public var string: String? {
        if case .string(let text)? = scalar?.value { return text }
        return nil
    }

    /// Whether this is a null scalar (`~`, `null`, or nothing at all).
    public var isNull: Bool {
        if case .null? = scalar?.value { return true }
        return false
    }

    /// What kind of value this node is, in the words of an error message ("a string", "a list").
    public var typeDescription: String {
        switch kind {
        case .mapping: return "an object"
        case .sequence: return "a list"
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return "null"
            case .bool: return "a boolean"
            case .int: return "an integer"
            case .float: return "a number"
            case .string: return "a string"
            }
        }
    }
}

/// One key–value pair of a mapping, in document order.
public struct YAMLPair: Hashable, Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

/// A scalar: the text as written (after unquoting and folding) and the value it resolves to.
public struct YAMLScalar: Hashable, Sendable {
    public enum Style: Hashable, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's content, unquoted.
    public var text: String
    public var style: Style
    /// The value under Kubernetes' resolution rules (YAML 1.1: `yes`/`no`/`on`/`off` are booleans).
    public var value: YAMLValue

    public init(text: String, style: Style, value: YAMLValue) {
        self.text = text
        self.style = style
        self.value = value
    }
}

/// The resolved value of a scalar.
public enum YAMLValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}
