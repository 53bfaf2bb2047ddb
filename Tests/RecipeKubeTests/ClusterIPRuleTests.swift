import RecipeKube
import Testing

/// C1–C11: cluster IPs and IP families (service-rules.md §5).
@Suite struct ClusterIPRuleTests {
    /// Every field defaulting would fill, written out, for the rules only reachable without it.
    static let explicitSpec =
        "type: ClusterIP\nsessionAffinity: None\ninternalTrafficPolicy: Cluster\nipFamilyPolicy: SingleStack\n"
        + "selector:\n  app: web\nports:\n  - port: 80\n    protocol: TCP\n    targetPort: 80\n"

    static let noDefaulting = ValidationOptions(defaulting: false)

    static let cases: [RuleCase] = [
        RuleCase(
            rule: "C1 [unreachable]",
            code: "RG2040",
            bad: service("clusterIP: 📍10.96.0.10\nclusterIPs: []\n" + explicitSpec),
            good: service("clusterIP: 10.96.0.10\nclusterIPs: [10.96.0.10]\n" + explicitSpec),
            options: noDefaulting
        ),
        RuleCase(
            rule: "C2",
            code: "RG2041",
            bad: service("clusterIP: 10.96.0.10\nclusterIPs: [📍10.96.0.11]\n" + basicSpec),
            good: service("clusterIP: 10.96.0.10\nclusterIPs: [10.96.0.10]\n" + basicSpec)
        ),
        RuleCase(
            rule: "C3",
            code: "RG2042",
            bad: service("clusterIPs: 📍[10.96.0.10]\n" + basicSpec),
            good: service("clusterIP: 10.96.0.10\n" + basicSpec)
        ),
        RuleCase(
            rule: "C4",
            code: "RG2043",
            bad: service("ipFamilies: [📍ipv4]\n" + basicSpec),
            good: service("ipFamilies: [IPv4]\n" + basicSpec)
        ),
        RuleCase(
            rule: "C5",
            code: "RG2044",
            bad: service(
                "ipFamilyPolicy: PreferDualStack\nipFamilies: [IPv4, 📍IPv4]\n" + basicSpec
            ),
            good: service("ipFamilyPolicy: PreferDualStack\nipFamilies: [IPv4, IPv6]\n" + basicSpec)
        ),
        RuleCase(
            rule: "C6",
            code: "RG2045",
            bad: service("ipFamilyPolicy: 📍\"\"\n" + basicSpec),
            good: service("ipFamilyPolicy: SingleStack\n" + basicSpec)
        ),
        RuleCase(
            rule: "C7",
            code: "RG2046",
            bad: service("clusterIP: None\nclusterIPs: 📍[None, 10.96.0.10]\n" + basicSpec),
            good: service("clusterIP: None\nclusterIPs: [None]\n" + basicSpec)
        ),
        RuleCase(
            rule: "C8",
            code: "RG2047",
            bad: service("clusterIP: 📍10.96.0.0/16\n" + basicSpec),
            good: service("clusterIP: 010.096.0.1\n" + basicSpec)
        ),
        RuleCase(
            rule: "C8 None later",
            code: "RG2047",
            bad: service(
                "clusterIP: 10.96.0.10\nipFamilyPolicy: PreferDualStack\nclusterIPs: [10.96.0.10, 📍None]\n"
                    + basicSpec
            ),
            good: service(
                "clusterIP: 10.96.0.10\nipFamilyPolicy: PreferDualStack\nclusterIPs: [10.96.0.10, fd00::10]\n"
                    + basicSpec
            )
        ),
        RuleCase(
            rule: "C9",
            code: "RG2048",
            bad: service(
                "clusterIP: 10.96.0.10\nipFamilyPolicy: PreferDualStack\nclusterIPs: 📍[10.96.0.10, fd00::10, 10.96.0.11]\n"
                    + basicSpec
            ),
            good: service(
                "clusterIP: 10.96.0.10\nipFamilyPolicy: PreferDualStack\nclusterIPs: [10.96.0.10, fd00::10]\n"
                    + basicSpec
            )
        ),
        RuleCase(
            rule: "C10",
            code: "RG2049",
            bad: service(
                "clusterIP: 10.96.0.10\nipFamilyPolicy: PreferDualStack\nclusterIPs: 📍[10.96.0.10, 10.96.0.11]\n"
                    + basicSpec
            ),
            good: service(
                "clusterIP: 10.96.0.10\nipFamilyPolicy: PreferDualStack\nclusterIPs: [10.96.0.10, fd00::11]\n"
                    + basicSpec
            )
        ),
        RuleCase(
            rule: "C11",
            code: "RG2050",
            bad: service("clusterIP: 📍10.96.0.10\nipFamilies: [IPv6]\n" + basicSpec),
            good: service("clusterIP: fd00::10\nipFamilies: [IPv6]\n" + basicSpec)
        ),
    ]

    @Test(arguments: cases)
    func rule(_ rule: RuleCase) {
        rule.verify()
    }

    @Test func clusterIPIsCopiedIntoClusterIPs() throws {
        let report = MarkedManifest(service("clusterIP: 10.96.0.10\n" + basicSpec)).validate()
        let service = try #require(report.objects.first?.service)
        #expect(service.clusterIPs == ["10.96.0.10"])
        #expect(service.ipFamilyPolicy == "SingleStack")
        #expect(report.diagnostics.isEmpty)
    }

    @Test func headlessWithoutSelectorDefaultsToRequireDualStack() throws {
        let report = MarkedManifest(service("clusterIP: None\n")).validate()
        let service = try #require(report.objects.first?.service)
        #expect(service.isHeadless)
        #expect(service.ipFamilyPolicy == "RequireDualStack")
        #expect(report.diagnostics.isEmpty)
    }

    @Test func clusterIPErrorsStopBeforeServiceValidation() {
        // C8 is returned alone: the bad port name (P3) is never reached.
        let report = MarkedManifest(
            service("clusterIP: bogus\nselector:\n  app: web\nports:\n  - name: HTTP\n    port: 80")
        ).validate()
        #expect(report.diagnostics.map(\.code) == ["RG2047"])
        #expect(report.diagnostics.first?.fieldPath == "spec.clusterIPs[0]")
    }
}
