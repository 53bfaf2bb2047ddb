import RecipeDiagnostics
import RecipeYAML

/// Reads the fields of a workload that cross-resource checks need, with their own rules:
/// strict types for those fields (RG2014/RG2017), an apps/v1 `spec.selector` that is present
/// and not empty (RG2155), a selector that matches the pod template's labels (RG2156), container
/// port numbers (RG2157) and names (RG2158).
/// The rest of the workload is not validated.
enum WorkloadDecoder {
    static func decode(
        _ root: YAMLNode,
        kind: String,
        options: ValidationOptions,
        into sink: inout DiagnosticSink
    ) -> Workload {
        let decoder = StrictDecoder(versions: options.versions)
        let isPod = kind == "Pod"
        let podSpecPath = isPod ? FieldPath("spec") : FieldPath("spec", "template", "spec")
        let labelsPath =
            isPod
            ? FieldPath("metadata", "labels") : FieldPath("spec", "template", "metadata", "labels")
        let labelsNode = root.node(at: labelsPath)
        if let labelsNode {
            decoder.check(labelsNode, as: .stringMap, at: labelsPath, into: &sink)
            MetadataRules.checkLabels(labelsNode, path: labelsPath, into: &sink)
        }
        let ports = containerPorts(root, podSpecPath: podSpecPath, options: options, into: &sink)
        var workload = Workload(
            selector: nil,
            podLabels: labelsNode.map(ServiceDecoder.stringMap) ?? [:],
            podLabelsRange: labelsNode?.range,
            containerPorts: ports,
            serviceName: nil,
            serviceNameRange: nil
        )
        if !isPod {
            workload.selector = selector(
                root,
                kind: kind,
                workload: workload,
                options: options,
                decoder: decoder,
                into: &sink
            )
        }
        if kind == "StatefulSet", let node = root["spec"]?["serviceName"] {
            decoder.check(node, as: .string, at: FieldPath("spec", "serviceName"), into: &sink)
            workload.serviceName = node.string.flatMap { $0.isEmpty ? nil : $0 }
            workload.serviceNameRange = node.range
        }
        return workload
    }

    /// `spec.selector`, checked against the template labels.
    private static func selector(
        _ root: YAMLNode,
        kind: String,
        workload: Workload,
        options: ValidationOptions,
        decoder: StrictDecoder,
        into sink: inout DiagnosticSink
    ) -> LabelSelector? {
        let path = FieldPath("spec", "selector")
        let required = kind != "Job"
        guard let node = root.node(at: path), !node.isNull else {
            if required && !options.fragment {
                // Reported at the object's `kind`, as kubectl names the object that is refused.
                sink.emit(
                    "RG2155",
                    "\(kind) has no 'spec.selector'; apps/v1 requires one that matches the pod template labels",
                    at: FieldPath("kind"),
                    fieldPath: path.description,
                    help: "add 'selector: {matchLabels: ...}' with the template's labels"
                )
            }
            return nil
        }
        let before = sink.count
        decoder.check(node, as: .object(WorkloadSchema.labelSelector), at: path, into: &sink)
        guard sink.count == before else { return nil }
        let selector = LabelSelector(
            matchLabels: node["matchLabels"].map(ServiceDecoder.stringMap) ?? [:],
            matchExpressions: (node["matchExpressions"]?.items ?? []).map { item in
                LabelSelector.Requirement(
                    key: item["key"]?.string ?? "",
                    operator: item["operator"]?.string ?? "",
                    values: ServiceDecoder.stringList(item["values"])
                )
            }
        )
        if selector.isEmpty && required {
            sink.emit(
                "RG2155",
                "\(kind) has an empty 'spec.selector'; it must select the pod template labels",
                at: path
            )
        } else if workload.podLabelsRange != nil || !options.fragment,
            !selector.matches(workload.podLabels)
        {
            sink.emit(
                "RG2156",
                "'spec.selector' does not match the template labels",
                at: FieldPath("spec", "template", "metadata", "labels"),
                fieldPath: "spec.template.metadata.labels",
                notes: [Diagnostic.Note("the selector is here", range: node.range)]
            )
        }
        return selector
    }

