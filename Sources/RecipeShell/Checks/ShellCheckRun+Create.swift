import RecipeDiagnostics
import RecipeYAML

/// `kubectl create service clusterip|nodeport|loadbalancer|externalname` and `kubectl expose`:
/// kubectl's own checks of flags and values, then the Service they would create, built as a
/// manifest whose nodes carry the ranges of the words that produced them and validated by the
/// schema module (so `--node-port=80` fails with the same rule as a manifest).
extension ShellCheckRun {
    static let serviceKinds = [
        "clusterip": "ClusterIP", "nodeport": "NodePort", "loadbalancer": "LoadBalancer",
        "externalname": "ExternalName",
    ]

    func checkCreateService(_ arguments: ArraySlice<ShellWord>, _ invocation: Invocation) {
        // 'create', 'service' and the kind.
        let head = KubectlArguments(arguments, table: .globalOnly, positionals: 3)
        let serviceWord = head.positionals[1]
        guard head.positionals.count > 2 else {
            report(
                "RG3103",
                "'kubectl create service' needs the kind of Service: clusterip, nodeport, loadbalancer or externalname",
                at: serviceWord.range)
            return
        }
        let kindWord = head.positionals[2]
        guard let kind = kindWord.literal, let table = KubectlFlagTable.createService[kind],
            let type = Self.serviceKinds[kind]
        else {
            report(
                "RG3103",
                "'\(kindWord.value)' is not a kind of Service that kubectl can create; expected clusterip, nodeport, loadbalancer or externalname",
                at: kindWord.range,
                help: "write 'kubectl create service clusterip \(kindWord.value) --tcp=PORT:TARGET'"
            )
            return
        }
        let parsed = parse(arguments, table: table, command: "create service \(kind)")
        let names = Array(parsed.positionals.dropFirst(3))
        guard names.count == 1, let nameWord = names.first, let name = nameWord.literal else {
            if names.count != 1 {
                report(
                    "RG3103", "exactly one NAME is required, got \(names.count)",
                    at: names.dropFirst().first?.range ?? kindWord.range)
            }
            return
        }
        var ports: [YAMLNode] = []
        var valid = true
        for flag in parsed.all("tcp") {
            guard let entries = tcpEntries(flag) else {
                valid = false
                continue
            }
            ports += entries
        }
        let clusterIP = parsed.last("clusterip")
        if kind != "externalname" && parsed.all("tcp").isEmpty && clusterIP?.value != "None" {
            report(
                "RG3103", "at least one tcp port specifier must be provided", at: kindWord.range,
                help: "add --tcp=PORT[:TARGET_PORT]")
            return
        }
        guard valid,
            let spec = createSpec(
                kind: kind, type: type, kindWord: kindWord, name: name, nameWord: nameWord,
                parsed: parsed, ports: ports)
        else { return }
        let node = manifest(
            name: name, nameWord: nameWord, parsed: parsed, spec: spec, anchor: kindWord.range)
        finishCreated(node, parsed: parsed, invocation)
    }

    /// The `spec` of a created Service; nil after reporting a value kubectl refuses.
    private func createSpec(
        kind: String, type: String, kindWord: ShellWord, name: String, nameWord: ShellWord,
        parsed: KubectlArguments, ports: [YAMLNode]
    ) -> [(String, YAMLNode)]? {
        var ports = ports
        var spec: [(String, YAMLNode)] = [("type", ManifestNode.string(type, kindWord.range))]
        if kind == "externalname" {
            guard let external = parsed.last("external-name"), let host = external.value else {
                report("RG3103", "required flag '--external-name' is not set", at: kindWord.range)
                return nil
            }
            if !host.contains("\u{0}") && !Self.isDNSSubdomain(host) {
                report(
                    "RG3102",
                    "invalid service external name '\(host)'; expected a DNS name such as 'api.example.com'",
                    at: valueRange(external), help: "drop the scheme, port and path")
                return nil
            }
            spec.append(("externalName", ManifestNode.string(host, valueRange(external))))
        } else {
            spec.append(
                (
                    "selector",
                    ManifestNode.map(
                        [("app", ManifestNode.string(name, nameWord.range))], nameWord.range)
                ))
        }
        if let clusterIP = parsed.last("clusterip"), let value = clusterIP.value {
            spec.append(("clusterIP", ManifestNode.string(value, valueRange(clusterIP))))
        }
        if let nodePort = parsed.last("node-port"), let value = nodePort.value {
            guard let number = Int(value) else {
                report(
                    "RG3102", "invalid argument '\(value)' for '--node-port': expected an integer",
                    at: valueRange(nodePort))
                return nil
            }
            ports = ports.map {
                ManifestNode.setting(
                    "nodePort", ManifestNode.int(number, nodePort.word.range), in: $0)
            }
        }
        if !ports.isEmpty { spec.append(("ports", ManifestNode.list(ports, kindWord.range))) }
        return spec
    }

