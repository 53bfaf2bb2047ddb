/// What a manifest is checked against: the Kubernetes versions of the recipe and the assumed
/// cluster (service-rules.md §0, the rules marked [cluster]).
public struct ValidationOptions: Sendable {
    /// The versions the manifest must be valid in (the recipe's `kubernetes:` front matter).
    public var versions: KubernetesVersionRange
    /// A partial manifest (a `fragment` fence): present fields are checked, missing required
    /// fields are not reported.
    public var fragment: Bool
    /// The API server's `--service-node-port-range` (A7, A10).
    public var nodePortRange: ClosedRange<Int>
    /// The IP families that have a service CIDR on the cluster (A3–A5). The reference cluster is
    /// dual-stack.
    public var clusterIPFamilies: Set<IPFamily>
    /// The service CIDRs an explicit cluster IP must lie in (A6); nil means every address is
    /// assumed to be in range and free, as the reference profile does.
    public var serviceCIDRs: [String]?
    /// Whether the `DenyServiceExternalIPs` admission plugin is on (X3). Off by default.
    public var denyExternalIPs: Bool
    /// Whether the API server's defaulting runs before the rules (it always does on a real
    /// server). Turning it off checks the manifest exactly as written, which makes the rules
    /// marked [unreachable] in service-rules.md observable.
    public var defaulting: Bool

    /// The reference profile: Kubernetes 1.31, dual-stack, node ports 30000–32767.
    public init(
        versions: KubernetesVersionRange = .defaultRange,
        fragment: Bool = false,
        nodePortRange: ClosedRange<Int> = 30000...32767,
        clusterIPFamilies: Set<IPFamily> = [.ipv4, .ipv6],
        serviceCIDRs: [String]? = nil,
        denyExternalIPs: Bool = false,
        defaulting: Bool = true
    ) {
        self.versions = versions
        self.fragment = fragment
        self.nodePortRange = nodePortRange
        self.clusterIPFamilies = clusterIPFamilies
        self.serviceCIDRs = serviceCIDRs
        self.denyExternalIPs = denyExternalIPs
        self.defaulting = defaulting
    }
}

/// An IP family, as `spec.ipFamilies` names it.
public enum IPFamily: String, Hashable, Sendable, CaseIterable {
    case ipv4 = "IPv4"
    case ipv6 = "IPv6"
}
