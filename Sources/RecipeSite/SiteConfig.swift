import RecipeDiagnostics
import RecipeKube
import RecipeYAML

/// The site's settings from the optional `recipegen.yaml`.
public struct SiteConfig: Hashable, Sendable {
    public struct Category: Hashable, Sendable {
        public var slug: String
        public var title: String
        public var description: String
    }

    public var title = "Kubernetes Recipes"
    public var description = "Practical Kubernetes recipes whose examples are checked."
    /// The absolute URL the site is served from, with a trailing slash; empty for relative only.
    public var baseURL = ""
    public var language = "en"
    /// The allowed categories; nil accepts any category slug.
    public var categories: [Category]?
    /// The Kubernetes versions recipes without a `kubernetes:` field are checked against.
    public var kubernetes = "1.31"
    public var nodePortRange: ClosedRange<Int> = 30000...32767
    /// A URL with `{path}` for the "edit this page" link, such as a repository's edit URL.
    public var editURL: String?
    /// Write links with an explicit `index.html`, so the site works when opened from disk.
    public var fileURLs = false
    /// Show when each recipe was last changed, from git, when the content is in a repository.
    public var gitDates = true

    public init() {}

    static let keys = ["title", "description", "base_url", "language", "categories", "kubernetes", "node_port_range", "edit_url", "file_urls", "git_dates"]

    /// The display title of a category slug.
    public func categoryTitle(_ slug: String) -> String {
        if let category = categories?.first(where: { $0.slug == slug }) { return category.title }
        return slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// Reads `recipegen.yaml`; problems are RG0002 diagnostics in `file`.
    public static func load(text: String, file: String) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig()
        let (root, yamlDiagnostics) = YAMLParser.parseSingle(text)
        var diagnostics = yamlDiagnostics.map { $0.inFile(file) }
        guard let pairs = root?.pairs else {
            if let root, !root.isNull {
                diagnostics.append(Diagnostic(code: "RG0002", message: "recipegen.yaml must be a mapping, found \(root.typeDescription)", file: file, range: root.range))
            }
            return (config, diagnostics)
        }
        func fail(_ node: YAMLNode, _ message: String, help: String? = nil) {
            diagnostics.append(Diagnostic(code: "RG0002", message: message, file: file, range: node.range, help: help))
        }
        for pair in pairs {
            let key = pair.key.string ?? ""
            let value = pair.value
            switch key {
            case "title": if let text = value.string { config.title = text } else { fail(value, "title must be text") }
            case "description": if let text = value.string { config.description = text } else { fail(value, "description must be text") }
            case "language": if let text = value.string { config.language = text } else { fail(value, "language must be text") }
            case "base_url":
                guard let text = value.string, text.hasPrefix("http://") || text.hasPrefix("https://") else {
                    fail(value, "base_url must be an absolute http(s) URL")
                    continue
                }
                config.baseURL = text.hasSuffix("/") ? text : text + "/"
            case "kubernetes":
                guard let text = value.scalar?.text, KubernetesVersionRange(parsing: text) != nil else {
                    fail(value, "kubernetes must be a version range such as \"1.28+\"")
                    continue
                }
                config.kubernetes = text
            case "node_port_range":
                let parts = (value.scalar?.text ?? "").split(separator: "-")
                guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), 1 <= low, low <= high, high <= 65535 else {
                    fail(value, "node_port_range must be written LOW-HIGH, such as 30000-32767")
                    continue
                }
                config.nodePortRange = low...high
            case "edit_url":
                guard let text = value.string, text.contains("{path}") else {
                    fail(value, "edit_url must be a URL containing {path}")
                    continue
                }
                config.editURL = text
            case "file_urls":
                guard case .bool(let flag)? = value.scalar?.value else {
                    fail(value, "file_urls must be true or false")
                    continue
                }
                config.fileURLs = flag
            case "git_dates":
                guard case .bool(let flag)? = value.scalar?.value else {
                    fail(value, "git_dates must be true or false")
                    continue
                }
                config.gitDates = flag
            case "categories":
                config.categories = categories(value, fail: fail)
            default:
                let help = Suggestion.closest(to: key, in: keys).map { "did you mean '\($0)'?" }
                fail(pair.key, "unknown key '\(key)' in recipegen.yaml", help: help ?? "known keys: " + keys.joined(separator: ", "))
            }
        }
        return (config, diagnostics)
    }

    private static func categories(_ value: YAMLNode, fail: (YAMLNode, String, String?) -> Void) -> [Category]? {
        guard let items = value.items else {
            fail(value, "categories must be a list", nil)
            return nil
        }
        var result: [Category] = []
        for item in items {
            if let slug = item.string, Slug.isValid(slug) {
                result.append(Category(slug: slug, title: SiteConfig().categoryTitle(slug), description: ""))
            } else if let slug = item["slug"]?.string, Slug.isValid(slug) {
                result.append(Category(
                    slug: slug, title: item["title"]?.string ?? SiteConfig().categoryTitle(slug),
                    description: item["description"]?.string ?? ""))
            } else {
                fail(item, "a category is a slug, or a mapping with slug, title and description", nil)
            }
        }
        return result
    }
}
