import RecipeKube
import Testing

/// TP1, TP2, HC1, HC2, IT1, IT2, TD1 (service-rules.md §9).
@Suite struct TrafficRuleTests {
    static let lbLocal = "type: LoadBalancer\nexternalTrafficPolicy: Local\n"

    static let cases: [RuleCase] = [
        RuleCase(
            rule: "TP1",
            code: "RG2110",
            bad: service("📍externalTrafficPolicy: Local\n" + basicSpec),
            good: service("type: NodePort\nexternalTrafficPolicy: Local\n" + basicSpec)
        ),
        RuleCase(
            rule: "TP1 [ver] 1.28",
            code: "RG2110",
            bad: service(
                "externalIPs: [203.0.113.10]\n📍externalTrafficPolicy: Local\n" + basicSpec
            ),
            good: service("externalIPs: [203.0.113.10]\n" + basicSpec),
            options: ValidationOptions(versions: KubernetesVersionRange(parsing: "1.28+")!)
        ),
        RuleCase(
            rule: "TP2",
            code: "RG2111",
            bad: service("type: NodePort\nexternalTrafficPolicy: 📍local\n" + basicSpec),
            good: service("type: NodePort\nexternalTrafficPolicy: \"\"\n" + basicSpec)
        ),
        RuleCase(
            rule: "HC1",
            code: "RG2112",
            bad: service("type: LoadBalancer\n📍healthCheckNodePort: 32000\n" + basicSpec),
            good: service(lbLocal + "healthCheckNodePort: 32000\n" + basicSpec)
        ),
        RuleCase(
            rule: "HC2",
            code: "RG2113",
            bad: service(lbLocal + "healthCheckNodePort: 📍65536\n" + basicSpec),
            good: service(lbLocal + "healthCheckNodePort: 65535\n" + basicSpec),
            options: ValidationOptions(nodePortRange: 30000...70000)
        ),
        RuleCase(
            rule: "IT1",
            code: "RG2114",
            bad: service("internalTrafficPolicy: 📍\"\"\n" + basicSpec),
            good: service("internalTrafficPolicy: Local\n" + basicSpec)
        ),
        RuleCase(
            rule: "IT2 [unreachable]",
            code: "RG2115",
            bad: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n📍spec:\n"
                + indent(
                    ClusterIPRuleTests.explicitSpec.replacingFirstLine("internalTrafficPolicy:")
                ),
            good: service(ClusterIPRuleTests.explicitSpec),
            options: ValidationOptions(defaulting: false)
        ),
        RuleCase(
            rule: "TD1",
            code: "RG2116",
            bad: service("trafficDistribution: 📍PreferZone\n" + basicSpec),
            good: service("trafficDistribution: PreferClose\n" + basicSpec)
        ),
    ]

    @Test(arguments: cases)
    func rule(_ rule: RuleCase) {
        rule.verify()
    }

    @Test func externalTrafficPolicyDefaultsForExternallyAccessible() throws {
        let report = MarkedManifest(service("externalIPs: [203.0.113.10]\n" + basicSpec)).validate()
        #expect(report.objects.first?.service?.externalTrafficPolicy == "Cluster")
        #expect(report.objects.first?.service?.internalTrafficPolicy == "Cluster")
        #expect(report.diagnostics.isEmpty)
    }
}

extension String {
    /// The text without the line starting with `prefix`.
    func replacingFirstLine(_ prefix: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix(prefix) }
            .joined(separator: "\n")
    }
}
