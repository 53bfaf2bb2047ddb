import RecipeKube
import Testing

/// M1–M13 and S3: object metadata (service-rules.md §3).
@Suite struct MetadataRuleTests {
    static let bigValue = String(repeating: "x", count: 262_144)

    static let cases: [RuleCase] = [
        RuleCase(
            rule: "M1",
            code: "RG2020",
            bad: "apiVersion: v1\nkind: Service\n📍metadata:\n  labels:\n    app: web\nspec:\n"
                + indent(basicSpec),
            good: "apiVersion: v1\nkind: Service\nmetadata:\n  generateName: web-\nspec:\n"
                + indent(basicSpec)
        ),
        RuleCase(
            rule: "M2",
            code: "RG2021",
            bad: service(basicSpec, name: "📍1web"),
            good: service(basicSpec, name: "web1")
        ),
        RuleCase(
            rule: "M2 upper case",
            code: "RG2021",
            bad: service(basicSpec, name: "📍Web_API"),
            good: service(basicSpec, name: "web-api")
        ),
        RuleCase(
            rule: "M3",
            code: "RG2022",
            bad: "apiVersion: v1\nkind: Service\nmetadata:\n  generateName: 📍Web-\nspec:\n"
                + indent(basicSpec),
            good: "apiVersion: v1\nkind: Service\nmetadata:\n  generateName: web-\nspec:\n"
                + indent(basicSpec)
        ),
        RuleCase(
            rule: "M4",
            code: "RG2023",
            bad: service(basicSpec, meta: "namespace: 📍Shop"),
            good: service(basicSpec, meta: "namespace: shop")
        ),
        RuleCase(
            rule: "M5",
            code: "RG2024",
            bad: service(basicSpec, meta: "labels:\n  📍app name: web"),
            good: service(basicSpec, meta: "labels:\n  app.kubernetes.io/name: web")
        ),
        RuleCase(
            rule: "M6",
            code: "RG2025",
            bad: service(basicSpec, meta: "labels:\n  version: 📍\"1.0 beta\""),
            good: service(basicSpec, meta: "labels:\n  version: \"1.0-beta\"")
        ),
        RuleCase(
            rule: "M7",
            code: "RG2026",
            bad: service(basicSpec, meta: "annotations:\n  📍owner team: web"),
            good: service(basicSpec, meta: "annotations:\n  example.com/Owner: web team")
        ),
        RuleCase(
            rule: "M8",
            code: "RG2027",
            bad: service(basicSpec, meta: "📍annotations:\n  example.com/blob: \(bigValue)"),
            good: service(basicSpec, meta: "annotations:\n  b: \(bigValue.dropLast(1))")
        ),
        RuleCase(
            rule: "M9",
            code: "RG2028",
            bad: service(basicSpec, meta: "finalizers:\n  - 📍cleanup"),
            good: service(basicSpec, meta: "finalizers:\n  - example.com/cleanup")
        ),
        RuleCase(
            rule: "M9 orphan and foreground",
            code: "RG2028",
            bad: service(basicSpec, meta: "📍finalizers:\n  - orphan\n  - foregroundDeletion"),
            good: service(basicSpec, meta: "finalizers:\n  - orphan")
        ),
        RuleCase(
            rule: "M10",
            code: "RG2029",
            bad: service(
                basicSpec,
                meta:
                    "ownerReferences:\n  - 📍apiVersion: apps/v1\n    kind: Deployment\n    name: web"
            ),
            good: service(
                basicSpec,
                meta:
                    "ownerReferences:\n  - apiVersion: apps/v1\n    kind: Deployment\n    name: web\n    uid: 4f1c2a"
            )
        ),
        RuleCase(
            rule: "M11",
            code: "RG2030",
            bad: service(basicSpec, meta: "generation: 📍-1"),
            good: service(basicSpec, meta: "generation: 0")
        ),
        RuleCase(
            rule: "M12",
            code: "RG2031",
            bad: service(
                basicSpec,
                meta: "managedFields:\n  - manager: 📍\"kubectl\\u0007\"\n    operation: Bogus"
            ),
            good: service(
                basicSpec,
                meta: "managedFields:\n  - manager: kubectl\n    operation: Bogus"
            )
        ),
        RuleCase(
            rule: "M13",
            code: "RG2032",
            bad: service(
                basicSpec,
                meta:
                    "annotations:\n  service.kubernetes.io/topology-mode: 📍Auto\n  service.kubernetes.io/topology-aware-hints: Disabled"
            ),
            good: service(
                basicSpec,
                meta: "annotations:\n  service.kubernetes.io/topology-mode: Auto"
            )
        ),
        RuleCase(
            rule: "S3",
            code: "RG2033",
            bad: service(basicSpec, meta: "resourceVersion: 📍\"12345\""),
            good: service(basicSpec, meta: "resourceVersion: \"0\"")
        ),
    ]

    @Test(arguments: cases)
    func rule(_ rule: RuleCase) {
        rule.verify()
    }

    @Test func systemFieldsOfADumpAreAccepted() {
        let meta =
            "uid: 0b1c\ncreationTimestamp: \"2024-01-01T00:00:00Z\"\nselfLink: /api/v1/x\nresourceVersion: abc"
        let report = MarkedManifest(service(basicSpec, meta: meta)).validate()
        #expect(report.diagnostics.isEmpty)
    }
}
