import RecipeMarkdown

/// The file name a recipe's prose gives the YAML block that follows it, as in
/// "Save this as `deployment.yaml`." right before the block.
///
/// Such a block then counts as titled for `kubectl apply -f deployment.yaml`, the same as one
/// with `title="deployment.yaml"`. Guarantees: a name is implied only by the paragraph directly
/// before the block, only when that paragraph names exactly one `.yaml`/`.yml` file in a code
/// span and says what to do with it (save, create, write, call or name), so prose that merely
/// mentions a file ("unlike `old.yaml`, …") gives none.
enum ImpliedFileName {
    private static let verbs: Set<Substring> = [
        "save", "saved", "create", "created", "write", "written", "call", "called", "name", "named",
    ]

    /// The file name the paragraph gives the block after it, if any.
    static func from(paragraph node: MarkdownNode) -> String? {
        guard case .paragraph = node.kind else { return nil }
        var spans: [String] = []
        collectCodeSpans(node, into: &spans, depth: 0)
        let names = spans.filter(isManifestFileName)
        guard names.count == 1, let name = names.first else { return nil }
        let words = node.plainText.lowercased().split { !$0.isLetter }
        guard words.contains(where: verbs.contains) else { return nil }
        return name
    }

    private static func collectCodeSpans(_ node: MarkdownNode, into spans: inout [String], depth: Int) {
        guard depth < 50 else { return }
        if case .code(let text) = node.kind { spans.append(text) }
        for child in node.children { collectCodeSpans(child, into: &spans, depth: depth + 1) }
    }

    /// A relative path of letters, digits, `.`, `_`, `-` and `/`, ending in `.yaml` or `.yml`.
    static func isManifestFileName(_ text: String) -> Bool {
        guard text.hasSuffix(".yaml") || text.hasSuffix(".yml"), !text.hasPrefix("/") else { return false }
        let stem = text.hasSuffix(".yaml") ? text.dropLast(5) : text.dropLast(4)
        guard !stem.isEmpty, !stem.hasSuffix("/") else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-/".unicodeScalars.contains(scalar))
        }
    }
}
