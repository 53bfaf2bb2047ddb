import RecipeDiagnostics
import RecipeYAML

/// What the API server accepts but warns about (`GetWarningsForService`, service-rules.md §12):
/// fields a headless Service ignores (RG2140), external IPs on ExternalName (RG2141),
/// `externalName` on another type (RG2142), non-canonical IPs or CIDRs (RG2143), and the
/// deprecated topology-aware-hints annotation (RG2144). Never errors.
enum ServiceWarnings {
    static func check(_ context: ServiceRuleContext, into sink: inout DiagnosticSink) {
        let service = context.service
        if service.isHeadless {
            if context.specHas("loadBalancerIP") {
                sink.emit(
                    "RG2140",
                    "loadBalancerIP is ignored for headless services",
                    at: ServiceRuleContext.spec("loadBalancerIP"),
                    on: .key
                )
            }
            if !service.externalIPs.isEmpty {
                sink.emit(
                    "RG2140",
                    "externalIPs are ignored for headless services",
                    at: ServiceRuleContext.spec("externalIPs"),
                    on: .key
                )
            }
            if service.sessionAffinity == "ClientIP" {
                sink.emit(
                    "RG2140",
                    "sessionAffinity 'ClientIP' is ignored for headless services",
                    at: ServiceRuleContext.spec("sessionAffinity")
                )
            }
        }
        if service.type == .externalName && !service.externalIPs.isEmpty {
            sink.emit(
                "RG2141",
                "externalIPs are ignored for ExternalName services",
                at: ServiceRuleContext.spec("externalIPs"),
                on: .key
            )
        }
        if service.type != .externalName, let name = service.externalName, !name.isEmpty {
            sink.emit(
                "RG2142",
                "externalName is ignored when 'type' is '\(service.type)'",
                at: ServiceRuleContext.spec("externalName"),
                on: .key,
                help: "set 'type: ExternalName' or remove 'externalName'"
            )
        }
        checkCanonical(context, into: &sink)
        if service.annotations["service.kubernetes.io/topology-aware-hints"] != nil {
            sink.emit(
                "RG2144",
                "annotation 'service.kubernetes.io/topology-aware-hints' is deprecated",
                at: FieldPath("metadata", "annotations")
                    .mapKey("service.kubernetes.io/topology-aware-hints"),
                on: .key,
                help: "use 'service.kubernetes.io/topology-mode'"
            )
        }
    }

    /// IPv4 addresses with leading zeros (accepted by 1.28–1.32, read as decimal).
    private static func checkCanonical(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) {
        let lists: [(String, [String])] = [
            ("clusterIPs", context.spec?["clusterIPs"].map(ServiceDecoder.stringList) ?? []),
            ("externalIPs", context.service.externalIPs),
            ("loadBalancerSourceRanges", context.service.loadBalancerSourceRanges),
        ]
        for (key, values) in lists {
            for (index, value) in values.enumerated() where hasLeadingZero(value) {
                sink.emit(
                    "RG2143",
                    "'\(value)' has a leading zero; it is read as decimal, not octal",
                    at: ServiceRuleContext.spec(key).index(index)
                )
            }
        }
        for key in ["clusterIP", "loadBalancerIP"] {
            if let value = context.spec?[key]?.string, hasLeadingZero(value) {
                sink.emit(
                    "RG2143",
                    "'\(value)' has a leading zero; it is read as decimal, not octal",
                    at: ServiceRuleContext.spec(key)
                )
            }
        }
    }

    private static func hasLeadingZero(_ value: String) -> Bool {
        guard !value.contains(":") else { return false }
        let address = value.split(separator: "/").first ?? ""
        let parts = address.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.contains { $0.count > 1 && $0.hasPrefix("0") }
    }
}
