import RecipeDiagnostics
import RecipeYAML

/// A path from a manifest's root to one of its fields, such as `spec.ports[0].nodePort`.
///
/// It both names the field in diagnostics (the Kubernetes form, with list indexes) and finds
/// the field's node in the YAML tree, so that a diagnostic can point at what the reader wrote.
struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    enum Component: Hashable, Sendable {
        /// A field of an object: `.name`.
        case key(String)
        /// An entry of a map such as labels: `[app.kubernetes.io/name]`.
        case mapKey(String)
        /// An item of a list: `[0]`.
        case index(Int)
    }

    var components: [Component]

    init(_ components: [Component] = []) {
        self.components = components
    }

    /// A path of keys, such as `FieldPath("spec", "clusterIP")`.
    init(_ keys: String...) {
        self.components = keys.map(Component.key)
    }

    /// The path with `key` appended.
    func key(_ key: String) -> FieldPath {
        appending(.key(key))
    }

    /// The path with the map entry `key` appended (`metadata.annotations[key]`).
    func mapKey(_ key: String) -> FieldPath {
        appending(.mapKey(key))
    }

    /// The path with `index` appended.
    func index(_ index: Int) -> FieldPath {
        appending(.index(index))
    }

    /// One copy of the components with `component` added (no array for `component` alone).
    private func appending(_ component: Component) -> FieldPath {
        var path = FieldPath()
        path.components.reserveCapacity(components.count + 1)
        path.components.append(contentsOf: components)
        path.components.append(component)
        return path
    }

    /// `spec.ports[0].name`; the empty path is `<root>`.
    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .mapKey(let key):
                text += "[\(key)]"
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text.isEmpty ? "<root>" : text
    }
}

extension YAMLNode {
    /// The value at `path` below this node, if every step exists.
    func node(at path: FieldPath) -> YAMLNode? {
        var current = self
        for component in path.components {
            switch component {
            case .key(let key), .mapKey(let key):
                guard let next = current[key] else { return nil }
                current = next
            case .index(let index):
                guard let items = current.items, index >= 0, index < items.count else { return nil }
                current = items[index]
            }
        }
        return current
    }

    /// The range to point at for `path`: the key (`.key`) or the value (`.value`) when the field
    /// was written; otherwise the key of the deepest ancestor that was written, so that a missing
    /// field is reported where it belongs.
    func range(of path: FieldPath, on target: RangeTarget) -> SourceRangeResult {
        var current = self
        var best = SourceRangeResult(range: range, exact: path.components.isEmpty)
        for (offset, component) in path.components.enumerated() {
            let last = offset == path.components.count - 1
            switch component {
            case .key(let key), .mapKey(let key):
                guard let pair = current.pair(key) else { return best }
                current = pair.value
                let useKey = !last || target == .key
                best = SourceRangeResult(
                    range: useKey ? pair.key.range : pair.value.range,
                    exact: last
                )
                if last && target == .value, pair.value.isNull,
                    pair.value.range.start == pair.value.range.end
                {
                    best = SourceRangeResult(range: pair.key.range, exact: true)
                }
            case .index(let index):
                guard let items = current.items, index >= 0, index < items.count else {
                    return best
                }
                current = items[index]
                best = SourceRangeResult(range: current.range, exact: last)
            }
        }
        return best
    }
}

/// Which part of a written field a diagnostic points at.
enum RangeTarget: Hashable, Sendable {
    case key
    case value
}

/// A range found for a path, and whether the path itself was found (not just an ancestor).
struct SourceRangeResult: Hashable, Sendable {
    var range: SourceRange
    var exact: Bool
}

extension YAMLNode {
    /// The path of the mapping key written at `range` (for example a duplicate key the parser
    /// reported), or nil. Walks the tree with an explicit stack, so depth costs no recursion.
    func path(ofKeyAt range: SourceRange) -> FieldPath? {
        var stack: [(YAMLNode, FieldPath)] = [(self, FieldPath())]
        while let (node, path) = stack.popLast() {
            switch node.kind {
            case .mapping(let pairs):
                for pair in pairs {
                    guard let key = JSONKey.of(pair.key) else { continue }
                    if pair.key.range == range { return path.key(key) }
                    stack.append((pair.value, path.key(key)))
                }
            case .sequence(let items):
                for (index, item) in items.enumerated() { stack.append((item, path.index(index))) }
            case .scalar:
                break
            }
        }
        return nil
    }
}
