import RecipeDiagnostics
import RecipeYAML

/// Builds the ``Service`` model from a manifest tree and applies the API server's defaulting
/// (`SetDefaults_Service`, then the registry's `normalizeClusterIPs` and the `ipFamilyPolicy`
/// default of `initIPFamilyFields`; service-rules.md §4).
///
/// Tolerant: a value of the wrong type is read as absent (strict decoding reports it).
enum ServiceDecoder {
    static func decode(_ root: YAMLNode, defaulting: Bool = true) -> Service {
        let metadata = root["metadata"]
        let spec = root["spec"]
        let type = ServiceType(spec?["type"]?.string ?? "")
        let selector = spec?["selector"].flatMap { $0.isNull ? nil : stringMap($0) }
        let clusterIP = spec?["clusterIP"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        var clusterIPs = stringList(spec?["clusterIPs"])
        if defaulting, let clusterIP, clusterIPs.isEmpty { clusterIPs = [clusterIP] }
        let headless = clusterIPs == ["None"]
        let affinity = nonEmpty(spec?["sessionAffinity"]?.string) ?? "None"
        let externalIPs = stringList(spec?["externalIPs"])
        var service = Service(
            name: nonEmpty(metadata?["name"]?.string),
            generateName: nonEmpty(metadata?["generateName"]?.string),
            namespace: nonEmpty(metadata?["namespace"]?.string),
            labels: metadata?["labels"].map(stringMap) ?? [:],
            annotations: metadata?["annotations"].map(stringMap) ?? [:],
            type: type,
            ports: (spec?["ports"]?.items ?? []).map(port),
            selector: selector,
            clusterIP: clusterIP,
            clusterIPs: clusterIPs,
            isHeadless: headless,
            externalName: spec?["externalName"]?.string,
            externalIPs: externalIPs,
            sessionAffinity: affinity,
            sessionAffinityTimeout: nil,
            externalTrafficPolicy: nonEmpty(spec?["externalTrafficPolicy"]?.string),
            internalTrafficPolicy: spec?["internalTrafficPolicy"]?.string,
            healthCheckNodePort: spec?["healthCheckNodePort"].flatMap(integer),
            loadBalancerSourceRanges: stringList(spec?["loadBalancerSourceRanges"]),
            loadBalancerClass: spec?["loadBalancerClass"]?.string,
            loadBalancerIP: spec?["loadBalancerIP"]?.string,
            allocateLoadBalancerNodePorts: spec?["allocateLoadBalancerNodePorts"].flatMap(boolean),
            ipFamilies: stringList(spec?["ipFamilies"]),
            ipFamilyPolicy: spec?["ipFamilyPolicy"]?.string,
            trafficDistribution: spec?["trafficDistribution"]?.string,
            publishNotReadyAddresses: spec?["publishNotReadyAddresses"].flatMap(boolean) ?? false,
            node: root,
            nameRange: metadata?["name"]?.range ?? metadata?["generateName"]?.range ?? root.range,
            selectorRange: spec?["selector"]?.range
        )
        if defaulting {
            applyDefaults(&service, spec: spec)
        } else {
            dropDefaults(&service, spec: spec)
        }
        return service
    }

    /// Undoes the tolerant reader's fallbacks, leaving each field exactly as written.
    private static func dropDefaults(_ service: inout Service, spec: YAMLNode?) {
        service.sessionAffinity = spec?["sessionAffinity"]?.string ?? ""
        service.sessionAffinityTimeout = spec?["sessionAffinityConfig"]?["clientIP"]?[
            "timeoutSeconds"
        ].flatMap(integer)
        if let written = spec?["type"]?.string, written.isEmpty { service.type = .unsupported("") }
        if spec?["type"] == nil { service.type = .unsupported("") }
        for index in service.ports.indices {
            let node = spec?["ports"]?.items?[index]
            service.ports[index].protocol = node?["protocol"]?.string ?? ""
            if !service.ports[index].targetPortWritten { service.ports[index].targetPort = .int(0) }
        }
    }

    /// The defaults of §4 that depend on other fields.
    private static func applyDefaults(_ service: inout Service, spec: YAMLNode?) {
        if service.sessionAffinity == "ClientIP" {
            let timeout = spec?["sessionAffinityConfig"]?["clientIP"]?["timeoutSeconds"].flatMap(
                integer
            )
            service.sessionAffinityTimeout = timeout ?? 10800
        }
        if service.externalTrafficPolicy == nil && service.isExternallyAccessible {
            service.externalTrafficPolicy = "Cluster"
        }
        switch service.type {
        case .clusterIP, .nodePort, .loadBalancer:
            if service.internalTrafficPolicy == nil { service.internalTrafficPolicy = "Cluster" }
        default: break
        }
        if service.type == .loadBalancer && service.allocateLoadBalancerNodePorts == nil {
            service.allocateLoadBalancerNodePorts = true
        }
        if service.type != .externalName && service.ipFamilyPolicy == nil {
            service.ipFamilyPolicy =
                service.isHeadless && service.selector == nil ? "RequireDualStack" : "SingleStack"
        }
    }

    private static func port(_ node: YAMLNode) -> ServicePort {
        let number = node["port"].flatMap(integer) ?? 0
        var target: IntOrString = .int(number)
        var written = false
        if let value = node["targetPort"] {
            if let name = value.string, !name.isEmpty {
                target = .string(name)
                written = true
            } else if let int = integer(value), int != 0 {
                target = .int(int)
                written = true
            }
        }
        return ServicePort(
            name: nonEmpty(node["name"]?.string),
            protocol: nonEmpty(node["protocol"]?.string) ?? "TCP",
            appProtocol: node["appProtocol"]?.string,
            port: number,
            targetPort: target,
            targetPortWritten: written,
            nodePort: node["nodePort"].flatMap(integer) ?? 0,
            range: node.range
        )
    }

    // MARK: tolerant readers

    /// An integer, or a float with no fraction; nil otherwise.
    static func integer(_ node: YAMLNode) -> Int? {
        switch node.scalar?.value {
        case .int(let value)?: return value
        case .float(let value)? where value.rounded() == value && abs(value) < 9.0e18:
            return Int(value)
        default: return nil
        }
    }

    static func boolean(_ node: YAMLNode) -> Bool? {
        if case .bool(let value)? = node.scalar?.value { return value }
        return nil
    }

    /// The string entries of a mapping, keyed as kubectl would key them.
    static func stringMap(_ node: YAMLNode) -> [String: String] {
        var map: [String: String] = [:]
        for pair in node.pairs ?? [] {
            guard let key = JSONKey.of(pair.key) else { continue }
            if let value = pair.value.string {
                map[key] = value
            } else if pair.value.isNull {
                map[key] = ""
            }
        }
        return map
    }

    static func stringList(_ node: YAMLNode?) -> [String] {
        (node?.items ?? []).compactMap(\.string)
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
