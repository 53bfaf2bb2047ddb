import RecipeDiagnostics

/// Host names and node addresses: `NAME`, `NAME.NS`, `NAME.NS.svc[.cluster.local]`,
/// `POD.NAME.NS.svc…`, `_port._proto.NAME.NS.svc…`, and `NODE_IP:nodePort`.
extension ShellCheckRun {
    /// Checks a host (bytes of `word`'s value from `hostStart`) and an optional port: its
    /// number, range, and why it is implied ("the default port of http://") when not written.
    func checkHost(
        host: [UInt8], hostStart: Int, in word: ShellWord, port: (Int, SourceRange, String?)?,
        inPod: String?
    ) {
        let hostRange = subrange(word, from: hostStart, to: hostStart + host.count) ?? word.range
        if host.contains(0) {
            if let port, port.2 == nil, looksLikeNodeAddress(word) {
                checkNodePort(port.0, at: port.1)
            }
            return
        }
        let name = String(decoding: host, as: UTF8.self).lowercased()
        if name == "localhost" || name.hasPrefix("127.") || name == "0.0.0.0" || name.isEmpty {
            // Inside a pod, localhost is the pod itself; on the reader's machine it is a forward.
            if inPod == nil, let port, port.2 == nil, mappings.isEmpty {
                checkLocalPort(port.0, at: port.1)
            }
            return
        }
        if Self.isIPv4(name) {
            if let port, port.2 == nil, (30000...32767).contains(port.0) {
                checkNodePort(port.0, at: port.1)
            }
            return
        }
        guard let reference = serviceReference(name, namespace: inPod ?? context.currentNamespace)
        else { return }
        let labelRange = { (label: Int) -> SourceRange in
            let start = hostStart + reference.labelStarts[label]
            let length = Self.labelLength(name, label: label, start: reference.labelStarts[label])
            return self.subrange(word, from: start, to: start + length) ?? hostRange
        }
        guard
            let service = resolve(
                reference.name, at: labelRange(reference.nameLabel), namespace: reference.namespace,
                allowsPrefix: false)
        else { return }
        let notes = [service.definitionNote].compactMap { $0 }
        if reference.isPod, !service.headless {
            report(
                "RG3205",
                "'\(service.name)' is not headless (clusterIP: None), so '\(name)' has no DNS record",
                at: hostRange, notes: notes,
                help:
                    "address the Service as '\(service.name).\(service.effectiveNamespace).svc.cluster.local'"
            )
        }
        if let portName = reference.srvPort, !service.ports.contains(where: { $0.name == portName })
        {
            let names = service.ports.compactMap(\.name).map { "'\($0)'" }.joined(separator: ", ")
            report(
                "RG3202",
                "'\(service.name)' has no port named '\(portName)'; "
                    + (names.isEmpty ? "its ports have no names" : "its port names are \(names)"),
                at: labelRange(0), notes: notes)
        }
        guard let port, service.type != "ExternalName", !service.ports.isEmpty,
            !service.ports.contains(where: { $0.port == port.0 })
        else { return }
        let prefix =
            port.2.map { "'\(service.name)' has no port \(port.0), \($0)" }
            ?? "'\(service.name)' has no port \(port.0)"
        report(
            "RG3202", portMessage(service, port.0, prefix: prefix), at: port.1,
            label: "not a port of '\(service.name)'", notes: notes,
            help: targetPortHelp(service, port.0, local: nil))
    }

    struct ServiceReference {
        var name: String
        var namespace: String
        /// Which label of the host is the Service name, and where each label starts.
        var nameLabel: Int
        var labelStarts: [Int]
        var isPod: Bool
        var srvPort: String?
    }

    /// Reads a host name as a Service reference, or nil when it names something outside the
    /// cluster (`example.com`, `api.github.com`).
    func serviceReference(_ host: String, namespace: String) -> ServiceReference? {
        var labels = host.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if labels.last == "" { labels.removeLast() }
        var starts: [Int] = []
        var offset = 0
        for label in labels {
            starts.append(offset)
            offset += label.utf8.count + 1
        }
        if let svc = labels.firstIndex(of: "svc") {
            var first = 0
            var srv: String?
            if svc >= 4, labels[0].hasPrefix("_"), labels[1].hasPrefix("_") {
                srv = String(labels[0].dropFirst())
                first = 2
            }
            switch svc - first {
            case 2:
                return ServiceReference(
                    name: labels[first], namespace: labels[first + 1], nameLabel: first,
                    labelStarts: starts, isPod: false, srvPort: srv)
            case 3:
                return ServiceReference(
                    name: labels[first + 1], namespace: labels[first + 2], nameLabel: first + 1,
                    labelStarts: starts, isPod: true, srvPort: srv)
            default: return nil
            }
        }
        switch labels.count {
        case 1:
            guard Self.isDNSLabel(labels[0]) else { return nil }
            return ServiceReference(
                name: labels[0], namespace: namespace, nameLabel: 0, labelStarts: starts,
                isPod: false)
        case 2:
            let namespaces = Set((context.services + Self.builtins).map(\.effectiveNamespace))
            guard
                namespaces.contains(labels[1])
                    || (lookup(labels[0], namespace: nil) != nil
                        && !Self.publicSuffixes.contains(labels[1]))
            else { return nil }
            return ServiceReference(
                name: labels[0], namespace: labels[1], nameLabel: 0, labelStarts: starts,
                isPod: false)
        default:
            return nil
        }
    }

