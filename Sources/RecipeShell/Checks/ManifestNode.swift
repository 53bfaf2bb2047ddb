import RecipeDiagnostics
import RecipeYAML

/// Builds and edits `YAMLNode` trees for Services that commands create or patch. Every node
/// carries the range of the word (or part of a word) that produced it, so that a schema error
/// lands on the command line.
enum ManifestNode {
    static func string(_ text: String, _ range: SourceRange) -> YAMLNode {
        YAMLNode(
            .scalar(YAMLScalar(text: text, style: .doubleQuoted, value: .string(text))),
            range: range)
    }

    static func int(_ value: Int, _ range: SourceRange) -> YAMLNode {
        YAMLNode(
            .scalar(YAMLScalar(text: String(value), style: .plain, value: .int(value))),
            range: range)
    }

    /// A number when `text` is one, else a string (intstr, such as a targetPort).
    static func intOrString(_ text: String, _ range: SourceRange) -> YAMLNode {
        Int(text).map { int($0, range) } ?? string(text, range)
    }

    /// A mapping; keys take the range of their value.
    static func map(_ pairs: [(String, YAMLNode)], _ range: SourceRange) -> YAMLNode {
        YAMLNode(
            .mapping(pairs.map { YAMLPair(key: string($0.0, $0.1.range), value: $0.1) }),
            range: range)
    }

    static func list(_ items: [YAMLNode], _ range: SourceRange) -> YAMLNode {
        YAMLNode(.sequence(items), range: range)
    }

    /// The same tree with every range replaced by `range` (a manifest from another file that a
    /// patch on this line changes: its errors are reported on the patch).
    static func relocated(_ node: YAMLNode, to range: SourceRange, depth: Int = 0) -> YAMLNode {
        guard depth < 64 else { return node }
        var copy = node
        copy.range = range
        switch node.kind {
        case .scalar: break
        case .mapping(let pairs):
            copy.kind = .mapping(
                pairs.map {
                    YAMLPair(
                        key: relocated($0.key, to: range, depth: depth + 1),
                        value: relocated($0.value, to: range, depth: depth + 1))
                })
        case .sequence(let items):
            copy.kind = .sequence(items.map { relocated($0, to: range, depth: depth + 1) })
        }
        return copy
    }

    /// The same tree with every range mapped through `map`.
    static func mapped(_ node: YAMLNode, _ map: (SourceRange) -> SourceRange, depth: Int = 0)
        -> YAMLNode
    {
        guard depth < 64 else { return node }
        var copy = node
        copy.range = map(node.range)
        switch node.kind {
        case .scalar: break
        case .mapping(let pairs):
            copy.kind = .mapping(
                pairs.map {
                    YAMLPair(
                        key: mapped($0.key, map, depth: depth + 1),
                        value: mapped($0.value, map, depth: depth + 1))
                })
        case .sequence(let items):
            copy.kind = .sequence(items.map { mapped($0, map, depth: depth + 1) })
        }
        return copy
    }

    /// `node` with `key` set to `value` (replaced in place, or appended).
    static func setting(
        _ key: String, _ value: YAMLNode, in node: YAMLNode, keyRange: SourceRange? = nil
    ) -> YAMLNode {
        var pairs = node.pairs ?? []
        if let index = pairs.lastIndex(where: { $0.key.scalar?.text == key }) {
            pairs[index].value = value
        } else {
            pairs.append(YAMLPair(key: string(key, keyRange ?? value.range), value: value))
        }
        var copy = node
        copy.kind = .mapping(pairs)
        return copy
    }

    static func removing(_ key: String, from node: YAMLNode) -> YAMLNode {
        var copy = node
        copy.kind = .mapping((node.pairs ?? []).filter { $0.key.scalar?.text != key })
        return copy
    }
}
