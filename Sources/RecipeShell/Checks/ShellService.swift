import RecipeDiagnostics
import RecipeYAML

/// What the shell checks need to know of a Service of the recipe.
public struct ShellService: Sendable, Hashable {
    /// One entry of `spec.ports`.
    public struct Port: Sendable, Hashable {
        /// The port's name, required when a Service has several ports.
        public var name: String?
        /// The Service port clients connect to.
        public var port: Int
        /// The targetPort as written (a number or a container port name); nil when omitted.
        public var targetPort: String?
        /// The port on every node, for NodePort and LoadBalancer Services; nil when allocated.
        public var nodePort: Int?
        /// `TCP`, `UDP` or `SCTP`.
        public var `protocol`: String

        /// A port; protocol TCP unless given.
        public init(
            name: String? = nil, port: Int, targetPort: String? = nil, nodePort: Int? = nil,
            protocol: String = "TCP"
        ) {
            self.name = name
            self.port = port
            self.targetPort = targetPort
            self.nodePort = nodePort
            self.protocol = `protocol`
        }
    }

    /// `metadata.name`.
    public var name: String
    /// `metadata.namespace`; nil means the namespace of the current context (`default`).
    public var namespace: String?
    /// `spec.type`: `ClusterIP`, `NodePort`, `LoadBalancer` or `ExternalName`.
    public var type: String
    /// `spec.ports`, in order.
    public var ports: [Port]
    /// Whether `spec.clusterIP` is `None`.
    public var headless: Bool
    /// `spec.externalName` of an ExternalName Service.
    public var externalName: String?
    /// Whether the Service has a selector (port-forward needs one); true when unknown.
    public var hasSelector: Bool
    /// The file that defines the Service, when it is not the block being checked.
    public var file: String?
    /// Where the Service is defined, in `file`'s coordinates (or the block's, when `file` is nil).
    public var range: SourceRange?

    /// A Service; a ClusterIP Service without ports unless given.
    public init(
        name: String, namespace: String? = nil, type: String = "ClusterIP", ports: [Port] = [],
        headless: Bool = false, externalName: String? = nil, hasSelector: Bool = true,
        file: String? = nil, range: SourceRange? = nil
    ) {
        self.name = name
        self.namespace = namespace
        self.type = type
        self.ports = ports
        self.headless = headless
        self.externalName = externalName
        self.hasSelector = hasSelector
        self.file = file
        self.range = range
    }

    /// The namespace the Service lives in, `default` when none is written.
    public var effectiveNamespace: String { namespace ?? "default" }

    /// "80 (http), 443 (https)": the ports, as messages list them.
    var portList: String {
        ports.map { port in port.name.map { "\(port.port) (\($0))" } ?? "\(port.port)" }
            .joined(separator: ", ")
    }

    /// A note pointing at the definition, when its place is known.
    var definitionNote: Diagnostic.Note? {
        guard let range else { return nil }
        return Diagnostic.Note("'\(name)' is defined here", file: file, range: range)
    }
}

/// What the site's Service schema module says of a Service manifest built or patched by a
/// command: the Service (nil when it is too broken to use) and the schema errors, at the
/// ranges of the manifest's nodes.
public struct ServiceCheck: Sendable {
    /// The Service the manifest defines, nil when it is too broken to read.
    public var service: ShellService?
    /// The schema errors, at the ranges of the manifest's nodes.
    public var diagnostics: [Diagnostic]

    /// The result of one schema check.
    public init(service: ShellService?, diagnostics: [Diagnostic]) {
        self.service = service
        self.diagnostics = diagnostics
    }
}