    /// Endings of names outside the cluster: `web.com` is not Service 'web' in namespace 'com'.
    static let publicSuffixes: Set<String> = [
        "com", "org", "net", "io", "dev", "app", "local", "localhost", "internal", "example",
        "test",
        "invalid", "lan", "home", "cloud", "co", "ai", "sh",
    ]

    /// A port on a node address must be a declared nodePort.
    func checkNodePort(_ port: Int, at range: SourceRange) {
        let declared = context.services.flatMap { service in
            service.ports.compactMap { entry in entry.nodePort.map { ($0, service) } }
        }
        if declared.contains(where: { $0.0 == port }) { return }
        // A NodePort Service with an allocated (unwritten) nodePort could own any port.
        let allocates = context.services.contains { service in
            (service.type == "NodePort" || service.type == "LoadBalancer")
                && service.ports.contains { $0.nodePort == nil }
        }
        guard !allocates else { return }
        let list = declared.map { "\($0.0) ('\($0.1.name)')" }.joined(separator: ", ")
        let byPort = context.services.first { service in
            service.type != "ClusterIP"
                && service.ports.contains { $0.port == port && $0.nodePort != nil }
        }
        let help = byPort.flatMap { service in
            service.ports.first { $0.port == port }?.nodePort.map {
                "\(port) is the port of '\(service.name)'; on a node address use its nodePort \($0)"
            }
        }
        report(
            "RG3203",
            "no Service of the recipe has nodePort \(port); "
                + (declared.isEmpty ? "it declares no nodePort" : "declared nodePorts are \(list)"),
            at: range, severity: context.seesEverything ? nil : .note, label: "no such nodePort",
            help: help)
    }

    /// Whether a dynamic host says it is a node's address (`$NODE_IP`, `$(minikube ip)`, `<node-ip>`).
    private func looksLikeNodeAddress(_ word: ShellWord) -> Bool {
        word.expansions.contains { text in
            let lower = text.lowercased()
            guard lower.utf8.allSatisfy({ $0 < 0x80 }) else {
                return lower.contains("node") || lower.contains("minikube ip")
            }
            // In ASCII text a byte match is a Character match: neither needle starts or ends
            // with a character that could join its neighbour (only CR LF joins).
            return Self.containsBytes(lower, "node") || Self.containsBytes(lower, "minikube ip")
        }
    }

    /// Whether the UTF-8 bytes of `needle` occur in those of `text`.
    static func containsBytes(_ text: String, _ needle: String) -> Bool {
        let haystack = text.utf8
        let pattern = needle.utf8
        guard haystack.count >= pattern.count else { return false }
        var start = haystack.startIndex
        while haystack.distance(from: start, to: haystack.endIndex) >= pattern.count {
            if haystack[start...].starts(with: pattern) { return true }
            haystack.formIndex(after: &start)
        }
        return false
    }

    /// The length in bytes of label `label` of a host name, which starts at byte `start`.
    static func labelLength(_ name: String, label: Int, start: Int) -> Int {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return name.split(separator: ".", omittingEmptySubsequences: false)[label].utf8.count
        }
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        let end = utf8[from...].firstIndex(of: UInt8(ascii: ".")) ?? utf8.endIndex
        return utf8.distance(from: from, to: end)
    }

    /// A dotted-quad IPv4 address: four groups of one to three digits.
    static func isIPv4(_ text: String) -> Bool {
        // Every host of every command comes here: ASCII text is read byte by byte, without
        // splitting; other text keeps the Character rules below.
        var parts = 1
        var digits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, parts < 4 else { return false }
                parts += 1
                digits = 0
            } else if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if digits > 3 { return false }
            } else if byte >= 0x80 {
                return isIPv4Characters(text)
            } else {
                return false
            }
        }
        return parts == 4 && digits > 0
    }

    /// Four dot-separated groups of one to three numeric Characters.
    static func isIPv4Characters(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }

    /// A DNS-1123 label: lower-case letters, digits and '-', starting and ending alphanumeric.
    static func isDNSLabel(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last, text.utf8.count <= 63 else {
            return false
        }
        let alnum: (UInt8) -> Bool = { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
        return alnum(first) && alnum(last)
            && text.utf8.allSatisfy { alnum($0) || $0 == UInt8(ascii: "-") }
            && text.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
    }
}
