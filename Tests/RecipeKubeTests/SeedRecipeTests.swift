import RecipeKube
import RecipeYAML
import Testing

/// The Services of the seed recipe (reference/seed-recipe-service-types.txt) are valid for its
/// range, 1.28+.
@Suite struct SeedRecipeTests {
    static let manifests = """
        apiVersion: v1
        kind: Service
        metadata:
          name: backend-api
        spec:
          type: ClusterIP               # Default — can be omitted
          selector:
            app: backend
          ports:
            - port: 80                   # Service port
              targetPort: 8080           # Container port
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web-app
        spec:
          type: NodePort
          selector:
            app: web
          ports:
            - port: 80                   # ClusterIP port (internal)
              targetPort: 8080           # Container port
              nodePort: 30080            # External port (30000-32767)
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: public-web
          annotations:
            # AWS-specific
            service.beta.kubernetes.io/aws-load-balancer-type: nlb
        spec:
          type: LoadBalancer
          selector:
            app: web
          ports:
            - port: 80
              targetPort: 8080
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: external-db
        spec:
          type: ExternalName
          externalName: db.example.com   # DNS CNAME
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: db-headless
        spec:
          clusterIP: None               # Headless — no virtual IP
          selector:
            app: postgres
          ports:
            - port: 5432

        """

    @Test func seedServicesAreValid() throws {
        let options = ValidationOptions(
            versions: try #require(KubernetesVersionRange(parsing: "1.28+"))
        )
        let report = ManifestValidator.validate(YAMLParser.parse(Self.manifests), options: options)
        #expect(
            report.diagnostics.isEmpty,
            "\(report.diagnostics.map { "\($0.code) \($0.range.start) \($0.message)" })"
        )
        #expect(
            report.objects.compactMap(\.service?.name) == [
                "backend-api", "web-app", "public-web", "external-db", "db-headless",
            ]
        )
        #expect(
            report.objects.compactMap(\.service?.type) == [
                .clusterIP, .nodePort, .loadBalancer, .externalName, .clusterIP,
            ]
        )
        #expect(report.objects.last?.service?.isHeadless == true)
        #expect(CrossResourceChecker.check(report.objects).isEmpty)
    }

    @Test func patternFragmentsWithoutKindAreNotChecked() {
        let fragment = ValidationOptions(fragment: true)
        let report = ManifestValidator.validate(
            YAMLParser.parse("# Internal microservice → ClusterIP\ntype: ClusterIP\n"),
            options: fragment
        )
        #expect(report.diagnostics.isEmpty)
        #expect(report.objects.map(\.kind) == [""])
        #expect(report.objects.first?.service == nil)
    }
}

/// Lookups the shell checks use.
@Suite struct ServiceLookupTests {
    @Test func namesAndPorts() throws {
        let text = service("type: NodePort\nselector:\n  app: web\nports:\n  - name: http\n    port: 80\n    nodePort: 30080\n  - name: dns\n    port: 53\n    protocol: UDP", meta: "namespace: shop")
        let service = try #require(MarkedManifest(text).validate().objects.first?.service)
        #expect(service.dnsNames() == ["web", "web.shop", "web.shop.svc", "web.shop.svc.cluster.local"])
        #expect(service.port(named: "http")?.nodePort == 30080)
        #expect(service.port(number: 53) == nil)
        #expect(service.port(number: 53, protocol: "UDP")?.name == "dns")
    }
}
