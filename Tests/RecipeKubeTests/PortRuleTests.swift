import RecipeKube
import Testing

/// P1–P12: ports (service-rules.md §6).
@Suite struct PortRuleTests {
    static func ports(_ items: String, type: String = "") -> String {
        service(
            (type.isEmpty ? "" : "type: \(type)\n") + "selector:\n  app: web\nports:\n"
                + indent(items)
        )
    }

    static let cases: [RuleCase] = [
        RuleCase(
            rule: "P1",
            code: "RG2060",
            bad:
                "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n📍spec:\n  selector:\n    app: web\n",
            good: ports("- port: 80")
        ),
        RuleCase(
            rule: "P2",
            code: "RG2061",
            bad: ports("- name: http\n  port: 80\n- 📍port: 443"),
            good: ports("- name: http\n  port: 80\n- name: https\n  port: 443")
        ),
        RuleCase(
            rule: "P3",
            code: "RG2062",
            bad: ports("- name: 📍HTTP_Web\n  port: 80"),
            good: ports("- name: http-web-frontend-1\n  port: 80")
        ),
        RuleCase(
            rule: "P4",
            code: "RG2063",
            bad: ports("- name: http\n  port: 80\n- name: 📍http\n  port: 8080"),
            good: ports("- name: http\n  port: 80\n- name: http-alt\n  port: 8080")
        ),
        RuleCase(
            rule: "P5",
            code: "RG2064",
            bad: ports("- port: 📍70000"),
            good: ports("- port: 65535"),
            alongside: ["RG2066"]
        ),
        RuleCase(
            rule: "P5 zero",
            code: "RG2064",
            bad: ports("- port: 📍0\n  targetPort: 80"),
            good: ports("- port: 1\n  targetPort: 80")
        ),
        RuleCase(
            rule: "P5 missing",
            code: "RG2064",
            bad: ports("- 📍targetPort: 8080"),
            good: ports("- port: 80\n  targetPort: 8080")
        ),
        RuleCase(
            rule: "P6",
            code: "RG2065",
            bad: ports("- port: 53\n  protocol: 📍udp"),
            good: ports("- port: 53\n  protocol: UDP")
        ),
        RuleCase(
            rule: "P7",
            code: "RG2066",
            bad: ports("- port: 80\n  targetPort: 📍70000"),
            good: ports("- port: 80\n  targetPort: 0")
        ),
        RuleCase(
            rule: "P8",
            code: "RG2067",
            bad: ports("- port: 80\n  targetPort: 📍\"8080\""),
            good: ports("- port: 80\n  targetPort: 8080")
        ),
        RuleCase(
            rule: "P8 too long",
            code: "RG2067",
            bad: ports("- port: 80\n  targetPort: 📍http-web-frontend"),
            good: ports("- port: 80\n  targetPort: http-web")
        ),
        RuleCase(
            rule: "P9",
            code: "RG2068",
            bad: ports("- port: 80\n  appProtocol: 📍HTTP/2"),
            good: ports("- port: 80\n  appProtocol: kubernetes.io/h2c")
        ),
        RuleCase(
            rule: "P9 empty",
            code: "RG2068",
            bad: ports("- port: 80\n  appProtocol: 📍\"\""),
            good: ports("- port: 80\n  appProtocol: http")
        ),
        RuleCase(
            rule: "P10",
            code: "RG2069",
            bad: ports("- port: 80\n  📍nodePort: 30080"),
            good: ports("- port: 80\n  nodePort: 30080", type: "NodePort")
        ),
        RuleCase(
            rule: "P11",
            code: "RG2070",
            bad: ports(
                "- name: a\n  port: 80\n  nodePort: 30080\n- name: b\n  port: 80\n  nodePort: 📍30080",
                type: "NodePort"
            ),
            good: ports(
                "- name: a\n  port: 80\n  nodePort: 30080\n- name: b\n  port: 80\n  protocol: UDP\n  nodePort: 30080",
                type: "NodePort"
            ),
            alongside: ["RG2071"]
        ),
        RuleCase(
            rule: "P12",
            code: "RG2071",
            bad: ports("- name: a\n  port: 80\n- 📍name: b\n  port: 80\n  protocol: TCP"),
            good: ports("- name: a\n  port: 80\n- name: b\n  port: 80\n  protocol: UDP")
        ),
    ]

    @Test(arguments: cases)
    func rule(_ rule: RuleCase) {
        rule.verify()
    }

    @Test func portsAreDefaulted() throws {
        let report = MarkedManifest(Self.ports("- port: 80\n  targetPort: \"\"\n  protocol: \"\""))
            .validate()
        let port = try #require(report.objects.first?.service?.ports.first)
        #expect(port.protocol == "TCP")
        #expect(port.targetPort == .int(80))
        #expect(report.diagnostics.isEmpty)
    }

    @Test func headlessAndExternalNameNeedNoPorts() {
        #expect(
            MarkedManifest(service("clusterIP: None\nselector:\n  app: web")).validate().diagnostics
                .isEmpty
        )
        #expect(
            MarkedManifest(service("type: ExternalName\nexternalName: db.example.com")).validate()
                .diagnostics.isEmpty
        )
    }
}
