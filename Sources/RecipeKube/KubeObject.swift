import RecipeDiagnostics
import RecipeYAML

/// One top-level manifest of a recipe: what it is, where it is, and the decoded model of the
/// kinds recipegen knows.
public struct KubeObject: Sendable {
    /// `apiVersion` as written; nil when missing or not a string.
    public var apiVersion: String?
    /// `kind` as written; empty when missing (in a fragment).
    public var kind: String
    /// `metadata.name`; nil when missing.
    public var name: String?
    /// `metadata.namespace`; nil means the namespace kubectl is pointed at (`default`).
    public var namespace: String?
    /// The document's root node.
    public var node: YAMLNode
    /// The decoded, defaulted Service, when `kind` is `Service`.
    public var service: Service?
    /// The pod-template fields, when `kind` is a workload (Deployment, StatefulSet, DaemonSet,
    /// ReplicaSet, Job, Pod).
    public var workload: Workload?
    /// Whether validating this object reported an error.
    public var hasErrors: Bool

    /// Where the object is named (`metadata.name`), or its root.
    public var nameRange: SourceRange {
        node["metadata"]?["name"]?.range ?? node.range
    }
}

/// The few fields of a workload that cross-resource checks need.
public struct Workload: Sendable {
    /// `spec.selector` (nil for a Pod, or when absent).
    public var selector: LabelSelector?
    /// The labels its pods get (`spec.template.metadata.labels`, or a Pod's own labels).
    public var podLabels: [String: String]
    /// Where the pod labels are written.
    public var podLabelsRange: SourceRange?
    /// Every port of the pod's containers and init containers.
    public var containerPorts: [ContainerPort]
    /// A StatefulSet's `spec.serviceName`.
    public var serviceName: String?
    /// Where `serviceName` is written.
    public var serviceNameRange: SourceRange?
}

/// One entry of a container's `ports`.
public struct ContainerPort: Hashable, Sendable {
    /// `name`, nil when absent.
    public var name: String?
    /// `containerPort`.
    public var containerPort: Int
    /// `protocol`, defaulted to TCP.
    public var `protocol`: String

    /// A container port; the protocol defaults to TCP as the API server defaults it.
    public init(name: String?, containerPort: Int, protocol: String = "TCP") {
        self.name = name
        self.containerPort = containerPort
        self.protocol = `protocol`
    }
}

/// A `metav1.LabelSelector`: `matchLabels` and `matchExpressions`.
public struct LabelSelector: Hashable, Sendable {
    /// One `matchExpressions` entry.
    public struct Requirement: Hashable, Sendable {
        /// The label key.
        public var key: String
        /// `In`, `NotIn`, `Exists` or `DoesNotExist`.
        public var `operator`: String
        /// The values for `In` and `NotIn`.
        public var values: [String]

        /// A requirement on the label `key`.
        public init(key: String, operator: String, values: [String]) {
            self.key = key
            self.operator = `operator`
            self.values = values
        }
    }

    /// Labels every selected pod must carry with these values.
    public var matchLabels: [String: String]
    /// Further requirements, all of which must hold.
    public var matchExpressions: [Requirement]

    /// A selector; both parts default to empty.
    public init(matchLabels: [String: String] = [:], matchExpressions: [Requirement] = []) {
        self.matchLabels = matchLabels
        self.matchExpressions = matchExpressions
    }

    /// Whether the selector selects nothing in particular (no labels, no expressions).
    public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }

    /// Whether pods with `labels` are selected.
    public func matches(_ labels: [String: String]) -> Bool {
        for (key, value) in matchLabels where labels[key] != value { return false }
        for requirement in matchExpressions {
            let value = labels[requirement.key]
            switch requirement.operator {
            case "In": if value.map({ !requirement.values.contains($0) }) ?? true { return false }
            case "NotIn": if let value, requirement.values.contains(value) { return false }
            case "Exists": if value == nil { return false }
            case "DoesNotExist": if value != nil { return false }
            default: return false
            }
        }
        return true
    }
}

/// The result of validating the documents of one YAML block.
public struct ManifestReport: Sendable {
    /// The top-level objects, in document order (items of a `kind: List` are not objects).
    public var objects: [KubeObject]
    /// The YAML diagnostics of the documents and the validation diagnostics of the objects.
    public var diagnostics: [Diagnostic]

    /// A report of `objects` and `diagnostics`.
    public init(objects: [KubeObject] = [], diagnostics: [Diagnostic] = []) {
        self.objects = objects
        self.diagnostics = diagnostics
    }
}
