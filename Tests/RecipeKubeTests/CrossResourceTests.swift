import RecipeDiagnostics
import RecipeKube
import RecipeYAML
import Testing

/// Checks between the manifests of one recipe.
@Suite struct CrossResourceTests {
    static func objects(_ texts: String...) -> (objects: [KubeObject], diagnostics: [Diagnostic]) {
        var objects: [KubeObject] = []
        var diagnostics: [Diagnostic] = []
        for text in texts {
            let report = ManifestValidator.validate(
                YAMLParser.parse(text),
                options: ValidationOptions()
            )
            objects += report.objects
            diagnostics += report.diagnostics
        }
        return (objects, diagnostics)
    }

    static let deployment = ManifestValidatorTests.deployment

    static func statefulSet(serviceName: String) -> String {
        """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          serviceName: \(serviceName)
          selector:
            matchLabels: {app: db}
          template:
            metadata:
              labels: {app: db}
            spec:
              containers:
                - {name: db, image: postgres, ports: [{name: pg, containerPort: 5432}]}

        """
    }

    @Test func selectorMatchingATemplateIsFine() {
        let (objects, diagnostics) = Self.objects(
            Self.deployment,
            service("selector:\n  app: web\nports:\n  - port: 80\n    targetPort: http")
        )
        #expect(diagnostics.isEmpty)
        #expect(CrossResourceChecker.check(objects).isEmpty)
    }

    @Test func selectorMatchingNoTemplate() throws {
        let marked = MarkedManifest(service("selector:\n  📍app: api\nports:\n  - port: 80"))
        let (objects, _) = Self.objects(Self.deployment, marked.text)
        let diagnostics = CrossResourceChecker.check(objects)
        #expect(diagnostics.map(\.code) == ["RG2150"])
        #expect(diagnostics.first?.range.start == marked.location)
        #expect(diagnostics.first?.fieldPath == "spec.selector")
        #expect(
            diagnostics.first?.notes.first?.range?.start == SourceLocation(line: 10, column: 15)
        )
    }

    @Test func selectorIsNotCheckedWithoutWorkloads() {
        let (objects, _) = Self.objects(service("selector:\n  app: api\nports:\n  - port: 80"))
        #expect(CrossResourceChecker.check(objects).isEmpty)
    }

    @Test func selectorIsNotCheckedAcrossNamespaces() {
        let (objects, _) = Self.objects(
            Self.deployment.replacingName(with: "name: web\n  namespace: shop"),
            service("selector:\n  app: api\nports:\n  - port: 80", meta: "namespace: other")
        )
        #expect(CrossResourceChecker.check(objects).isEmpty)
    }

    @Test func namedTargetPortWithoutContainerPort() {
        let marked = MarkedManifest(
            service("selector:\n  app: web\nports:\n  - port: 80\n    targetPort: 📍https")
        )
        let (objects, _) = Self.objects(Self.deployment, marked.text)
        let diagnostics = CrossResourceChecker.check(objects)
        #expect(diagnostics.map(\.code) == ["RG2151"])
        #expect(diagnostics.first?.range.start == marked.location)
        #expect(diagnostics.first?.help == "container ports are named 'http'")
    }

    @Test func namedTargetPortMustMatchTheProtocol() {
        let (objects, _) = Self.objects(
            Self.deployment,
            service(
                "selector:\n  app: web\nports:\n  - port: 80\n    protocol: UDP\n    targetPort: http"
            )
        )
        #expect(CrossResourceChecker.check(objects).map(\.code) == ["RG2151"])
    }

    @Test func statefulSetNeedsAHeadlessService() throws {
        let headless = service(
            "clusterIP: None\nselector:\n  app: db\nports:\n  - port: 5432",
            name: "db"
        )
        #expect(
            CrossResourceChecker.check(
                Self.objects(Self.statefulSet(serviceName: "db"), headless).objects
            ).isEmpty
        )
        let notHeadless = service("selector:\n  app: db\nports:\n  - port: 5432", name: "db")
        let diagnostics = CrossResourceChecker.check(
            Self.objects(Self.statefulSet(serviceName: "db"), notHeadless).objects
        )
        #expect(diagnostics.map(\.code) == ["RG2152"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.range.start == SourceLocation(line: 6, column: 16))
        let missing = CrossResourceChecker.check(
            Self.objects(Self.statefulSet(serviceName: "dbx"), headless).objects
        )
        #expect(missing.map(\.code) == ["RG2152"])
    }

    @Test func sharedClusterIPAndNodePort() {
        let a = service(
            "type: NodePort\nclusterIP: 10.96.0.10\nselector:\n  app: web\nports:\n  - port: 80\n    nodePort: 30080",
            name: "a"
        )
        let b = service(
            "type: NodePort\nclusterIP: 10.96.0.10\nselector:\n  app: web\nports:\n  - port: 81\n    nodePort: 30080",
            name: "b"
        )
        let diagnostics = CrossResourceChecker.check(Self.objects(a, b).objects)
        #expect(diagnostics.map(\.code) == ["RG2153", "RG2154"])
        #expect(
            diagnostics.map(\.range.start) == [
                SourceLocation(line: 7, column: 14), SourceLocation(line: 12, column: 17),
            ]
        )
        // The same Service shown twice (before and after a change) is one object.
        #expect(CrossResourceChecker.check(Self.objects(a, a).objects).isEmpty)
    }

    @Test func workloadSelectorRules() {
        let noSelector =
            "apiVersion: apps/v1\nkind: 📍Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels: {app: web}\n"
        let marked = MarkedManifest(noSelector)
        let report = marked.validate()
        #expect(report.diagnostics.map(\.code) == ["RG2155"])
        #expect(report.diagnostics.first?.range.start == marked.location)
        let mismatch = MarkedManifest(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: 📍{app: api}\n"
        )
        let mismatchReport = mismatch.validate()
        #expect(mismatchReport.diagnostics.map(\.code) == ["RG2156"])
        #expect(mismatchReport.diagnostics.first?.range.start == mismatch.location)
        let list = MarkedManifest(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      📍- app\n"
        )
        #expect(list.validate().diagnostics.map(\.code) == ["RG2014"])
        let job = MarkedManifest(
            "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  template:\n    metadata:\n      labels: {app: once}\n"
        )
        #expect(job.validate().diagnostics.isEmpty)
        let expressions = MarkedManifest(
            "apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: web\nspec:\n  selector:\n    matchExpressions:\n      - {key: app, operator: In, values: [web, api]}\n  template:\n    metadata:\n      labels: {app: api}\n"
        )
        #expect(expressions.validate().diagnostics.isEmpty)
    }
}

