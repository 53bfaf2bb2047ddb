import RecipeKube
import Testing

/// A1–A10: the registry's allocation checks (service-rules.md §10), with configurable clusters.
@Suite struct AllocationRuleTests {
    static let ipv4Only = ValidationOptions(clusterIPFamilies: [.ipv4])
    static let nodePort = "type: NodePort\nselector:\n  app: web\nports:\n"

    static let cases: [RuleCase] = [
        RuleCase(
            rule: "A1",
            code: "RG2120",
            bad: service(
                "clusterIP: 10.96.0.10\nclusterIPs: 📍[10.96.0.10, fd00::10]\n" + basicSpec
            ),
            good: service(
                "clusterIP: 10.96.0.10\nclusterIPs: [10.96.0.10, fd00::10]\nipFamilyPolicy: PreferDualStack\n"
                    + basicSpec
            )
        ),
        RuleCase(
            rule: "A2",
            code: "RG2121",
            bad: service("ipFamilyPolicy: 📍SingleStack\nipFamilies: [IPv4, IPv6]\n" + basicSpec),
            good: service(
                "ipFamilyPolicy: RequireDualStack\nipFamilies: [IPv4, IPv6]\n" + basicSpec
            )
        ),
        RuleCase(
            rule: "A3 [cluster]",
            code: "RG2122",
            bad: service("clusterIP: 📍fd00::10\n" + basicSpec),
            good: service("clusterIP: 10.96.0.10\n" + basicSpec),
            options: ipv4Only
        ),
        RuleCase(
            rule: "A4 [cluster]",
            code: "RG2123",
            bad: service("ipFamilyPolicy: 📍RequireDualStack\n" + basicSpec),
            good: service("ipFamilyPolicy: PreferDualStack\n" + basicSpec),
            options: ipv4Only
        ),
        RuleCase(
            rule: "A5 [cluster]",
            code: "RG2124",
            bad: service("ipFamilies: [📍IPv6]\n" + basicSpec),
            good: service("ipFamilies: [IPv4]\n" + basicSpec),
            options: ipv4Only
        ),
        RuleCase(
            rule: "A6 [cluster]",
            code: "RG2125",
            bad: service("clusterIP: 📍192.168.0.10\n" + basicSpec),
            good: service("clusterIP: 10.96.200.10\n" + basicSpec),
            options: ValidationOptions(serviceCIDRs: ["10.96.0.0/16", "fd00:10:96::/112"])
        ),
        RuleCase(
            rule: "A7",
            code: "RG2126",
            bad: service(nodePort + "  - port: 80\n    nodePort: 📍8080"),
            good: service(nodePort + "  - port: 80\n    nodePort: 32767")
        ),
        RuleCase(
            rule: "A7 configured range",
            code: "RG2126",
            bad: service(nodePort + "  - port: 80\n    nodePort: 📍30080"),
            good: service(nodePort + "  - port: 80\n    nodePort: 20080"),
            options: ValidationOptions(nodePortRange: 20000...22767)
        ),
        RuleCase(
            rule: "A8",
            code: "RG2127",
            bad: service(
                nodePort
                    + "  - name: a\n    port: 80\n    nodePort: 30080\n  - name: b\n    port: 81\n    protocol: UDP\n    nodePort: 📍30080"
            ),
            good: service(
                nodePort
                    + "  - name: a\n    port: 80\n    nodePort: 30080\n  - name: b\n    port: 80\n    protocol: UDP\n    nodePort: 30080"
            )
        ),
        RuleCase(
            rule: "A10",
            code: "RG2129",
            bad: service(
                "type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 📍30080\nselector:\n  app: web\nports:\n  - port: 80\n    nodePort: 30080"
            ),
            good: service(
                "type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 30081\nselector:\n  app: web\nports:\n  - port: 80\n    nodePort: 30080"
            )
        ),
    ]

    @Test(arguments: cases)
    func rule(_ rule: RuleCase) {
        rule.verify()
    }
}
