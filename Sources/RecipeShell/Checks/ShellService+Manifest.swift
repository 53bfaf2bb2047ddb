import RecipeDiagnostics
import RecipeYAML

extension ShellService {
    /// Reads the facts the shell checks need from a Service manifest, without validating it
    /// (the schema module does that): nil when the node is not a `kind: Service` with a name.
    ///
    /// Ports without an integer `port` are left out; `range` is the manifest's range and
    /// `file` is stored as given.
    public init?(manifest node: YAMLNode, file: String? = nil) {
        guard node["kind"]?.string == "Service", let name = node["metadata"]?["name"]?.string else {
            return nil
        }
        let spec = node["spec"]
        let ports = (spec?["ports"]?.items ?? []).compactMap { item -> Port? in
            guard case .int(let port)? = item["port"]?.scalar?.value else { return nil }
            var nodePort: Int?
            if case .int(let value)? = item["nodePort"]?.scalar?.value { nodePort = value }
            return Port(
                name: item["name"]?.string, port: port,
                targetPort: item["targetPort"]?.scalar?.text,
                nodePort: nodePort, protocol: item["protocol"]?.string ?? "TCP")
        }
        self.init(
            name: name, namespace: node["metadata"]?["namespace"]?.string,
            type: spec?["type"]?.string ?? "ClusterIP", ports: ports,
            headless: spec?["clusterIP"]?.string == "None",
            externalName: spec?["externalName"]?.string,
            hasSelector: spec?["selector"]?.pairs?.isEmpty == false, file: file, range: node.range)
    }
}