extension String {
    /// The manifest with its `name: web` line replaced.
    func replacingName(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map {
                $0 == "  name: web"
                    ? replacement.split(separator: "\n").map { "  " + $0.drop { $0 == " " } }
                        .joined(separator: "\n") : String($0)
            }
            .joined(separator: "\n")
    }
}

/// Container port rules of workloads (the fields named targetPorts refer to).
@Suite struct ContainerPortTests {
    static func pod(_ ports: String) -> String {
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  containers:\n    - name: web\n      image: nginx\n      ports:\n" + ports
    }

    @Test(arguments: [
        ("        - containerPort: 📍70000\n", "RG2157"),
        ("        - 📍name: http\n", "RG2157"),
        ("        - name: 📍HTTP\n          containerPort: 80\n", "RG2158"),
        ("        - {name: http, containerPort: 80}\n        - {name: 📍http, containerPort: 81}\n", "RG2158"),
        ("        - containerPort: 📍\"80\"\n", "RG2014"),
    ])
    func rejected(ports: String, code: String) {
        let marked = MarkedManifest(Self.pod(ports))
        let report = marked.validate()
        #expect(report.diagnostics.map(\.code) == [code])
        #expect(report.diagnostics.first?.range.start == marked.location)
    }

    @Test func accepted() {
        let ports = "        - {name: http, containerPort: 80}\n        - {name: metrics-9090, containerPort: 9090, protocol: TCP}\n"
        #expect(MarkedManifest(Self.pod(ports)).validate().diagnostics.isEmpty)
    }
}