    /// The ports of one `--tcp` value (`80`, `80:8080`, `80:8080,443:8443`), or nil after
    /// reporting a value kubectl refuses.
    private func tcpEntries(_ flag: KubectlArguments.Flag) -> [YAMLNode]? {
        guard let value = flag.value, let word = flag.valueWord else { return nil }
        guard !value.contains("\u{0}") else { return nil }
        var result: [YAMLNode] = []
        var offset = flag.valueStart
        for entry in value.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = entry.split(separator: ":", omittingEmptySubsequences: false).map(
                String.init)
            let portRange =
                subrange(word, from: offset, to: offset + parts[0].utf8.count) ?? word.range
            let targetStart = offset + parts[0].utf8.count + 1
            let targetRange =
                parts.count > 1
                ? subrange(word, from: targetStart, to: targetStart + parts[1].utf8.count)
                    ?? word.range : portRange
            offset += entry.utf8.count + 1
            guard let port = UInt16(parts[0]) else {
                report(
                    "RG3102",
                    "invalid port '\(parts[0])' in --tcp; expected a number from 1 to 65535",
                    at: portRange)
                return nil
            }
            let target = parts.count > 1 ? parts[1] : parts[0]
            if let number = Int(target) {
                guard (1...65535).contains(number) else {
                    report(
                        "RG3102",
                        "targetPort \(target) in --tcp must be between 1 and 65535, inclusive",
                        at: targetRange)
                    return nil
                }
            } else if !Self.isPortName(target) {
                report(
                    "RG3102",
                    "invalid targetPort '\(target)' in --tcp; expected a number or a port name (at most 15 lower-case letters, digits and '-')",
                    at: targetRange)
                return nil
            }
            result.append(
                ManifestNode.map(
                    [
                        (
                            "name",
                            ManifestNode.string(String(entry).replacing(":", with: "-"), portRange)
                        ),
                        ("protocol", ManifestNode.string("TCP", portRange)),
                        ("port", ManifestNode.int(Int(port), portRange)),
                        ("targetPort", ManifestNode.intOrString(target, targetRange)),
                    ], portRange))
        }
        return result
    }

    /// `apiVersion`, `kind`, `metadata` (name, namespace from `-n`, labels `app=NAME`) and `spec`.
    func manifest(
        name: String, nameWord: ShellWord, parsed: KubectlArguments, spec: [(String, YAMLNode)],
        anchor: SourceRange,
        labels: Bool = true
    ) -> YAMLNode {
        var metadata: [(String, YAMLNode)] = [("name", ManifestNode.string(name, nameWord.range))]
        if let namespace = parsed.last("namespace"), let value = namespace.value {
            metadata.append(("namespace", ManifestNode.string(value, valueRange(namespace))))
        } else if context.currentNamespace != "default" {
            // kubectl creates it in the context's namespace, set earlier by 'config set-context'.
            metadata.append(
                ("namespace", ManifestNode.string(context.currentNamespace, nameWord.range)))
        }
        if labels {
            metadata.append(
                (
                    "labels",
                    ManifestNode.map(
                        [("app", ManifestNode.string(name, nameWord.range))], nameWord.range)
                ))
        }
        return ManifestNode.map(
            [
                ("apiVersion", ManifestNode.string("v1", anchor)),
                ("kind", ManifestNode.string("Service", anchor)),
                ("metadata", ManifestNode.map(metadata, nameWord.range)),
                ("spec", ManifestNode.map(spec, anchor)),
            ], anchor)
    }

    /// Validates and records a Service a command creates; with `--dry-run=client` it is only
    /// printed, so it is remembered for the file its output goes to instead.
    func finishCreated(
        _ node: YAMLNode, parsed: KubectlArguments, _ invocation: Invocation,
        adjust: (inout ShellService) -> Void = { _ in }
    ) {
        if let dryRun = parsed.last("dry-run"),
            dryRun.value == nil || ["client", "true"].contains(dryRun.value ?? "")
        {
            if let output = invocation.command.redirects.last(where: {
                $0.op == ">" || $0.op == ">|"
            }),
                let file = output.target.literal, mappings.isEmpty
            {
                files[file] = .node(node)
            } else if invocation.position + 1 < invocation.pipeline.commands.count {
                pipedManifest = node
            }
            return
        }
        if parsed.last("dry-run")?.value == "server" { return }
        var check = context.validateService(node)
        if var service = check.service {
            adjust(&service)
            check.service = service
        }
        addBuilt(node, check: check)
    }

    /// IANA_SVC_NAME: at most 15 characters, lower-case letters, digits and '-', at least one
    /// letter, no leading, trailing or double '-'.
    static func isPortName(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 15, bytes.first != UInt8(ascii: "-"),
            bytes.last != UInt8(ascii: "-"),
            !text.contains("--"), bytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
        else { return false }
        return bytes.allSatisfy {
            ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-")
        }
    }

    /// A DNS-1123 subdomain: dot-separated labels of lower-case letters, digits and '-'.
    static func isDNSSubdomain(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 253 else { return false }
        return text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            let bytes = Array(label.utf8)
            guard let first = bytes.first, let last = bytes.last, bytes.count <= 63 else {
                return false
            }
            let alnum: (UInt8) -> Bool = {
                ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)
            }
            return alnum(first) && alnum(last)
                && bytes.allSatisfy { alnum($0) || $0 == UInt8(ascii: "-") }
        }
    }
}
