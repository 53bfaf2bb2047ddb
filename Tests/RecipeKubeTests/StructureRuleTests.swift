import RecipeKube
import Testing

/// Y1–Y3 and D1–D7: YAML and strict decoding (service-rules.md §2).
@Suite struct StructureRuleTests {
    static let cases: [RuleCase] = [
        RuleCase(
            rule: "Y1",
            code: "RG2001",
            bad: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n   labels📍: {}\nspec:\n"
                + indent(basicSpec),
            good: service(basicSpec, meta: "labels:\n  app: web")
        ),
        RuleCase(
            rule: "Y2",
            code: "RG2002",
            bad: service("type: NodePort\n📍type: ClusterIP\n" + basicSpec),
            good: service("type: ClusterIP\n" + basicSpec)
        ),
        RuleCase(
            rule: "Y3",
            code: "RG2014",
            bad: service(basicSpec, meta: "labels:\n  canary: 📍yes"),
            good: service(basicSpec, meta: "labels:\n  canary: \"yes\"")
        ),
        RuleCase(
            rule: "D1 apiVersion",
            code: "RG2011",
            bad: "apiVersion: 📍core/v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                + indent(basicSpec),
            good: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                + indent(basicSpec)
        ),
        RuleCase(
            rule: "D1 apiVersion missing",
            code: "RG2011",
            bad: "📍kind: Service\nmetadata:\n  name: web\nspec:\n" + indent(basicSpec),
            good: "kind: Service\napiVersion: v1\nmetadata:\n  name: web\nspec:\n"
                + indent(basicSpec)
        ),
        RuleCase(
            rule: "D1 kind",
            code: "RG2013",
            bad: "apiVersion: v1\nkind: 📍service\nmetadata:\n  name: web\nspec:\n"
                + indent(basicSpec),
            good: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                + indent(basicSpec)
        ),
        RuleCase(
            rule: "D1 kind missing",
            code: "RG2010",
            bad: "📍apiVersion: v1\nmetadata:\n  name: web\nspec:\n" + indent(basicSpec),
            good: "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                + indent(basicSpec)
        ),
        RuleCase(
            rule: "D2",
            code: "RG2014",
            bad: service("selector:\n  app: web\nports:\n  - port: 📍\"80\""),
            good: service("selector:\n  app: web\nports:\n  - port: 80")
        ),
        RuleCase(
            rule: "D2 list for map",
            code: "RG2014",
            bad: service("selector:\n  📍- app\nports:\n  - port: 80"),
            good: service("selector:\n  app: web\nports:\n  - port: 80")
        ),
        RuleCase(
            rule: "D2 string for bool",
            code: "RG2014",
            bad: service(
                "type: LoadBalancer\nallocateLoadBalancerNodePorts: 📍\"false\"\n" + basicSpec
            ),
            good: service("type: LoadBalancer\nallocateLoadBalancerNodePorts: false\n" + basicSpec)
        ),
        RuleCase(
            rule: "D2 number for port name",
            code: "RG2014",
            bad: service("selector:\n  app: web\nports:\n  - name: 📍8080\n    port: 80"),
            good: service("selector:\n  app: web\nports:\n  - name: \"8080\"\n    port: 80")
        ),
        RuleCase(
            rule: "D3",
            code: "RG2015",
            bad: service("selector:\n  app: web\nports:\n  - port: 📍80.5"),
            good: service("selector:\n  app: web\nports:\n  - port: 80.0")
        ),
        RuleCase(
            rule: "D3 overflow",
            code: "RG2015",
            bad: service(
                "type: NodePort\nselector:\n  app: web\nports:\n  - port: 80\n    nodePort: 📍4294967296"
            ),
            good: service(
                "type: NodePort\nselector:\n  app: web\nports:\n  - port: 80\n    nodePort: 30080"
            )
        ),
        RuleCase(
            rule: "D4",
            code: "RG2016",
            bad: service("selector:\n  app: web\nports:\n  - port: 80\n    targetPort: 📍true"),
            good: service("selector:\n  app: web\nports:\n  - port: 80\n    targetPort: \"http\"")
        ),
        RuleCase(
            rule: "D5",
            code: "RG2017",
            bad: service("selector:\n  app: web\nports:\n  - port: 80\n    📍targetport: 8080"),
            good: service("selector:\n  app: web\nports:\n  - port: 80\n    targetPort: 8080")
        ),
        RuleCase(
            rule: "D5 mis-indented",
            code: "RG2017",
            bad:
                "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  📍selector:\n    app: web\nspec:\n  ports:\n    - port: 80\n",
            good:
                "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n"
        ),
        RuleCase(
            rule: "D5 status",
            code: "RG2017",
            bad: service(basicSpec) + "status:\n  📍foo: {}\n",
            good: service(basicSpec) + "status:\n  loadBalancer: {}\n"
        ),
        RuleCase(
            rule: "D6",
            code: "RG2002",
            bad: service("selector:\n  app: web\nports:\n  - port: 80\n    📍port: 81"),
            good: service("selector:\n  app: web\nports:\n  - port: 81")
        ),
    ]

    @Test(arguments: cases)
    func rule(_ rule: RuleCase) {
        rule.verify()
    }

    /// D7: `null` is the same as leaving a field out.
    @Test func nullIsAbsent() {
        let report = MarkedManifest(
            service("selector: ~\nclusterIP: null\nports:\n  - port: 80\n    targetPort: ~")
        ).validate()
        #expect(report.diagnostics.isEmpty)
        let service = report.objects.first?.service
        #expect(service?.selector == nil)
        #expect(service?.ports.first?.targetPort == .int(80))
    }
}
