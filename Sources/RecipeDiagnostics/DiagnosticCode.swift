/// A registered diagnostic code: its id, default severity and the text `recipegen explain` prints.
public struct DiagnosticCode: Hashable, Sendable {
    /// `RG` and four digits; the first digit is the category (see ``DiagnosticRegistry``).
    public var id: String
    public var severity: Severity
    /// A short title, such as "nodePort outside the node-port range".
    public var title: String
    /// What the code means and why it matters, in a few sentences.
    public var explanation: String
    /// A recipe excerpt that triggers the code.
    public var wrongExample: String
    /// The close excerpt that does not.
    public var rightExample: String

    public init(
        _ id: String, _ severity: Severity, _ title: String,
        explanation: String, wrong: String, right: String
    ) {
        self.id = id
        self.severity = severity
        self.title = title
        self.explanation = explanation
        self.wrongExample = wrong
        self.rightExample = right
    }
}

/// All codes recipegen can emit, one list per category, each in its own file under Codes/.
///
/// RG0xxx input, configuration and internal errors; RG1xxx Markdown and front matter;
/// RG20xx YAML; RG2xxx (from RG2010) manifests and the Service schema; RG3xxx shell and kubectl;
/// RG4xxx Mermaid; RG5xxx the site (links, taxonomy, templates, output).
public enum DiagnosticRegistry {
    /// Every registered code, in id order.
    public static let all: [DiagnosticCode] = (
        generalCodes + markdownCodes + yamlCodes + serviceCodes + shellCodes + mermaidCodes
            + siteCodes
    ).sorted { $0.id < $1.id }

    private static let byID: [String: DiagnosticCode] = Dictionary(
        all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    /// The registered code with this id, if any.
    public static func code(_ id: String) -> DiagnosticCode? { byID[id] }
}
