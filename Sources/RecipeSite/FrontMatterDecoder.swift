import RecipeDiagnostics
import RecipeKube
import RecipeYAML

/// Reads and checks a recipe's front matter: required fields, types, known values, unknown keys.
struct FrontMatterDecoder {
    static let knownKeys = [
        "title", "description", "category", "difficulty", "time", "kubernetes", "tags", "date",
        "draft", "author", "slug",
    ]
    static let requiredKeys = ["title", "description", "category"]

    /// The site's categories; nil accepts any category slug.
    var categories: Set<String>?
    var diagnostics: [Diagnostic] = []

    /// Decodes the front matter found in `text`. Returns nil when there is none to decode.
    mutating func decode(_ block: FrontMatterBlock) -> FrontMatter? {
        let origin = EmbeddedSource(startLine: block.firstLine)
        let (root, yamlDiagnostics) = YAMLParser.parseSingle(block.yaml, origin: origin)
        diagnostics += yamlDiagnostics
        guard !yamlDiagnostics.hasErrors else { return nil }
        let openRange = SourceRange(line: 1, column: 1, length: 3)
        guard let root, let pairs = root.pairs else {
            if root == nil || root?.isNull == true {
                for key in Self.requiredKeys { missing(key, at: openRange) }
            } else {
                diagnostics.append(Diagnostic(
                    code: "RG1003", message: "front matter must be a mapping of keys to values, found \(root!.typeDescription)",
                    range: root!.range))
            }
            return nil
        }
        var matter = FrontMatter()
        for pair in pairs {
            guard let key = pair.key.string else {
                diagnostics.append(Diagnostic(code: "RG1004", message: "front matter keys must be plain names", range: pair.key.range))
                continue
            }
            matter.ranges[key] = pair.value.range
            field(key, pair, into: &matter)
        }
        for key in Self.requiredKeys where matter.ranges[key] == nil { missing(key, at: openRange) }
        return matter
    }

    private mutating func field(_ key: String, _ pair: YAMLPair, into matter: inout FrontMatter) {
        let value = pair.value
        switch key {
        case "title": matter.title = requireText(key, value) ?? ""
        case "description": matter.description = requireText(key, value) ?? ""
        case "category":
            guard let category = requireText(key, value) else { return }
            matter.category = category
            if !Slug.isValid(category) {
                invalid(key, value, "category '\(category)' is not a slug; expected lowercase letters, digits and hyphens")
            } else if let categories, !categories.contains(category) {
                invalid(key, value, "unknown category '\(category)'; expected one of \(categories.sorted().map { "'\($0)'" }.joined(separator: ", "))")
            }
        case "difficulty":
            guard let text = requireText(key, value) else { return }
            if let difficulty = FrontMatter.Difficulty(rawValue: text) {
                matter.difficulty = difficulty
            } else {
                invalid(key, value, "difficulty '\(text)' is not one of 'beginner', 'intermediate', 'advanced'")
            }
        case "time": matter.time = requireText(key, value, allowNumbers: true)
        case "kubernetes": matter.kubernetes = kubernetesRange(value)
        case "tags": matter.tags = tags(value)
        case "date": matter.date = date(value)
        case "draft":
            if case .bool(let flag)? = value.scalar?.value { matter.draft = flag } else { invalid(key, value, "draft must be true or false, found \(value.typeDescription)") }
        case "author": matter.author = requireText(key, value)
        case "slug":
            guard let slug = requireText(key, value) else { return }
            if Slug.isValid(slug) { matter.slug = slug } else { invalid(key, value, "slug '\(slug)' must be lowercase letters, digits and hyphens") }
        default:
            var help = "known keys: " + Self.knownKeys.joined(separator: ", ")
            if let suggestion = Suggestion.closest(to: key, in: Self.knownKeys) { help = "did you mean '\(suggestion)'?" }
            diagnostics.append(Diagnostic(
                code: "RG1004", message: "unknown front matter key '\(key)'", range: pair.key.range, help: help))
        }
    }

    private mutating func requireText(_ key: String, _ value: YAMLNode, allowNumbers: Bool = false) -> String? {
        if let text = value.string, text.contains(where: { !$0.isWhitespace }) { return text }
        if allowNumbers, let scalar = value.scalar, case .int = scalar.value { return scalar.text }
        if value.isNull || value.string != nil {
            invalid(key, value, "\(key) is empty")
        } else {
            invalid(key, value, "\(key) must be text, found \(value.typeDescription)")
        }
        return nil
    }

    private mutating func kubernetesRange(_ value: YAMLNode) -> String? {
        // Plain `1.30` resolves to a number; the version is what was written.
        guard let scalar = value.scalar, !value.isNull else {
            invalid("kubernetes", value, "kubernetes must be a version such as \"1.28+\", found \(value.typeDescription)")
            return nil
        }
        guard KubernetesVersionRange(parsing: scalar.text) != nil else {
            diagnostics.append(Diagnostic(
                code: "RG1007", message: "'\(scalar.text)' is not a Kubernetes version range",
                range: value.range, help: "write one minor version (\"1.30\"), an open range (\"1.28+\") or a closed one (\"1.29-1.32\")"))
            return nil
        }
        return scalar.text
    }

    private mutating func tags(_ value: YAMLNode) -> [String] {
        guard let items = value.items else {
            invalid("tags", value, "tags must be a list, found \(value.typeDescription)")
            return []
        }
        var tags: [String] = []
        for item in items {
            guard let tag = item.string ?? item.scalar.map(\.text), !item.isNull, item.scalar != nil else {
                invalid("tags", item, "a tag must be text, found \(item.typeDescription)")
                continue
            }
            guard Slug.isValid(tag) else {
                invalid("tags", item, "tag '\(tag)' must be lowercase letters, digits and hyphens")
                continue
            }
            if !tags.contains(tag) { tags.append(tag) }
        }
        return tags
    }

    private mutating func date(_ value: YAMLNode) -> RecipeDate? {
        guard let text = value.scalar?.text, let date = RecipeDate(text) else {
            diagnostics.append(Diagnostic(
                code: "RG1005", message: "date '\(value.scalar?.text ?? value.typeDescription)' is not a calendar date YYYY-MM-DD",
                range: value.range))
            return nil
        }
        return date
    }

    private mutating func missing(_ key: String, at range: SourceRange) {
        diagnostics.append(Diagnostic(
            code: "RG1002", message: "front matter has no '\(key)'", range: range,
            help: "add '\(key): …' between the '---' lines"))
    }

    private mutating func invalid(_ key: String, _ value: YAMLNode, _ message: String) {
        diagnostics.append(Diagnostic(code: "RG1003", message: message, range: value.range))
    }
}

