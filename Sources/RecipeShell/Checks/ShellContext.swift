import RecipeDiagnostics
import RecipeYAML

/// What a shell block's checks know of the rest of the recipe, and how they reach the Service
/// schema module (through closures, so that RecipeShell does not depend on it).
///
/// The checker appends the Services that commands of the block create (`kubectl create
/// service`, `expose`, `apply`, `patch`) to ``services``, so that the next block sees them.
///
/// A page keeps one context and walks its fences in order:
/// ```swift
/// var context = ShellContext(services: [], manifestTitles: titles, validateService: …,
///                            validateManifests: …, serviceManifest: …)
/// for fence in page.fences {
///     if fence is YAML { context.services += its Services }          // page order
///     if let dialect = ShellDialect(infoString: fence.info) {
///         context.file = page.path; context.origin = fence.body
///         let (script, syntax) = ShellParser.parse(fence.text, dialect: dialect)
///         let found = syntax + ShellChecker.check(script, context: &context)
///         report(found.map { $0.projected(into: fence.body).inFile(page.path) })
///     }
/// }
/// ```
public struct ShellContext {
    /// The Services known before the block, in page order: a later entry with the same name and
    /// namespace is the nearer definition and wins.
    public var services: [ShellService]
    /// The Services of each YAML fence, by its `title="…"` (`kubectl apply -f TITLE`).
    public var manifestTitles: [String: [ShellService]]
    /// False once the page applied something recipegen cannot see (a URL, a file that is no
    /// fence of the recipe, a Helm chart); unresolved names are then notes, not errors.
    public var seesEverything: Bool
    /// Validates a Service manifest that a command would create; ranges are the block's.
    public var validateService: (YAMLNode) -> ServiceCheck
    /// Validates the YAML fed to `kubectl apply -f -` (a heredoc), placed in the block by the
    /// given embedding; returns the Services it defines and diagnostics in block coordinates.
    public var validateManifests:
        (String, EmbeddedSource) -> (services: [ShellService], diagnostics: [Diagnostic])
    /// The current manifest of the Service with this name and namespace (nil = default), for
    /// `kubectl patch`; its ranges may be in another file's coordinates.
    public var serviceManifest: (String, String?) -> YAMLNode?
    /// The namespace of the current kubectl context, changed by
    /// `kubectl config set-context --current --namespace=NS`.
    public var currentNamespace: String
    /// The file of the block being checked and where the block lies in it. When set, the
    /// Services the block creates are stored with this file and with ranges in its coordinates,
    /// so that later blocks can point at them; when nil they keep block coordinates.
    public var file: String?
    /// Where the block lies in ``file``.
    public var origin: EmbeddedSource?
    /// Manifests of the Services that commands created or patched, by index in ``services``,
    /// so that a later `kubectl patch` (in any block) starts from them.
    public var createdManifests: [Int: YAMLNode] = [:]
    /// Shell variables with a literal value, set by earlier blocks (a reader runs the page's
    /// blocks in one shell).
    public var variables: [String: String] = [:]
    /// Local ports that earlier port-forwards and `kubectl proxy` listen on, with what listens.
    public var localPorts: [Int: String] = [:]
    /// Set when a port-forward listens on a port recipegen cannot know (`:80`, `$PORT`).
    public var localPortsUnknown = false

    /// A context; the defaults know no Service and validate nothing.
    public init(
        services: [ShellService] = [],
        manifestTitles: [String: [ShellService]] = [:],
        seesEverything: Bool = true,
        validateService: @escaping (YAMLNode) -> ServiceCheck = { _ in
            ServiceCheck(service: nil, diagnostics: [])
        },
        validateManifests:
            @escaping (String, EmbeddedSource) -> (
                services: [ShellService], diagnostics: [Diagnostic]
            ) = { _, _ in ([], []) },
        serviceManifest: @escaping (String, String?) -> YAMLNode? = { _, _ in nil },
        currentNamespace: String = "default"
    ) {
        self.services = services
        self.manifestTitles = manifestTitles
        self.seesEverything = seesEverything
        self.validateService = validateService
        self.validateManifests = validateManifests
        self.serviceManifest = serviceManifest
        self.currentNamespace = currentNamespace
    }
}
