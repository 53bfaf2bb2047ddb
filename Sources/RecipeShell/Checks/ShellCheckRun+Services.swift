import RecipeDiagnostics
import RecipeYAML

/// Finding the Service a name refers to, and the wording of "no such Service" and "no such
/// port" diagnostics.
extension ShellCheckRun {
    /// Services every cluster has without a manifest in the recipe.
    static let builtins: [ShellService] = [
        ShellService(
            name: "kubernetes", namespace: "default",
            ports: [ShellService.Port(name: "https", port: 443, targetPort: "6443")],
            hasSelector: false),
        ShellService(
            name: "kube-dns", namespace: "kube-system",
            ports: [
                ShellService.Port(name: "dns", port: 53, targetPort: "53", protocol: "UDP"),
                ShellService.Port(name: "dns-tcp", port: 53, targetPort: "53"),
                ShellService.Port(name: "metrics", port: 9153, targetPort: "9153"),
            ]),
    ]

    /// The nearest definition of `name` in `namespace` (nil: any namespace).
    func lookup(_ name: String, namespace: String?) -> ShellService? {
        let matches: (ShellService) -> Bool = {
            $0.name == name && (namespace == nil || $0.effectiveNamespace == namespace)
        }
        return context.services.last(where: matches) ?? Self.builtins.last(where: matches)
    }

    /// The index in `context.services` of the nearest definition.
    func lookupIndex(_ name: String, namespace: String) -> Int? {
        context.services.lastIndex { $0.name == name && $0.effectiveNamespace == namespace }
    }

    /// The Service `name` names in `namespace`, or nil after reporting why there is none.
    /// Dynamic names (with expansions or placeholders) are not checked and give nil.
    func resolve(_ name: String, at range: SourceRange, namespace: String?, allowsPrefix: Bool)
        -> ShellService?
    {
        guard !name.isEmpty, !CharacterSearch.contains(name, 0) else { return nil }
        if let service = lookup(name, namespace: namespace) { return service }
        if allowsPrefix,
            let service = context.services.last(where: {
                $0.name.hasPrefix(name) && (namespace == nil || $0.effectiveNamespace == namespace)
            })
        {
            return service
        }
        reportUnknown(name, at: range, namespace: namespace ?? context.currentNamespace)
        return nil
    }

    private func reportUnknown(_ name: String, at range: SourceRange, namespace: String) {
        let elsewhere = (context.services + Self.builtins).filter { $0.name == name }
        if let other = elsewhere.last {
            report(
                "RG3204",
                "Service '\(name)' is in namespace '\(other.effectiveNamespace)', not in '\(namespace)'",
                at: range, label: "defined in namespace '\(other.effectiveNamespace)'",
                notes: [other.definitionNote].compactMap { $0 },
                help:
                    "add '-n \(other.effectiveNamespace)' or write '\(name).\(other.effectiveNamespace)'"
            )
            return
        }
        let local = uniqueNames(in: namespace)
        let suggestion = Self.closest(to: name, in: uniqueNames(in: nil))
        let known =
            local.isEmpty
            ? "the recipe defines no Service in namespace '\(namespace)'"
            : "the recipe defines " + local.prefix(6).map { "'\($0)'" }.joined(separator: ", ")
        if !context.seesEverything && suggestion == nil {
            report(
                "RG3201",
                "no Service named '\(name)' in namespace '\(namespace)' among those recipegen can see",
                at: range, severity: .note,
                help: "the page applies manifests recipegen cannot read, which may define it")
            return
        }
        report(
            "RG3201", "no Service named '\(name)' in namespace '\(namespace)'; \(known)", at: range,
            label: "unknown Service", help: suggestion.map { "did you mean '\($0)'?" })
    }

    private func uniqueNames(in namespace: String?) -> [String] {
        var seen = Set<String>()
        return context.services.compactMap { service in
            guard namespace == nil || service.effectiveNamespace == namespace,
                seen.insert(service.name).inserted
            else { return nil }
            return service.name
        }
    }

    /// The candidate within edit distance 2 of `name` (and closer than half its length).
    static func closest(to name: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(name, $0)) }.filter {
            $0.1 > 0 && $0.1 <= 2 && $0.1 * 2 < name.count
        }
        return scored.min { $0.1 < $1.1 }?.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8)
        let b = Array(b.utf8)
        guard abs(a.count - b.count) <= 2 else { return 3 }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(
                    previous[j] + 1, current[j - 1] + 1,
                    previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// "PREFIX; its ports are 80 (http), 443 (https)" or, when the number is a targetPort,
    /// "'backend-api' has ports 80 (http), 443 (https); 8080 is its targetPort".
    func portMessage(_ service: ShellService, _ number: Int, prefix: String) -> String {
        if service.ports.contains(where: { $0.targetPort == String(number) }) {
            return "'\(service.name)' has ports \(service.portList); \(number) is its targetPort"
        }
        if service.ports.contains(where: { $0.nodePort == number }) {
            return
                "'\(service.name)' has ports \(service.portList); \(number) is its nodePort, reached on a node's address"
        }
        return "\(prefix); its ports are \(service.portList)"
    }

    func targetPortHelp(_ service: ShellService, _ number: Int, local: String?) -> String? {
        guard let port = service.ports.first(where: { $0.targetPort == String(number) }) else {
            return nil
        }
        if let local { return "forward to the Service port: '\(local):\(port.port)'" }
        return "use the Service port \(port.port); the Service forwards it to \(number)"
    }

    /// Adds a Service built or patched by a command, with its manifest, after its schema check.
    func addBuilt(_ node: YAMLNode, check: ServiceCheck) {
        for diagnostic in check.diagnostics { report(diagnostic) }
        guard let service = check.service else { return }
        context.services.append(service)
        if mappings.isEmpty { builtManifests[context.services.count - 1] = node }
    }
}
