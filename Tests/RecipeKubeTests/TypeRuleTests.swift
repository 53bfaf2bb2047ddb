import RecipeKube
import Testing

/// T1, H1, H2, E1–E5 and S1 (service-rules.md §7).
@Suite struct TypeRuleTests {
    static let external = "type: ExternalName\nexternalName: db.example.com\n"

    static let cases: [RuleCase] = [
        RuleCase(
            rule: "T1",
            code: "RG2080",
            bad: service("type: 📍Nodeport\n" + basicSpec),
            good: service("type: NodePort\n" + basicSpec)
        ),
        RuleCase(
            rule: "H1",
            code: "RG2081",
            bad: service("type: LoadBalancer\nclusterIP: 📍None\n" + basicSpec),
            good: service("type: LoadBalancer\n" + basicSpec)
        ),
        RuleCase(
            rule: "H2",
            code: "RG2082",
            bad: service("type: NodePort\nclusterIP: 📍None\n" + basicSpec),
            good: service("type: ClusterIP\nclusterIP: None\n" + basicSpec)
        ),
        RuleCase(
            rule: "E1",
            code: "RG2083",
            bad: service(external + "📍clusterIP: None"),
            good: service(external)
        ),
        RuleCase(
            rule: "E2",
            code: "RG2084",
            bad: service(external + "📍ipFamilies: [IPv4]"),
            good: service(external + "ipFamilies: []")
        ),
        RuleCase(
            rule: "E3",
            code: "RG2085",
            bad: service(external + "📍ipFamilyPolicy: SingleStack"),
            good: service(external + "ipFamilyPolicy: null")
        ),
        RuleCase(
            rule: "E4",
            code: "RG2086",
            bad: service("type: ExternalName\nexternalName: 📍\".\""),
            good: service("type: ExternalName\nexternalName: \"db.\"")
        ),
        RuleCase(
            rule: "E4 missing",
            code: "RG2086",
            bad:
                "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n📍spec:\n  type: ExternalName\n",
            good: service(external)
        ),
        RuleCase(
            rule: "E5",
            code: "RG2087",
            bad: service("type: ExternalName\nexternalName: 📍https://db.example.com:5432"),
            good: service("type: ExternalName\nexternalName: 192.0.2.10")
        ),
        RuleCase(
            rule: "S1",
            code: "RG2088",
            bad: service("selector:\n  app: 📍my web\nports:\n  - port: 80"),
            good: service("selector:\n  app: my-web\nports:\n  - port: 80")
        ),
        RuleCase(
            rule: "S1 key",
            code: "RG2088",
            bad: service("selector:\n  📍-app: web\nports:\n  - port: 80"),
            good: service("selector: {}\nports:\n  - port: 80")
        ),
    ]

    @Test(arguments: cases)
    func rule(_ rule: RuleCase) {
        rule.verify()
    }
}
