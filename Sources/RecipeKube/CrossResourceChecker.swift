import RecipeDiagnostics
import RecipeYAML

/// Checks between the objects of one recipe (DESIGN.md "What is checked" 4):
/// - RG2150: a Service selector matches no pod template, when the recipe defines workloads in
///   the Service's namespace;
/// - RG2151: a named `targetPort` that no container port of the selected pods carries;
/// - RG2152 (warning): a StatefulSet's `serviceName` that is not a headless Service of the recipe;
/// - RG2153 (warning): two Services of the recipe request the same cluster IP (A6, "already
///   allocated");
/// - RG2154 (warning): two Services of the recipe request the same node port (A8 across
///   Services). Two manifests of the same Service (same name) are one object, not a clash.
///
/// A namespace left out (nil) is compatible with every namespace, since kubectl's `-n` decides.
public enum CrossResourceChecker {
    /// Diagnostics for the objects of one recipe, in the order the objects are given.
    public static func check(_ objects: [KubeObject]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let workloads = objects.filter { $0.workload != nil }
        let services = objects.filter { $0.service != nil }
        for object in services {
            guard let service = object.service else { continue }
            diagnostics += checkSelector(service, workloads: workloads)
        }
        for object in workloads {
            diagnostics += checkServiceName(object, services: services)
        }
        diagnostics += checkSharedAllocations(services.compactMap(\.service))
        return diagnostics
    }

    /// RG2150, RG2151 for one Service.
    private static func checkSelector(_ service: Service, workloads: [KubeObject]) -> [Diagnostic] {
        guard let selector = service.selector, !selector.isEmpty, service.type != .externalName
        else { return [] }
        let candidates = workloads.filter { sameNamespace($0.namespace, service.namespace) }
        guard !candidates.isEmpty else { return [] }
        let selected = candidates.filter { object in
            guard let labels = object.workload?.podLabels else { return false }
            return selector.allSatisfy { labels[$0.key] == $0.value }
        }
        guard !selected.isEmpty else {
            let names = candidates.compactMap(\.name).map { "'\($0)'" }.joined(separator: ", ")
            let shown = selector.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: ","
            )
            return [
                Diagnostic(
                    code: "RG2150",
                    message:
                        "selector '\(shown)' of Service '\(service.name ?? "")' matches no pod template of this recipe",
                    range: service.selectorRange ?? service.nameRange,
                    fieldPath: "spec.selector",
                    notes: candidates.compactMap { object in
                        object.workload?.podLabelsRange.map {
                            Diagnostic.Note(
                                "pod labels of \(object.kind) '\(object.name ?? "")'",
                                range: $0
                            )
                        }
                    },
                    help: names.isEmpty
                        ? nil : "make the selector a subset of the pod labels of \(names)"
                )
            ]
        }
        var diagnostics: [Diagnostic] = []
        let containerPorts = selected.flatMap { $0.workload?.containerPorts ?? [] }
        for (index, port) in service.ports.enumerated() {
            guard case .string(let name) = port.targetPort,
                !containerPorts.contains(where: { $0.name == name && $0.protocol == port.protocol })
            else { continue }
            let range =
                service.node.node(at: FieldPath("spec", "ports").index(index).key("targetPort"))?
                .range ?? port.range
            let known = containerPorts.compactMap(\.name)
            diagnostics.append(
                Diagnostic(
                    code: "RG2151",
                    message:
                        "targetPort '\(name)' matches no container port name of the selected pods",
                    range: range,
                    fieldPath: "spec.ports[\(index)].targetPort",
                    label: "no container port is named '\(name)'",
                    help: known.isEmpty
                        ? "name the container port '\(name)', or use its number"
                        : "container ports are named \(known.map { "'\($0)'" }.joined(separator: ", "))"
                )
            )
        }
        return diagnostics
    }

    /// RG2152 for one StatefulSet.
    private static func checkServiceName(
        _ object: KubeObject,
        services: [KubeObject]
    ) -> [Diagnostic] {
        guard object.kind == "StatefulSet", let workload = object.workload,
            let name = workload.serviceName,
            let range = workload.serviceNameRange
        else { return [] }
        let match = services.compactMap(\.service).first {
            $0.name == name && sameNamespace($0.namespace, object.namespace)
        }
        if let match, match.isHeadless { return [] }
        let message =
            match == nil
            ? "serviceName '\(name)' is not a Service of this recipe; a StatefulSet needs a headless Service for its pods' DNS names"
            : "serviceName '\(name)' names a Service that is not headless; expected 'clusterIP: None'"
        return [
            Diagnostic(
                code: "RG2152",
                message: message,
                range: range,
                fieldPath: "spec.serviceName",
                notes: match.map {
                    [Diagnostic.Note("Service '\(name)' is defined here", range: $0.nameRange)]
                } ?? []
            )
        ]
    }

    /// RG2153, RG2154: what the allocator would refuse when the recipe's Services are created
    /// one after the other.
    private static func checkSharedAllocations(_ services: [Service]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var clusterIPs: [String: Service] = [:]
        var nodePorts: [Int: Service] = [:]
        for service in services {
            for (index, ip) in service.clusterIPs.enumerated() where ip != "None" {
                guard let address = IPAddress(ip) else { continue }
                let key = address.bytes.map(String.init).joined(separator: ".")
                if let owner = clusterIPs[key], !sameObject(owner, service) {
                    let path =
                        service.node["spec"]?["clusterIPs"] != nil
                        ? FieldPath("spec", "clusterIPs").index(index)
                        : FieldPath("spec", "clusterIP")
                    diagnostics.append(
                        Diagnostic(
                            code: "RG2153",
                            message:
                                "cluster IP \(ip) is already allocated to Service '\(owner.name ?? "")' of this recipe",
                            range: service.node.range(of: path, on: .value).range,
                            fieldPath: "spec.clusterIPs",
                            notes: [Diagnostic.Note("requested here first", range: owner.nameRange)]
                        )
                    )
                } else if clusterIPs[key] == nil {
                    clusterIPs[key] = service
                }
            }
            guard service.type == .nodePort || service.type == .loadBalancer else { continue }
            var own: Set<Int> = []
            for (index, port) in service.ports.enumerated()
            where port.nodePort != 0 && !own.contains(port.nodePort) {
                own.insert(port.nodePort)
                if let owner = nodePorts[port.nodePort], !sameObject(owner, service) {
                    let path = FieldPath("spec", "ports").index(index).key("nodePort")
                    diagnostics.append(
                        Diagnostic(
                            code: "RG2154",
                            message:
                                "nodePort \(port.nodePort) is already allocated to Service '\(owner.name ?? "")' of this recipe",
                            range: service.node.range(of: path, on: .value).range,
                            fieldPath: path.description,
                            notes: [Diagnostic.Note("requested here first", range: owner.nameRange)]
                        )
                    )
                } else if nodePorts[port.nodePort] == nil {
                    nodePorts[port.nodePort] = service
                }
            }
        }
        return diagnostics
    }

    /// Two manifests of one Service (a recipe showing a change to it) do not compete.
    private static func sameObject(_ a: Service, _ b: Service) -> Bool {
        a.name != nil && a.name == b.name && sameNamespace(a.namespace, b.namespace)
    }

    private static func sameNamespace(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a == b
    }
}
