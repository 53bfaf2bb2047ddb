import RecipeDiagnostics
import RecipeKube
import RecipeYAML
import Testing

/// The document-level behaviour of ``ManifestValidator``.
@Suite struct ManifestValidatorTests {
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: nginx
                  ports:
                    - {name: http, containerPort: 8080}

        """

    @Test func brokenDocumentDoesNotHideTheOthers() {
        let text = service(basicSpec) + "---\nkind: [\n---\n" + service(basicSpec, name: "Bad")
        let report = ManifestValidator.validate(
            YAMLParser.parse(text),
            options: ValidationOptions()
        )
        #expect(report.objects.count == 2)
        #expect(report.diagnostics.map(\.code) == ["RG2001", "RG2021"])
        #expect(report.diagnostics.last?.range.start == SourceLocation(line: 16, column: 9))
    }

    @Test func yamlDiagnosticsArePassedThroughInFileCoordinates() {
        let origin = EmbeddedSource(startLine: 40)
        let report = ManifestValidator.validate(
            YAMLParser.parse(
                service("type: NodePort\ntype: ClusterIP\n" + basicSpec),
                origin: origin
            ),
            options: ValidationOptions()
        )
        #expect(report.diagnostics.map(\.code) == ["RG2002"])
        #expect(report.diagnostics.first?.range.start == SourceLocation(line: 46, column: 3))
    }

    @Test func documentWithoutKindIsAnErrorUnlessFragment() {
        let text = "metadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n"
        let report = MarkedManifest(text).validate()
        #expect(report.diagnostics.map(\.code) == ["RG2010"])
        #expect(report.diagnostics.first?.range.start == SourceLocation(line: 1, column: 1))
        #expect(
            MarkedManifest(text).validate(ValidationOptions(fragment: true)).diagnostics.isEmpty
        )
    }

    @Test func unknownKindIsANote() {
        let report = MarkedManifest(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: b\n"
        ).validate()
        #expect(report.diagnostics.map(\.code) == ["RG2012"])
        #expect(report.diagnostics.first?.severity == .note)
        #expect(report.objects.map(\.kind) == ["ConfigMap"])
    }

    @Test func listItemsAreNotManifests() {
        let text =
            "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Service\n    metadata:\n      name: Bad_Name\n"
        let report = MarkedManifest(text).validate()
        #expect(report.objects.isEmpty)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func documentEndMarkerIsNotAnElision() {
        let report = MarkedManifest(service(basicSpec) + "...\n").validate()
        #expect(report.objects.count == 1)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func fragmentSkipsMissingRequiredFieldsOnly() {
        let fragment = ValidationOptions(fragment: true)
        let partial =
            "apiVersion: v1\nkind: Service\nspec:\n  ports:\n    - targetPort: 8080\n    - port: 81\n"
        #expect(MarkedManifest(partial).validate(fragment).diagnostics.isEmpty)
        #expect(
            MarkedManifest(partial).validate().diagnostics.map(\.code).sorted() == [
                "RG2020", "RG2061", "RG2061", "RG2064",
            ]
        )
        let wrong = "kind: Service\nspec:\n  ports:\n    - port: 📍70000\n      targetPort: 80\n"
        let marked = MarkedManifest(wrong)
        let report = marked.validate(fragment)
        #expect(report.diagnostics.map(\.code) == ["RG2064"])
        #expect(report.diagnostics.first?.range.start == marked.location)
    }

    @Test func validateServiceTakesANode() throws {
        let root = try #require(
            YAMLParser.parse(service("type: NodePort\n" + basicSpec)).first?.root
        )
        let result = ManifestValidator.validateService(root, options: ValidationOptions())
        #expect(result.service?.type == .nodePort)
        #expect(result.service?.externalTrafficPolicy == "Cluster")
        #expect(result.diagnostics.isEmpty)
        let scalar = try #require(YAMLParser.parse("just text\n").first?.root)
        #expect(
            ManifestValidator.validateService(scalar, options: ValidationOptions()).diagnostics.map(
                \.code
            ) == ["RG2010"]
        )
    }

    @Test func workloadIsDecoded() throws {
        let report = MarkedManifest(Self.deployment).validate()
        #expect(report.diagnostics.isEmpty)
        let workload = try #require(report.objects.first?.workload)
        #expect(workload.podLabels == ["app": "web"])
        #expect(
            workload.containerPorts == [
                ContainerPort(name: "http", containerPort: 8080, protocol: "TCP")
            ]
        )
        #expect(workload.selector?.matchLabels == ["app": "web"])
    }

    @Test func everyEmittedCodeIsRegistered() {
        for code in ["RG2010", "RG2018", "RG2033", "RG2129", "RG2144", "RG2156"] {
            #expect(DiagnosticRegistry.code(code) != nil, "\(code)")
        }
        let ids = DiagnosticRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}

/// In a fragment, a field left out is not judged by its default.
@Suite struct FragmentDefaultTests {
    static let fragment = ValidationOptions(fragment: true)

    @Test(arguments: [
        "spec:\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 32000\n",
        "spec:\n  ports:\n    - port: 80\n      nodePort: 30080\n",
        "spec:\n  loadBalancerSourceRanges: [10.0.0.0/8]\n  allocateLoadBalancerNodePorts: false\n  loadBalancerClass: example.com/lb\n",
        "spec:\n  ipFamilies: [IPv4, IPv6]\n",
    ])
    func omittedFieldsAreNotDefaulted(spec: String) {
        let text = "apiVersion: v1\nkind: Service\n" + spec
        #expect(MarkedManifest(text).validate(Self.fragment).diagnostics.isEmpty)
        #expect(!MarkedManifest(text).validate().diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func writtenValuesAreStillChecked() {
        let marked = MarkedManifest("apiVersion: v1\nkind: Service\nspec:\n  externalTrafficPolicy: 📍local\n")
        let report = marked.validate(Self.fragment)
        #expect(report.diagnostics.map(\.code) == ["RG2111"])
        #expect(report.diagnostics.first?.range.start == marked.location)
        let typed = MarkedManifest("apiVersion: v1\nkind: Service\nspec:\n  type: ClusterIP\n  ports:\n    - port: 80\n      📍nodePort: 30080\n")
        #expect(typed.validate(Self.fragment).diagnostics.map(\.code) == ["RG2069"])
    }
}