    /// The ports of every container and init container, strictly typed, each with a
    /// `containerPort` in 1–65535 (RG2157) and an optional IANA_SVC_NAME name that is unique in
    /// the pod (RG2158).
    private static func containerPorts(
        _ root: YAMLNode,
        podSpecPath: FieldPath,
        options: ValidationOptions,
        into sink: inout DiagnosticSink
    ) -> [ContainerPort] {
        let decoder = StrictDecoder(versions: options.versions)
        var ports: [ContainerPort] = []
        var names: Set<String> = []
        for list in ["containers", "initContainers"] {
            let path = podSpecPath.key(list)
            for (index, container) in (root.node(at: path)?.items ?? []).enumerated() {
                let portsPath = path.index(index).key("ports")
                guard let portsNode = container["ports"] else { continue }
                let before = sink.count
                decoder.check(
                    portsNode,
                    as: .list(.object(WorkloadSchema.containerPort)),
                    at: portsPath,
                    into: &sink
                )
                let decoded = (portsNode.items ?? []).map(containerPort)
                if sink.count == before {
                    for (offset, port) in decoded.enumerated() {
                        checkPort(port, at: portsPath.index(offset), names: &names, options, &sink)
                    }
                }
                ports += decoded
            }
        }
        return ports
    }

    private static func checkPort(
        _ port: ContainerPort,
        at path: FieldPath,
        names: inout Set<String>,
        _ options: ValidationOptions,
        _ sink: inout DiagnosticSink
    ) {
        let written = sink.root.node(at: path.key("containerPort")).map { !$0.isNull } ?? false
        if !(1...65535).contains(port.containerPort) && (written || !options.fragment) {
            sink.emit(
                "RG2157",
                written
                    ? "containerPort \(port.containerPort) is not valid; expected a number from 1 to 65535"
                    : "the container port has no 'containerPort'",
                at: written ? path.key("containerPort") : path,
                on: written ? .value : .key,
                fieldPath: path.key("containerPort").description
            )
        }
        guard let name = port.name else { return }
        if let problem = NameFormat.ianaServiceName(name) {
            sink.emit(
                "RG2158",
                "container port name '\(name.clipped)' is not valid: \(problem)",
                at: path.key("name")
            )
        } else if !names.insert(name).inserted {
            sink.emit(
                "RG2158",
                "container port name '\(name)' is used by another port of the pod",
                at: path.key("name")
            )
        }
    }

    private static func containerPort(_ node: YAMLNode) -> ContainerPort {
        ContainerPort(
            name: node["name"]?.string.flatMap { $0.isEmpty ? nil : $0 },
            containerPort: node["containerPort"].flatMap(ServiceDecoder.integer) ?? 0,
            protocol: node["protocol"]?.string.flatMap { $0.isEmpty ? nil : $0 } ?? "TCP"
        )
    }
}

/// The parts of the workload types that are decoded strictly.
enum WorkloadSchema {
    static let containerPort = ObjectSchema(
        "ContainerPort",
        [
            "name": FieldSpec(.string), "containerPort": FieldSpec(.int32),
            "protocol": FieldSpec(.string),
            "hostPort": FieldSpec(.int32), "hostIP": FieldSpec(.string),
        ]
    )

    static let labelSelector = ObjectSchema(
        "LabelSelector",
        [
            "matchLabels": FieldSpec(.stringMap),
            "matchExpressions": FieldSpec(
                .list(
                    .object(
                        ObjectSchema(
                            "LabelSelectorRequirement",
                            [
                                "key": FieldSpec(.string), "operator": FieldSpec(.string),
                                "values": FieldSpec(.list(.string)),
                            ]
                        )
                    )
                )
            ),
        ]
    )
}
