import RecipeDiagnostics
import RecipeYAML

/// LoadBalancer-only fields (service-rules.md §8): L1 RG2097, L2 RG2098, L3 RG2099, L4 RG2100,
/// L5 RG2101, L6 RG2102, L7 RG2103. L8 (`loadBalancerIP`) and L9 (`publishNotReadyAddresses`)
/// are never errors.
enum LoadBalancerRules {
    static let sourceRangesAnnotation = "service.beta.kubernetes.io/load-balancer-source-ranges"

    static func check(_ context: ServiceRuleContext, into sink: inout DiagnosticSink) {
        let service = context.service
        // In a fragment without 'type', the Service may well be a LoadBalancer.
        let isLB = service.type == .loadBalancer || !context.knows("type")
        if !service.loadBalancerSourceRanges.isEmpty {
            let path = ServiceRuleContext.spec("loadBalancerSourceRanges")
            if !isLB {
                sink.emit(
                    "RG2097",
                    "loadBalancerSourceRanges may only be used when 'type' is 'LoadBalancer'",
                    at: path,
                    on: .key,
                    fieldPath: "spec.LoadBalancerSourceRanges"
                )
            }
            for (index, value) in service.loadBalancerSourceRanges.enumerated()
            where IPNetwork(trimmed(value)) == nil {
                sink.emit(
                    "RG2098",
                    "source range '\(value)' is not a valid CIDR; expected a value such as 10.9.8.0/24 or 2001:db8::/64",
                    at: path.index(index),
                    fieldPath: "spec.LoadBalancerSourceRanges[\(index)]"
                )
            }
        } else if let value = service.annotations[sourceRangesAnnotation] {
            checkAnnotation(value, isLB: isLB, into: &sink)
        }
        if context.specHas("allocateLoadBalancerNodePorts") && !isLB {
            sink.emit(
                "RG2100",
                "allocateLoadBalancerNodePorts may only be used when 'type' is 'LoadBalancer'",
                at: ServiceRuleContext.spec("allocateLoadBalancerNodePorts"),
                on: .key
            )
        }
        if service.type == .loadBalancer && service.allocateLoadBalancerNodePorts == nil {
            sink.emit(
                "RG2101",
                "allocateLoadBalancerNodePorts is required when 'type' is 'LoadBalancer'",
                at: ServiceRuleContext.spec("allocateLoadBalancerNodePorts"),
                on: .key,
                fieldPath: "allocateLoadBalancerNodePorts"
            )
        }
        if let lbClass = service.loadBalancerClass {
            let path = ServiceRuleContext.spec("loadBalancerClass")
            if !isLB {
                sink.emit(
                    "RG2102",
                    "loadBalancerClass may only be used when 'type' is 'LoadBalancer'",
                    at: path,
                    on: .key
                )
            } else if let problem = NameFormat.qualifiedName(lbClass) {
                sink.emit(
                    "RG2103",
                    "loadBalancerClass '\(lbClass)' is not valid: \(problem)",
                    at: path,
                    help: "use a name such as 'example.com/internal-vip'"
                )
            }
        }
    }

    /// L3: the annotation form of source ranges.
    private static func checkAnnotation(
        _ value: String,
        isLB: Bool,
        into sink: inout DiagnosticSink
    ) {
        let path = FieldPath("metadata", "annotations").mapKey(sourceRangesAnnotation)
        let fieldPath = "metadata.annotations[\(sourceRangesAnnotation)]"
        if !isLB {
            sink.emit(
                "RG2099",
                "annotation '\(sourceRangesAnnotation)' may only be used when 'type' is 'LoadBalancer'",
                at: path,
                on: .key,
                fieldPath: fieldPath
            )
        }
        let whole = trimmed(value)
        guard !whole.isEmpty else { return }
        for item in whole.split(separator: ",", omittingEmptySubsequences: false)
        where IPNetwork(trimmed(String(item))) == nil {
            sink.emit(
                "RG2099",
                "source range '\(trimmed(String(item)))' in annotation '\(sourceRangesAnnotation)' is not a valid CIDR",
                at: path,
                fieldPath: fieldPath
            )
        }
    }

    /// `strings.TrimSpace`.
    static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = {
            $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}"
        }
        guard let first = text.firstIndex(where: { !isSpace($0) }),
            let last = text.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(text[first...last])
    }
}
