import RecipeDiagnostics
import RecipeYAML

/// Applies a kubectl patch to a manifest tree, as the API server would: a JSON merge patch
/// (RFC 7386), a strategic merge patch (merge patch, but `ports` lists merge by `port`), or a
/// JSON patch (RFC 6902: add, remove, replace, move, copy, test).
///
/// Needs: the patch parsed as YAML (JSON is YAML). Guarantees: recursion bounded by
/// `maxDepth`; a JSON patch operation that cannot apply is an error with the operation's range.
enum ServicePatch {
    enum Kind: String { case json, merge, strategic }

    struct Failure: Error {
        var message: String
        var range: SourceRange
    }

    static let maxDepth = 64
    /// Lists that a strategic merge patch merges by a key instead of replacing.
    static let mergeKeys: [String: String] = ["ports": "port", "containers": "name", "env": "name"]

    static func apply(_ kind: Kind, patch: YAMLNode, to base: YAMLNode) throws -> YAMLNode {
        switch kind {
        case .merge: return merge(base, patch, strategic: false, depth: 0) ?? base
        case .strategic: return merge(base, patch, strategic: true, depth: 0) ?? base
        case .json: return try jsonPatch(base, patch)
        }
    }

    /// RFC 7386: objects merge key by key, `null` deletes, anything else replaces.
    static func merge(
        _ target: YAMLNode?, _ patch: YAMLNode, strategic: Bool, depth: Int, key: String? = nil
    ) -> YAMLNode? {
        guard depth < maxDepth else { return patch }
        if strategic, let key, let mergeKey = mergeKeys[key], let items = patch.items,
            let existing = target?.items
        {
            return mergeList(existing, items, by: mergeKey, range: patch.range, depth: depth)
        }
        guard let pairs = patch.pairs else { return patch }
        var result = target?.pairs != nil ? target! : YAMLNode(.mapping([]), range: patch.range)
        for pair in pairs {
            guard let name = pair.key.scalar?.text else { continue }
            if pair.value.isNull {
                result = ManifestNode.removing(name, from: result)
            } else if let merged = merge(
                result[name], pair.value, strategic: strategic, depth: depth + 1, key: name)
            {
                result = ManifestNode.setting(name, merged, in: result, keyRange: pair.key.range)
            }
        }
        return result
    }

    private static func mergeList(
        _ existing: [YAMLNode], _ patch: [YAMLNode], by key: String, range: SourceRange, depth: Int
    ) -> YAMLNode {
        var items = existing
        for item in patch {
            let value = item[key]?.scalar?.value
            if let value, let index = items.firstIndex(where: { $0[key]?.scalar?.value == value }) {
                items[index] = merge(items[index], item, strategic: true, depth: depth + 1) ?? item
            } else {
                items.append(item)
            }
        }
        return YAMLNode(.sequence(items), range: range)
    }

    // MARK: RFC 6902

    private static func jsonPatch(_ base: YAMLNode, _ patch: YAMLNode) throws -> YAMLNode {
        guard let operations = patch.items else {
            throw Failure(
                message:
                    "a JSON patch (--type json) must be a list of operations, not \(patch.typeDescription)",
                range: patch.range)
        }
        var document = base
        for operation in operations {
            guard let op = operation["op"]?.string, let path = operation["path"]?.string else {
                throw Failure(
                    message: "a JSON patch operation needs 'op' and 'path'", range: operation.range)
            }
            let tokens = pointer(path)
            switch op {
            case "add", "replace":
                guard let value = operation["value"] else {
                    throw Failure(message: "'\(op)' needs a 'value'", range: operation.range)
                }
                document = try update(
                    document, tokens[...], op: op, value: value, range: operation.range, depth: 0)
            case "remove":
                document = try update(
                    document, tokens[...], op: op, value: nil, range: operation.range, depth: 0)
            case "move", "copy":
                guard let from = operation["from"]?.string,
                    let value = find(document, pointer(from)[...])
                else {
                    throw Failure(
                        message: "'\(op)' needs a 'from' path that exists", range: operation.range)
                }
                if op == "move" {
                    document = try update(
                        document, pointer(from)[...], op: "remove", value: nil,
                        range: operation.range, depth: 0)
                }
                document = try update(
                    document, tokens[...], op: "add", value: value, range: operation.range, depth: 0
                )
            case "test":
                continue
            default:
                throw Failure(
                    message:
                        "unknown JSON patch operation '\(op)'; expected add, remove, replace, move, copy or test",
                    range: operation["op"]?.range ?? operation.range)
            }
        }
        return document
    }

    private static func pointer(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            String($0).replacing("~1", with: "/").replacing("~0", with: "~")
        }
    }

    private static func find(_ node: YAMLNode, _ tokens: ArraySlice<String>) -> YAMLNode? {
        guard let token = tokens.first else { return node }
        if let items = node.items, let index = Int(token), items.indices.contains(index) {
            return find(items[index], tokens.dropFirst())
        }
        return node[token].flatMap { find($0, tokens.dropFirst()) }
    }

    private static func update(
        _ node: YAMLNode, _ tokens: ArraySlice<String>, op: String, value: YAMLNode?,
        range: SourceRange, depth: Int
    ) throws -> YAMLNode {
        guard let token = tokens.first, depth < maxDepth else {
            throw Failure(message: "the JSON patch path is empty", range: range)
        }
        let last = tokens.count == 1
        let value =
            value
            ?? YAMLNode(.scalar(YAMLScalar(text: "", style: .plain, value: .null)), range: range)
        if var items = node.items {
            let index = token == "-" ? items.count : Int(token) ?? -1
            let limit = op == "add" && last ? items.count : items.count - 1
            guard index >= 0 && index <= limit else {
                throw Failure(
                    message:
                        "the JSON patch path has no element \(token) (the list has \(items.count))",
                    range: range)
            }
            if last {
                switch op {
                case "add": items.insert(value, at: index)
                case "remove": items.remove(at: index)
                default: items[index] = value
                }
            } else {
                items[index] = try update(
                    items[index], tokens.dropFirst(), op: op, value: value, range: range,
                    depth: depth + 1)
            }
            var copy = node
            copy.kind = .sequence(items)
            return copy
        }
        guard node.pairs != nil else {
            throw Failure(
                message:
                    "the JSON patch path goes through '\(token)', which is not an object or a list",
                range: range)
        }
        if last {
            if op != "add" && node[token] == nil {
                throw Failure(
                    message: "the JSON patch path ends at '\(token)', which does not exist",
                    range: range)
            }
            return op == "remove"
                ? ManifestNode.removing(token, from: node)
                : ManifestNode.setting(token, value, in: node)
        }
        guard let child = node[token] else {
            throw Failure(
                message: "the JSON patch path goes through '\(token)', which does not exist",
                range: range)
        }
        return ManifestNode.setting(
            token,
            try update(
                child, tokens.dropFirst(), op: op, value: value, range: range, depth: depth + 1),
            in: node)
    }
}
