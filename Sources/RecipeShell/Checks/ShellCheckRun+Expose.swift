import RecipeDiagnostics
import RecipeYAML

/// `kubectl expose TYPE NAME`: which objects can be exposed, the flags kubectl checks itself,
/// and the Service it would create, validated by the schema module.
extension ShellCheckRun {
    static let exposable: [String: String] = [
        "po": "pod", "pod": "pod", "pods": "pod", "svc": "service", "service": "service",
        "services": "service",
        "rc": "rc", "replicationcontroller": "rc", "replicationcontrollers": "rc",
        "deploy": "deployment",
        "deployment": "deployment", "deployments": "deployment", "rs": "rs", "replicaset": "rs",
        "replicasets": "rs",
    ]

    func checkExpose(_ arguments: ArraySlice<ShellWord>, _ invocation: Invocation) {
        let parsed = parse(arguments, table: .expose, command: "expose")
        if parsed.has("filename") || parsed.has("kustomize") { return }
        let positionals = Array(parsed.positionals.dropFirst())
        guard let (kind, sourceWord, sourceName, sourceRange) = exposedObject(positionals) else {
            return
        }
        var source: ShellService?
        if kind == "service" {
            source = resolve(
                sourceName, at: sourceRange, namespace: namespace(parsed), allowsPrefix: false)
            if parsed.last("name") == nil {
                report(
                    "RG3103",
                    "this creates a second Service named '\(sourceName)', which already exists",
                    at: sourceRange, help: "add --name=NEW-NAME")
                return
            }
        }
        guard let ports = exposePorts(parsed, source: source, anchor: sourceRange),
            var spec = exposeSpec(parsed, anchor: sourceRange)
        else { return }
        if let ports { spec.append(("ports", ManifestNode.list(ports, sourceRange))) }
        let nameFlag = parsed.last("name")
        let nameWord = nameFlag?.valueWord ?? sourceWord
        let name = nameFlag?.value ?? sourceName
        var node = manifest(
            name: name, nameWord: nameWord, parsed: parsed, spec: spec, anchor: sourceRange,
            labels: false)
        if let flag = nameFlag {
            node = ManifestNode.setting(
                "metadata",
                ManifestNode.setting(
                    "name", ManifestNode.string(name, valueRange(flag)),
                    in: node["metadata"] ?? node), in: node)
        }
        guard ports != nil || parsed.last("cluster-ip")?.value == "None" else {
            // Ports come from a pod template recipegen does not read: record the name only.
            context.services.append(
                ShellService(
                    name: name, namespace: namespace(parsed),
                    type: parsed.last("type")?.value ?? "ClusterIP"))
            return
        }
        finishCreated(node, parsed: parsed, invocation) { service in service.hasSelector = true }
    }

    /// TYPE NAME or TYPE/NAME: the kind of the exposed object, the word and range of its name.
    private func exposedObject(_ positionals: [ShellWord]) -> (
        String, ShellWord, String, SourceRange
    )? {
        guard let first = positionals.first, let firstText = first.literal else { return nil }
        var typeText = firstText
        var sourceWord = positionals.count > 1 ? positionals[1] : first
        var nameStart = 0
        if let slash = firstText.firstIndex(of: "/") {
            typeText = String(firstText[..<slash])
            sourceWord = first
            nameStart = firstText.utf8.distance(from: firstText.startIndex, to: slash) + 1
        } else if positionals.count < 2 {
            report("RG3103", "'kubectl expose' needs TYPE NAME or TYPE/NAME", at: first.range)
            return nil
        }
        guard let kind = Self.exposable[typeText.lowercased()] else {
            report(
                "RG3103",
                "cannot expose a '\(typeText)'; kubectl exposes pods, services, replication controllers, deployments and replica sets",
                at: first.range,
                help: typeText.lowercased().hasPrefix("statefulset")
                    ? "write a Service manifest whose selector matches the StatefulSet's pods" : nil
            )
            return nil
        }
        guard let sourceText = sourceWord.literal else { return nil }
        let sourceName = String(decoding: Array(sourceText.utf8)[nameStart...], as: UTF8.self)
        let sourceRange =
            subrange(sourceWord, from: nameStart, to: sourceWord.offsets.count) ?? sourceWord.range
        return (kind, sourceWord, sourceName, sourceRange)
    }

