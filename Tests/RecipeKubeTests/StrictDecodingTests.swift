import RecipeDiagnostics
import RecipeKube
import Testing

/// Strict decoding: unknown fields at the key, wrong types at the value, Kubernetes field paths.
@Suite struct StrictDecodingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let manifest: String
        let code: String
        let fieldPath: String
        var help: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown port field",
            manifest: service(
                "selector:\n  app: web\nports:\n  - port: 80\n    📍containerPort: 8080"
            ),
            code: "RG2017",
            fieldPath: "spec.ports[0].containerPort"
        ),
        Case(
            name: "wrong case",
            manifest: service("📍ClusterIP: 10.96.0.10\n" + basicSpec),
            code: "RG2017",
            fieldPath: "spec.ClusterIP",
            help: "did you mean 'clusterIP'? field names are case-sensitive"
        ),
        Case(
            name: "typo",
            manifest: service("📍selektor:\n  app: web\nports:\n  - port: 80"),
            code: "RG2017",
            fieldPath: "spec.selektor",
            help: "did you mean 'selector'? field names are case-sensitive"
        ),
        Case(
            name: "metadata.label",
            manifest: service(basicSpec, meta: "📍label:\n  app: web"),
            code: "RG2017",
            fieldPath: "metadata.label",
            help: "did you mean 'labels'? field names are case-sensitive"
        ),
        Case(
            name: "yes key becomes true",
            manifest: service(basicSpec) + "📍y: 1\n",
            code: "RG2017",
            fieldPath: "true"
        ),
        Case(
            name: "map for list",
            manifest: service("selector:\n  app: web\nports:\n  📍port: 80"),
            code: "RG2014",
            fieldPath: "spec.ports"
        ),
        Case(
            name: "scalar for list",
            manifest: service("externalIPs: 📍1.2.3.4\n" + basicSpec),
            code: "RG2014",
            fieldPath: "spec.externalIPs"
        ),
        Case(
            name: "list for metadata",
            manifest: "apiVersion: v1\nkind: Service\nmetadata:\n  📍- name: web\nspec:\n"
                + indent(basicSpec),
            code: "RG2014",
            fieldPath: "metadata"
        ),
        Case(
            name: "object for string",
            manifest: service("selector:\n  app: 📍{matchLabels: {app: web}}\nports:\n  - port: 80"),
            code: "RG2014",
            fieldPath: "spec.selector[app]"
        ),
        Case(
            name: "number label value",
            manifest: service(basicSpec, meta: "labels:\n  version: 📍2"),
            code: "RG2014",
            fieldPath: "metadata.labels[version]",
            help: "quote the value to keep it a string: \"2\""
        ),
        Case(
            name: "float annotation",
            manifest: service(basicSpec, meta: "annotations:\n  example.com/v: 📍1.0"),
            code: "RG2014",
            fieldPath: "metadata.annotations[example.com/v]"
        ),
        Case(
            name: "quoted timeout",
            manifest: service(
                "sessionAffinity: ClientIP\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: 📍\"60\"\n"
                    + basicSpec
            ),
            code: "RG2014",
            fieldPath: "spec.sessionAffinityConfig.clientIP.timeoutSeconds",
            help: "remove the quotes: 60"
        ),
        Case(
            name: "targetPort list",
            manifest: service(
                "selector:\n  app: web\nports:\n  - port: 80\n    targetPort: 📍[8080]"
            ),
            code: "RG2016",
            fieldPath: "spec.ports[0].targetPort"
        ),
        Case(
            name: "targetPort fraction",
            manifest: service("selector:\n  app: web\nports:\n  - port: 80\n    targetPort: 📍80.5"),
            code: "RG2016",
            fieldPath: "spec.ports[0].targetPort"
        ),
        Case(
            name: "status ingress field",
            manifest: service(basicSpec)
                + "status:\n  loadBalancer:\n    ingress:\n      - 📍address: 1.2.3.4\n",
            code: "RG2017",
            fieldPath: "status.loadBalancer.ingress[0].address"
        ),
    ]

    @Test(arguments: cases)
    func decoding(_ testCase: Case) throws {
        let marked = MarkedManifest(testCase.manifest)
        let report = marked.validate()
        #expect(
            report.diagnostics.map(\.code) == [testCase.code],
            "\(report.diagnostics.map(\.message))"
        )
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.range.start == marked.location)
        #expect(diagnostic.fieldPath == testCase.fieldPath)
        if let help = testCase.help { #expect(diagnostic.help == help) }
    }

    @Test func decodeErrorsStopValidation() {
        // The server answers 400 for the decode error alone: the invalid name is not reported.
        let report = MarkedManifest(
            service("selector:\n  app: web\nports:\n  - port: \"80\"", name: "Web")
        ).validate()
        #expect(report.diagnostics.map(\.code) == ["RG2014"])
    }

    @Test func octalAndHexPortsAreIntegers() throws {
        let report = MarkedManifest(
            service("selector:\n  app: web\nports:\n  - port: 0x50\n    targetPort: 010")
        ).validate()
        #expect(report.diagnostics.isEmpty)
        #expect(report.objects.first?.service?.ports.first?.port == 80)
        #expect(report.objects.first?.service?.ports.first?.targetPort == .int(8))
    }

    @Test func dumpWithStatusAndDefaultsIsValid() {
        let dump = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
              namespace: default
              resourceVersion: "0"
              uid: 1d2e
              creationTimestamp: null
            spec:
              clusterIP: 10.96.12.7
              clusterIPs: [10.96.12.7]
              internalTrafficPolicy: Cluster
              ipFamilies: [IPv4]
              ipFamilyPolicy: SingleStack
              type: LoadBalancer
              allocateLoadBalancerNodePorts: true
              externalTrafficPolicy: Cluster
              sessionAffinity: None
              selector: {app: web}
              ports:
                - {name: http, port: 80, protocol: TCP, targetPort: 8080, nodePort: 31380}
            status:
              loadBalancer:
                ingress:
                  - ip: 203.0.113.7
                    ipMode: VIP

            """
        #expect(MarkedManifest(dump).validate().diagnostics.isEmpty)
    }
}

/// Whole `kubectl get -o yaml` dumps, as docs paste them, are valid input.
@Suite struct DumpTests {
    @Test func headlessDualStackDumpWithManagedFields() {
        let dump = """
            apiVersion: v1
            kind: Service
            metadata:
              annotations:
                kubectl.kubernetes.io/last-applied-configuration: |
                  {"apiVersion":"v1","kind":"Service","metadata":{"name":"db","namespace":"shop"}}
              creationTimestamp: "2025-01-02T03:04:05Z"
              managedFields:
              - apiVersion: v1
                fieldsType: FieldsV1
                fieldsV1:
                  f:spec:
                    f:clusterIP: {}
                    .: {}
                manager: kubectl-client-side-apply
                operation: Update
                time: "2025-01-02T03:04:05Z"
              name: db
              namespace: shop
              resourceVersion: "4711"
              uid: 7f9c6a1e-0c1d-4a57-9a43-5f7d2e0b8c11
            spec:
              clusterIP: None
              clusterIPs:
              - None
              internalTrafficPolicy: Cluster
              ipFamilies:
              - IPv4
              - IPv6
              ipFamilyPolicy: RequireDualStack
              sessionAffinity: None
              type: ClusterIP
            status:
              loadBalancer: {}

            """
        let report = MarkedManifest(dump).validate()
        #expect(report.diagnostics.map(\.code) == ["RG2033"])
        #expect(report.diagnostics.first?.severity == .note)
        #expect(report.objects.first?.service?.isHeadless == true)
    }
}
