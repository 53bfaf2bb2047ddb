import RecipeDiagnostics
import RecipeYAML

@testable import RecipeShell

/// A stand-in for the site's Service schema module: reads a Service manifest into a
/// ``ShellService`` and applies a few server rules (nodePort range RG2901, type spelling RG2902,
/// duplicate nodePort RG2903, nodePort on ClusterIP RG2904) at the ranges of the offending nodes.
enum FakeServiceSchema {
    static func validate(_ node: YAMLNode) -> ServiceCheck {
        var diagnostics: [Diagnostic] = []
        let type = node["spec"]?["type"]?.string ?? "ClusterIP"
        if let typeNode = node["spec"]?["type"],
            !["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"].contains(type)
        {
            diagnostics.append(
                Diagnostic(
                    code: "RG2902", message: "unsupported type '\(type)'", range: typeNode.range,
                    fieldPath: "spec.type"))
        }
        var seen = Set<Int>()
        for (index, item) in (node["spec"]?["ports"]?.items ?? []).enumerated() {
            guard let nodePortNode = item["nodePort"],
                case .int(let value)? = nodePortNode.scalar?.value
            else { continue }
            let path = "spec.ports[\(index)].nodePort"
            if !(30000...32767).contains(value) {
                diagnostics.append(
                    Diagnostic(
                        code: "RG2901", message: "nodePort \(value) outside 30000-32767",
                        range: nodePortNode.range, fieldPath: path))
            } else if !seen.insert(value).inserted {
                diagnostics.append(
                    Diagnostic(
                        code: "RG2903", message: "duplicate nodePort \(value)",
                        range: nodePortNode.range, fieldPath: path))
            }
            if type == "ClusterIP" {
                diagnostics.append(
                    Diagnostic(
                        code: "RG2904", message: "nodePort on a ClusterIP Service",
                        range: nodePortNode.range, fieldPath: path))
            }
        }
        return ServiceCheck(service: ShellService(manifest: node), diagnostics: diagnostics)
    }

    static func validateManifests(_ text: String, _ origin: EmbeddedSource) -> (
        services: [ShellService], diagnostics: [Diagnostic]
    ) {
        var services: [ShellService] = []
        var diagnostics: [Diagnostic] = []
        for document in YAMLParser.parse(text, origin: origin) {
            diagnostics += document.diagnostics
            guard let root = document.root, root["kind"]?.string == "Service" else { continue }
            let check = validate(root)
            diagnostics += check.diagnostics
            if let service = check.service { services.append(service) }
        }
        return (services, diagnostics)
    }

    /// A recipe's manifests file with three Services, as the site would hold it.
    static let recipeManifests = """
        apiVersion: v1
        kind: Service
        metadata:
          name: backend-api
        spec:
          selector: {app: backend}
          ports:
            - {name: http, port: 80, targetPort: 8080}
            - {name: https, port: 443, targetPort: 8443}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          type: NodePort
          selector: {app: web}
          ports:
            - {name: http, port: 80, targetPort: 8080, nodePort: 30080}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: db
          namespace: shop
        spec:
          clusterIP: None
          selector: {app: db}
          ports:
            - {name: pg, port: 5432}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: ext
        spec:
          type: ExternalName
          externalName: api.example.com
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: external-api
        spec:
          type: ExternalName
          externalName: api.example.com
          ports:
            - {port: 443}

        """

    static var manifests: [YAMLNode] { YAMLParser.parse(recipeManifests).compactMap(\.root) }

    /// A context whose Services come from ``recipeManifests`` (defined in `services.md`).
    static func context(seesEverything: Bool = true) -> ShellContext {
        let nodes = manifests
        let services = nodes.compactMap { node -> ShellService? in
            var service = validate(node).service
            service?.file = "services.md"
            return service
        }
        return ShellContext(
            services: services,
            manifestTitles: ["web.yaml": [services[1]]],
            seesEverything: seesEverything,
            validateService: validate,
            validateManifests: validateManifests,
            serviceManifest: { name, namespace in
                nodes.last {
                    $0["metadata"]?["name"]?.string == name
                        && $0["metadata"]?["namespace"]?.string == namespace
                }
            })
    }
}
