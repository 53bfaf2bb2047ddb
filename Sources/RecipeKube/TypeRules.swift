import RecipeDiagnostics
import RecipeYAML

/// Type-dependent rules of `ValidateService` (service-rules.md §7): T1 RG2080, H1 RG2081,
/// H2 RG2082, E1–E5 RG2083–RG2087, and the selector S1 RG2088.
enum TypeRules {
    static func check(_ context: ServiceRuleContext, into sink: inout DiagnosticSink) {
        let service = context.service
        let typePath = ServiceRuleContext.spec("type")
        switch service.type {
        case .unsupported(let text) where text.isEmpty:
            sink.emit("RG2080", "Service type is required", at: typePath, on: .key)
        case .unsupported(let text):
            sink.emit(
                "RG2080",
                "Service type '\(text)' is not supported; expected 'ClusterIP', 'NodePort', 'LoadBalancer' or 'ExternalName'",
                at: typePath,
                help: FieldNameSuggestion.closest(
                    to: text,
                    in: ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"]
                ).map { "did you mean '\($0)'?" }
            )
        case .loadBalancer where service.isHeadless:
            sink.emit(
                "RG2081",
                "clusterIP may not be 'None' for LoadBalancer services",
                at: context.clusterIPsPath(0),
                fieldPath: "spec.clusterIPs[0]"
            )
        case .nodePort where service.isHeadless:
            sink.emit(
                "RG2082",
                "clusterIP may not be 'None' for NodePort services",
                at: context.clusterIPsPath(0),
                fieldPath: "spec.clusterIPs[0]"
            )
        case .externalName:
            checkExternalName(context, into: &sink)
        default:
            break
        }
        if let selector = context.spec?["selector"], !selector.isNull {
            checkSelector(selector, into: &sink)
        }
    }

    /// E1–E5.
    private static func checkExternalName(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) {
        let service = context.service
        if !service.clusterIPs.isEmpty {
            sink.emit(
                "RG2083",
                "clusterIP may not be set for ExternalName services",
                at: context.clusterIPsPath(nil),
                on: .key,
                fieldPath: "spec.clusterIPs",
                help: "remove 'clusterIP'; an ExternalName Service is only a DNS alias"
            )
        }
        if !service.ipFamilies.isEmpty {
            sink.emit(
                "RG2084",
                "ipFamilies may not be set for ExternalName services",
                at: ServiceRuleContext.spec("ipFamilies"),
                on: .key
            )
        }
        if context.specHas("ipFamilyPolicy") {
            sink.emit(
                "RG2085",
                "ipFamilyPolicy may not be set for ExternalName services",
                at: ServiceRuleContext.spec("ipFamilyPolicy"),
                on: .key
            )
        }
        var name = service.externalName ?? ""
        if name.hasSuffix(".") { name.removeLast() }
        let path = ServiceRuleContext.spec("externalName")
        if name.isEmpty {
            if !context.options.fragment || context.specHas("externalName") {
                sink.emit(
                    "RG2086",
                    "an ExternalName Service needs 'spec.externalName', the DNS name it points to",
                    at: path,
                    on: context.specHas("externalName") ? .value : .key
                )
            }
        } else if let problem = NameFormat.dns1123Subdomain(name) {
            sink.emit(
                "RG2087",
                "externalName '\(service.externalName ?? name)' is not a valid DNS name: \(problem)",
                at: path,
                help: name.contains("://") || name.contains(":")
                    ? "write only the host name, without scheme, port or path" : nil
            )
        }
    }

    /// S1: selector keys are qualified names, values label values (path without key suffix).
    private static func checkSelector(_ selector: YAMLNode, into sink: inout DiagnosticSink) {
        let path = "spec.selector"
        for pair in selector.pairs ?? [] {
            guard let key = JSONKey.of(pair.key) else { continue }
            if let problem = NameFormat.qualifiedName(key) {
                sink.emit(
                    "RG2088",
                    "selector key '\(key.clipped)' is not valid: \(problem)",
                    range: pair.key.range,
                    fieldPath: path
                )
            }
            if let value = pair.value.string, let problem = NameFormat.labelValue(value) {
                sink.emit(
                    "RG2088",
                    "selector value '\(value.clipped)' is not valid: \(problem)",
                    range: pair.value.range,
                    fieldPath: path
                )
            }
        }
    }
}