    /// type, selector, sessionAffinity, clusterIP, loadBalancerIP and externalIPs from the
    /// flags; nil after reporting a value kubectl refuses.
    private func exposeSpec(_ parsed: KubectlArguments, anchor: SourceRange) -> [(
        String, YAMLNode
    )]? {
        var spec: [(String, YAMLNode)] = []
        let type = parsed.last("type")
        spec.append(
            (
                "type",
                type.flatMap { flag in flag.value.map { ManifestNode.string($0, valueRange(flag)) }
                } ?? ManifestNode.string("ClusterIP", anchor)
            ))
        if let selector = parsed.last("selector"), let value = selector.value {
            let pairs = value.split(separator: ",").map { item -> (String, YAMLNode) in
                let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
                return (
                    parts[0],
                    ManifestNode.string(parts.count > 1 ? parts[1] : "", valueRange(selector))
                )
            }
            spec.append(("selector", ManifestNode.map(pairs, valueRange(selector))))
        }
        if let affinity = parsed.last("session-affinity"), let value = affinity.value,
            !value.contains("\u{0}")
        {
            guard value == "None" || value == "ClientIP" else {
                report(
                    "RG3102", "unknown session affinity '\(value)'; expected 'None' or 'ClientIP'",
                    at: valueRange(affinity))
                return nil
            }
            spec.append(("sessionAffinity", ManifestNode.string(value, valueRange(affinity))))
        }
        for (flagName, field) in [
            ("cluster-ip", "clusterIP"), ("load-balancer-ip", "loadBalancerIP"),
        ] {
            if let flag = parsed.last(flagName), let value = flag.value {
                spec.append((field, ManifestNode.string(value, valueRange(flag))))
            }
        }
        if let flag = parsed.last("external-ip"), let value = flag.value {
            spec.append(
                (
                    "externalIPs",
                    ManifestNode.list(
                        value.split(separator: ",").map {
                            ManifestNode.string(String($0), valueRange(flag))
                        }, valueRange(flag))
                ))
        }

        return spec
    }

    /// The ports of the exposed Service: `--port` (each an integer), else the source Service's;
    /// `.some(nil)` when they cannot be known; nil after reporting a bad value.
    private func exposePorts(_ parsed: KubectlArguments, source: ShellService?, anchor: SourceRange)
        -> [YAMLNode]??
    {
        let target = parsed.last("target-port")
        let targetNode = target.flatMap { flag in
            flag.value.map { ManifestNode.intOrString($0, valueRange(flag)) }
        }
        let protocolNode = parsed.last("protocol").flatMap { flag in
            flag.value.map { ManifestNode.string($0, valueRange(flag)) }
        }
        guard let flag = parsed.last("port"), let value = flag.value, let word = flag.valueWord
        else {
            guard let source, !source.ports.isEmpty else { return .some(nil) }
            return .some(
                source.ports.map { port in
                    var pairs: [(String, YAMLNode)] = [
                        ("port", ManifestNode.int(port.port, anchor))
                    ]
                    if let name = port.name {
                        pairs.append(("name", ManifestNode.string(name, anchor)))
                    }
                    pairs.append(
                        ("protocol", protocolNode ?? ManifestNode.string(port.protocol, anchor)))
                    pairs.append(
                        (
                            "targetPort",
                            targetNode
                                ?? ManifestNode.intOrString(
                                    port.targetPort ?? String(port.port), anchor)
                        ))
                    return ManifestNode.map(pairs, anchor)
                })
        }
        guard !value.contains("\u{0}") else { return .some(nil) }
        let pieces = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var offset = flag.valueStart
        var nodes: [YAMLNode] = []
        for (index, piece) in pieces.enumerated() {
            let range = subrange(word, from: offset, to: offset + piece.utf8.count) ?? word.range
            offset += piece.utf8.count + 1
            guard let number = Int(piece) else {
                report(
                    "RG3102",
                    "invalid port '\(piece)' in --port; kubectl expose takes port numbers only",
                    at: range)
                return nil
            }
            var pairs: [(String, YAMLNode)] = [("port", ManifestNode.int(number, range))]
            if pieces.count > 1 {
                pairs.append(("name", ManifestNode.string("port-\(index + 1)", range)))
            }
            pairs.append(("protocol", protocolNode ?? ManifestNode.string("TCP", range)))
            pairs.append(("targetPort", targetNode ?? ManifestNode.int(number, range)))
            nodes.append(ManifestNode.map(pairs, range))
        }
        return .some(nodes)
    }
}
