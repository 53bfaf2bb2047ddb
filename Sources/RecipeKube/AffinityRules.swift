import RecipeDiagnostics
import RecipeYAML

/// Session affinity and external IPs (service-rules.md §8): A-1 RG2090, A-2 RG2091,
/// A-3 RG2092, A-4 RG2093, X1 RG2094, X2 RG2095, X3 RG2096 (admission, checked last).
enum AffinityRules {
    static let maxTimeout = 86_400

    static func check(_ context: ServiceRuleContext, into sink: inout DiagnosticSink) {
        checkAffinity(context, into: &sink)
        for (index, ip) in context.service.externalIPs.enumerated() {
            let path = ServiceRuleContext.spec("externalIPs").index(index)
            guard let address = IPAddress(ip) else {
                sink.emit(
                    "RG2094",
                    "external IP '\(ip)' is not a valid IP address; expected an address such as 192.0.2.10 or 2001:db8::1",
                    at: path
                )
                continue
            }
            if let problem = specialRange(address) {
                sink.emit("RG2095", "external IP '\(ip)' may not be \(problem)", at: path)
            }
        }
    }

    /// What makes an address unusable as an external IP (`ValidateNonSpecialIP`), or nil.
    static func specialRange(_ address: IPAddress) -> String? {
        if address.isUnspecified { return "unspecified" }
        if address.isLoopback { return "in the loopback range (127.0.0.0/8, ::1/128)" }
        if address.isLinkLocalUnicast {
            return "in the link-local range (169.254.0.0/16, fe80::/10)"
        }
        if address.isLinkLocalMulticast {
            return "in the link-local multicast range (224.0.0.0/24, ff02::/10)"
        }
        return nil
    }

    ///
    private static func checkAffinity(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) {
        let affinity = context.service.sessionAffinity
        let affinityPath = ServiceRuleContext.spec("sessionAffinity")
        let configPath = ServiceRuleContext.spec("sessionAffinityConfig")
        switch affinity {
        case "ClientIP":
            let timeoutNode = context.spec?["sessionAffinityConfig"]?["clientIP"]?["timeoutSeconds"]
            if !context.options.defaulting && !checkConfigPresent(context, into: &sink) { return }
            if let timeout = context.service.sessionAffinityTimeout
                ?? timeoutNode.flatMap(ServiceDecoder.integer),
                timeout <= 0 || timeout > maxTimeout
            {
                sink.emit(
                    "RG2092",
                    "timeoutSeconds \(timeout) is not valid; expected more than 0 and at most \(maxTimeout)",
                    at: configPath.key("clientIP").key("timeoutSeconds")
                )
            }
        case "None":
            if !context.options.defaulting, let config = context.spec?["sessionAffinityConfig"],
                !config.isNull
            {
                sink.emit(
                    "RG2093",
                    "sessionAffinityConfig must not be set when sessionAffinity is 'None'",
                    at: configPath,
                    on: .key
                )
            }
        default:
            sink.emit(
                "RG2090",
                affinity.isEmpty
                    ? "sessionAffinity is required"
                    : "sessionAffinity '\(affinity)' is not supported; expected 'ClientIP' or 'None'",
                at: affinityPath
            )
        }
    }

    /// A-2 (only without defaulting, which fills the config): every level of the ClientIP
    /// config is present. Returns false after reporting the first missing level.
    private static func checkConfigPresent(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) -> Bool {
        let configPath = ServiceRuleContext.spec("sessionAffinityConfig")
        let levels: [(FieldPath, String)] = [
            (configPath, "sessionAffinityConfig"),
            (configPath.key("clientIP"), "sessionAffinityConfig.clientIP"),
            (configPath.key("clientIP").key("timeoutSeconds"), "sessionAffinityConfig.clientIP.timeoutSeconds"),
        ]
        for (path, name) in levels where context.root.node(at: path).map({ $0.isNull }) ?? true {
            sink.emit(
                "RG2091",
                "sessionAffinity 'ClientIP' needs '\(name)'",
                at: path,
                fieldPath: "spec.\(name)"
            )
            return false
        }
        return true
    }

    /// X3: the `DenyServiceExternalIPs` admission plugin, when the cluster enables it.
    static func checkAdmission(_ context: ServiceRuleContext, into sink: inout DiagnosticSink) {
        guard context.options.denyExternalIPs, !context.service.externalIPs.isEmpty else { return }
        sink.emit(
            "RG2096",
            "use of external IPs is denied by admission control on this cluster",
            at: ServiceRuleContext.spec("externalIPs"),
            on: .key
        )
    }
}
