import RecipeDiagnostics
import RecipeYAML

/// Reads the fields of a workload that cross-resource checks need, with their own rules:
/// strict types for those fields (RG2014/RG2017), an apps/v1 `spec.selector` that is present
/// and not empty (RG2155), and a selector that matches the pod template's labels (RG2156).
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
        var ports: [ContainerPort] = []
        for list in ["containers", "initContainers"] {
            let path = podSpecPath.key(list)
            for (index, container) in (root.node(at: path)?.items ?? []).enumerated() {
                let portsPath = path.index(index).key("ports")
                guard let portsNode = container["ports"] else { continue }
                decoder.check(
                    portsNode,
                    as: .list(.object(WorkloadSchema.containerPort)),
                    at: portsPath,
                    into: &sink
                )
                ports += (portsNode.items ?? []).map(containerPort)
            }
        }
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
