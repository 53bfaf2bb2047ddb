import RecipeDiagnostics
import RecipeYAML

/// A v1 Service as the API server sees it after decoding and defaulting (service-rules.md §4),
/// with the ranges of the fields other checks point at.
///
/// Values that did not decode (a wrong type) are left at their defaults; the diagnostics say so.
public struct Service: Sendable {
    /// `metadata.name`; nil when the manifest has none (a `generateName` Service).
    public var name: String?
    /// `metadata.generateName`.
    public var generateName: String?
    /// `metadata.namespace`; nil means the namespace kubectl is pointed at (`default`).
    public var namespace: String?
    /// `metadata.labels`.
    public var labels: [String: String]
    /// `metadata.annotations`.
    public var annotations: [String: String]
    /// `spec.type`, defaulted to `ClusterIP`.
    public var type: ServiceType
    /// `spec.ports`, each defaulted (protocol TCP, targetPort = port).
    public var ports: [ServicePort]
    /// `spec.selector`; nil when absent (a Service without selector, whose endpoints are managed
    /// by hand).
    public var selector: [String: String]?
    /// `spec.clusterIP` as written.
    public var clusterIP: String?
    /// `spec.clusterIPs` after the registry copied `clusterIP` into it.
    public var clusterIPs: [String]
    /// Whether the Service is headless (`clusterIPs` is exactly `["None"]`).
    public var isHeadless: Bool
    /// `spec.externalName`.
    public var externalName: String?
    /// `spec.externalIPs`.
    public var externalIPs: [String]
    /// `spec.sessionAffinity`, defaulted to `None`.
    public var sessionAffinity: String
    /// `spec.sessionAffinityConfig.clientIP.timeoutSeconds` after defaulting (10800 for
    /// `ClientIP`, nil for `None`).
    public var sessionAffinityTimeout: Int?
    /// `spec.externalTrafficPolicy`, defaulted to `Cluster` for externally accessible Services.
    public var externalTrafficPolicy: String?
    /// `spec.internalTrafficPolicy`, defaulted to `Cluster` for ClusterIP, NodePort, LoadBalancer.
    public var internalTrafficPolicy: String?
    /// `spec.healthCheckNodePort`.
    public var healthCheckNodePort: Int?
    /// `spec.loadBalancerSourceRanges`.
    public var loadBalancerSourceRanges: [String]
    /// `spec.loadBalancerClass`.
    public var loadBalancerClass: String?
    /// `spec.loadBalancerIP` (never validated; deprecated).
    public var loadBalancerIP: String?
    /// `spec.allocateLoadBalancerNodePorts`, defaulted to true for LoadBalancer.
    public var allocateLoadBalancerNodePorts: Bool?
    /// `spec.ipFamilies`.
    public var ipFamilies: [String]
    /// `spec.ipFamilyPolicy`; defaulted (SingleStack, or RequireDualStack for a headless
    /// Service without selector) except for ExternalName.
    public var ipFamilyPolicy: String?
    /// `spec.trafficDistribution`.
    public var trafficDistribution: String?
    /// `spec.publishNotReadyAddresses`.
    public var publishNotReadyAddresses: Bool
    /// The manifest's root node.
    public var node: YAMLNode
    /// Where the Service is named (the `metadata.name` value), or the root when it has no name.
    public var nameRange: SourceRange
    /// The `spec.selector` value, when written.
    public var selectorRange: SourceRange?

    /// Whether the Service can be reached from outside the cluster (`ExternallyAccessible`):
    /// NodePort, LoadBalancer, or ClusterIP with external IPs.
    public var isExternallyAccessible: Bool {
        type == .nodePort || type == .loadBalancer || (type == .clusterIP && !externalIPs.isEmpty)
    }
}

/// `spec.type`.
public enum ServiceType: Hashable, Sendable, CustomStringConvertible {
    case clusterIP
    case nodePort
    case loadBalancer
    case externalName
    /// A value the server does not support (T1).
    case unsupported(String)

    /// The type named by `text` (`""` is the default, ClusterIP).
    public init(_ text: String) {
        switch text {
        case "", "ClusterIP": self = .clusterIP
        case "NodePort": self = .nodePort
        case "LoadBalancer": self = .loadBalancer
        case "ExternalName": self = .externalName
        default: self = .unsupported(text)
        }
    }

    /// The name as the API writes it.
    public var description: String {
        switch self {
        case .clusterIP: "ClusterIP"
        case .nodePort: "NodePort"
        case .loadBalancer: "LoadBalancer"
        case .externalName: "ExternalName"
        case .unsupported(let text): text
        }
    }
}

/// One entry of `spec.ports`, defaulted.
public struct ServicePort: Sendable {
    /// `name`; nil when absent.
    public var name: String?
    /// `protocol`, defaulted to `TCP`.
    public var `protocol`: String
    /// `appProtocol`; nil when absent (present-and-empty is `""`).
    public var appProtocol: String?
    /// `port`; 0 when absent.
    public var port: Int
    /// `targetPort`, defaulted to the port number.
    public var targetPort: IntOrString
    /// Whether `targetPort` was written (and not `0` or `""`).
    public var targetPortWritten: Bool
    /// `nodePort`; 0 when absent.
    public var nodePort: Int
    /// The list item's range.
    public var range: SourceRange
}

/// A value that is a number or a name (`intstr.IntOrString`).
public enum IntOrString: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case string(String)

    /// The number or the name as text.
    public var description: String {
        switch self {
        case .int(let value): String(value)
        case .string(let value): value
        }
    }
}

extension Service {
    /// The DNS names the Service answers to inside the cluster, shortest first: `name`,
    /// `name.namespace`, `name.namespace.svc` and `name.namespace.svc.<clusterDomain>`
    /// (the namespace is `default` when the manifest names none). Empty without a name.
    public func dnsNames(clusterDomain: String = "cluster.local") -> [String] {
        guard let name else { return [] }
        let namespace = self.namespace ?? "default"
        return [
            name, "\(name).\(namespace)", "\(name).\(namespace).svc",
            "\(name).\(namespace).svc.\(clusterDomain)",
        ]
    }

    /// The port with this name, if any.
    public func port(named portName: String) -> ServicePort? {
        ports.first { $0.name == portName }
    }

    /// The port with this number (and protocol), if any.
    public func port(number: Int, protocol portProtocol: String = "TCP") -> ServicePort? {
        ports.first { $0.port == number && $0.protocol == portProtocol }
    }
}
