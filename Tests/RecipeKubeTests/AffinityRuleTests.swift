import RecipeKube
import Testing

/// X1–X3 and L1–L9 (service-rules.md §8).
@Suite struct AffinityRuleTests {
    static let lb = "type: LoadBalancer\n"
    static let noDefaulting = ValidationOptions(defaulting: false)
    static let explicit = ClusterIPRuleTests.explicitSpec

    static let cases: [RuleCase] = [
        RuleCase(
            rule: "A-1",
            code: "RG2090",
            bad: service("sessionAffinity: 📍clientip\n" + basicSpec),
            good: service("sessionAffinity: ClientIP\n" + basicSpec)
        ),
        RuleCase(
            rule: "A-2 [unreachable]",
            code: "RG2091",
            bad: service(
                explicit.replacingSessionAffinity("ClientIP") + "📍sessionAffinityConfig: {}\n"
            ),
            good: service(
                explicit.replacingSessionAffinity("ClientIP")
                    + "sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}\n"
            ),
            options: noDefaulting
        ),
        RuleCase(
            rule: "A-3",
            code: "RG2092",
            bad: service(
                "sessionAffinity: ClientIP\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: 📍86401\n"
                    + basicSpec
            ),
            good: service(
                "sessionAffinity: ClientIP\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: 86400\n"
                    + basicSpec
            )
        ),
        RuleCase(
            rule: "A-4 [unreachable]",
            code: "RG2093",
            bad: service(explicit + "📍sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}\n"),
            good: service(explicit),
            options: noDefaulting
        ),
        RuleCase(
            rule: "X1",
            code: "RG2094",
            bad: service("externalIPs: [📍203.0.113.0/24]\n" + basicSpec),
            good: service("externalIPs: [203.0.113.10]\n" + basicSpec)
        ),
        RuleCase(
            rule: "X2",
            code: "RG2095",
            bad: service("externalIPs: [📍127.0.0.1]\n" + basicSpec),
            good: service("externalIPs: [126.0.0.1]\n" + basicSpec)
        ),
        RuleCase(
            rule: "X2 link-local multicast",
            code: "RG2095",
            bad: service("externalIPs: [📍\"ff02::1\"]\n" + basicSpec),
            good: service("externalIPs: [\"ff05::1\"]\n" + basicSpec)
        ),
        RuleCase(
            rule: "X3 [cluster]",
            code: "RG2096",
            bad: service("📍externalIPs: [203.0.113.10]\n" + basicSpec),
            good: service(basicSpec),
            options: ValidationOptions(denyExternalIPs: true)
        ),
        RuleCase(
            rule: "L1",
            code: "RG2097",
            bad: service("type: NodePort\n📍loadBalancerSourceRanges: [10.0.0.0/8]\n" + basicSpec),
            good: service(lb + "loadBalancerSourceRanges: [10.0.0.0/8]\n" + basicSpec)
        ),
        RuleCase(
            rule: "L2",
            code: "RG2098",
            bad: service(lb + "loadBalancerSourceRanges: [📍10.0.0.1]\n" + basicSpec),
            good: service(lb + "loadBalancerSourceRanges: [\" 192.168.1.10/24 \"]\n" + basicSpec)
        ),
        RuleCase(
            rule: "L3",
            code: "RG2099",
            bad: service(
                lb + basicSpec,
                meta:
                    "annotations:\n  service.beta.kubernetes.io/load-balancer-source-ranges: 📍\"10.0.0.0/8, 10.0.0.1\""
            ),
            good: service(
                lb + basicSpec,
                meta:
                    "annotations:\n  service.beta.kubernetes.io/load-balancer-source-ranges: \"10.0.0.0/8, 10.0.0.1/32\""
            )
        ),
        RuleCase(
            rule: "L3 type",
            code: "RG2099",
            bad: service(
                basicSpec,
                meta:
                    "annotations:\n  📍service.beta.kubernetes.io/load-balancer-source-ranges: 10.0.0.0/8"
            ),
            good: service(
                lb + basicSpec,
                meta:
                    "annotations:\n  service.beta.kubernetes.io/load-balancer-source-ranges: \" \""
            )
        ),
        RuleCase(
            rule: "L4",
            code: "RG2100",
            bad: service("type: NodePort\n📍allocateLoadBalancerNodePorts: false\n" + basicSpec),
            good: service(lb + "allocateLoadBalancerNodePorts: false\n" + basicSpec)
        ),
        RuleCase(
            rule: "L5 [unreachable]",
            code: "RG2101",
            bad: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n📍spec:\n"
                + indent(
                    explicit.replacingType("LoadBalancer") + "externalTrafficPolicy: Cluster\n"
                ),
            good: service(
                explicit.replacingType("LoadBalancer")
                    + "externalTrafficPolicy: Cluster\nallocateLoadBalancerNodePorts: true\n"
            ),
            options: noDefaulting
        ),
        RuleCase(
            rule: "L6",
            code: "RG2102",
            bad: service("📍loadBalancerClass: example.com/lb\n" + basicSpec),
            good: service(lb + "loadBalancerClass: example.com/lb\n" + basicSpec)
        ),
        RuleCase(
            rule: "L7",
            code: "RG2103",
            bad: service(lb + "loadBalancerClass: 📍-internal\n" + basicSpec),
            good: service(lb + "loadBalancerClass: internal\n" + basicSpec)
        ),
    ]

    @Test(arguments: cases)
    func rule(_ rule: RuleCase) {
        rule.verify()
    }

    /// L8, L9, A9: documented non-errors.
    @Test func fieldsThatAreNeverErrors() {
        let spec =
            "type: LoadBalancer\nloadBalancerIP: not-an-address\npublishNotReadyAddresses: true\nallocateLoadBalancerNodePorts: false\n"
            + "selector:\n  app: web\nports:\n  - port: 80\n    nodePort: 30080\n"
        #expect(MarkedManifest(service(spec)).validate().diagnostics.isEmpty)
    }

    /// A9: explicit node ports of a LoadBalancer without automatic node ports are still checked.
    @Test func explicitNodePortsStillCheckedWithoutAllocation() {
        let spec =
            "type: LoadBalancer\nallocateLoadBalancerNodePorts: false\nselector:\n  app: web\nports:\n  - port: 80\n    nodePort: 8080\n"
        #expect(MarkedManifest(service(spec)).validate().diagnostics.map(\.code) == ["RG2126"])
    }

    @Test func sessionAffinityDefaults() throws {
        let report = MarkedManifest(
            service(
                "sessionAffinity: ClientIP\nsessionAffinityConfig:\n  clientIP: {}\n" + basicSpec
            )
        ).validate()
        #expect(report.objects.first?.service?.sessionAffinityTimeout == 10800)
        #expect(report.diagnostics.isEmpty)
        let none = MarkedManifest(
            service(
                "sessionAffinity: None\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: -5\n"
                    + basicSpec
            )
        ).validate()
        #expect(none.diagnostics.isEmpty)
    }
}

extension String {
    /// The explicit spec with another `sessionAffinity`.
    func replacingSessionAffinity(_ value: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("sessionAffinity:") ? "sessionAffinity: \(value)" : String($0) }
            .joined(separator: "\n")
    }

    /// The explicit spec with another `type`.
    func replacingType(_ value: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("type:") ? "type: \(value)" : String($0) }
            .joined(separator: "\n")
    }
}
