import RecipeDiagnostics
import RecipeKube
import RecipeYAML

/// A manifest with one `📍` marking where a diagnostic must start (swift-format's marked text).
struct MarkedManifest: Sendable {
    static let marker = "📍"

    /// The text without the marker.
    let text: String
    /// Where the marker was, as line:column (1-based, byte columns).
    let location: SourceLocation?

    init(_ marked: String) {
        var line = 1
        var column = 1
        var found: SourceLocation?
        var text = ""
        var rest = Substring(marked)
        while let range = rest.firstRange(of: Self.marker) {
            let before = rest[..<range.lowerBound]
            text += before
            for byte in before.utf8 {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            if found == nil { found = SourceLocation(line: line, column: column) }
            rest = rest[range.upperBound...]
        }
        text += rest
        self.text = text
        self.location = found
    }

    /// Parses and validates the text.
    func validate(_ options: ValidationOptions = ValidationOptions()) -> ManifestReport {
        ManifestValidator.validate(YAMLParser.parse(text), options: options)
    }
}

/// Builds a Service manifest: `metadata` has `name: web` and then `meta` (indented by two), and
/// `spec` holds `spec` (indented by two). Line 1 is `apiVersion`, line 5 + meta lines is `spec:`.
func service(_ spec: String, meta: String = "", name: String = "web") -> String {
    var text = "apiVersion: v1\nkind: Service\nmetadata:\n"
    if !name.isEmpty { text += "  name: \(name)\n" }
    text += indent(meta)
    if !spec.isEmpty { text += "spec:\n" + indent(spec) }
    return text
}

/// The lines of `text`, each indented by two spaces.
func indent(_ text: String) -> String {
    guard !text.isEmpty else { return "" }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
        + (text.hasSuffix("\n") ? "" : "\n")
}

/// A selector and one port, the smallest valid ClusterIP spec.
let basicSpec = "selector:\n  app: web\nports:\n  - port: 80\n"
