import RecipeDiagnostics
import RecipeYAML

/// Traffic policies and distribution (service-rules.md §9): TP1 RG2110, TP2 RG2111, HC1 RG2112,
/// HC2 RG2113, IT1 RG2114, IT2 RG2115, TD1 RG2116. Version-aware: TP1 is stricter in 1.28, and
/// TD1 applies from 1.31 (1.30 drops the field; before 1.30 it does not exist).
enum TrafficPolicyRules {
    static func check(_ context: ServiceRuleContext, into sink: inout DiagnosticSink) {
        checkExternalPolicy(context, into: &sink)
        checkHealthCheckNodePort(context, into: &sink)
        checkInternalPolicy(context, into: &sink)
        checkDistribution(context, into: &sink)
    }

    /// TP1, TP2.
    private static func checkExternalPolicy(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) {
        let service = context.service
        let path = ServiceRuleContext.spec("externalTrafficPolicy")
        let written = context.spec?["externalTrafficPolicy"]?.string ?? ""
        let nodeOrLB = service.type == .nodePort || service.type == .loadBalancer
        // A fragment without 'type' may belong to any type: only the value itself is checked.
        if !context.knows("type") {
            if !written.isEmpty && written != "Cluster" && written != "Local" {
                sink.emit(
                    "RG2111",
                    "externalTrafficPolicy '\(written)' is not supported; expected 'Cluster' or 'Local'",
                    at: path
                )
            }
            return
        }
        if !service.isExternallyAccessible {
            if !written.isEmpty {
                sink.emit(
                    "RG2110",
                    "externalTrafficPolicy may only be set for externally-accessible services (NodePort, LoadBalancer, or ClusterIP with externalIPs)",
                    at: path,
                    on: .key
                )
            }
            return
        }
        if !nodeOrLB && !written.isEmpty && context.options.versions.lowest <= 28 {
            sink.emit(
                "RG2110",
                "externalTrafficPolicy may only be set when 'type' is 'NodePort' or 'LoadBalancer' in Kubernetes 1.28",
                at: path,
                on: .key,
                help:
                    "ClusterIP with externalIPs accepts it from 1.29; raise the recipe's range or remove the field"
            )
            return
        }
        let policy = service.externalTrafficPolicy ?? ""
        if policy.isEmpty {
            sink.emit(
                "RG2111",
                "externalTrafficPolicy is required for externally-accessible services",
                at: path,
                on: .key
            )
        } else if policy != "Cluster" && policy != "Local" {
            sink.emit(
                "RG2111",
                "externalTrafficPolicy '\(policy)' is not supported; expected 'Cluster' or 'Local'",
                at: path,
                help: ["cluster", "local"].contains(policy.lowercased())
                    ? "values are case-sensitive" : nil
            )
        }
    }

    /// HC1, HC2.
    private static func checkHealthCheckNodePort(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) {
        let service = context.service
        let path = ServiceRuleContext.spec("healthCheckNodePort")
        let value = service.healthCheckNodePort ?? 0
        let needsHealthCheck =
            service.type == .loadBalancer && service.externalTrafficPolicy == "Local"
        if !needsHealthCheck && context.knows("type") && context.knows("externalTrafficPolicy") {
            if value != 0 {
                sink.emit(
                    "RG2112",
                    "healthCheckNodePort may only be set when 'type' is 'LoadBalancer' and 'externalTrafficPolicy' is 'Local'",
                    at: path,
                    on: .key
                )
            }
        } else if value == 0 {
            if !context.options.defaulting {
                sink.emit(
                    "RG2113",
                    "healthCheckNodePort is required for a LoadBalancer with externalTrafficPolicy 'Local'",
                    at: path,
                    on: .key
                )
            }
        } else if !(1...65535).contains(value) {
            sink.emit(
                "RG2113",
                "healthCheckNodePort \(value) is not valid; expected a number from 1 to 65535",
                at: path
            )
        }
    }

    /// IT1, IT2.
    private static func checkInternalPolicy(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) {
        let service = context.service
        let path = ServiceRuleContext.spec("internalTrafficPolicy")
        guard let policy = service.internalTrafficPolicy else {
            switch service.type {
            case .clusterIP, .nodePort, .loadBalancer:
                sink.emit("RG2115", "internalTrafficPolicy is required", at: path, on: .key)
            default:
                break
            }
            return
        }
        if policy != "Cluster" && policy != "Local" {
            sink.emit(
                "RG2114",
                "internalTrafficPolicy '\(policy)' is not supported; expected 'Cluster' or 'Local'",
                at: path
            )
        }
    }

    /// TD1.
    private static func checkDistribution(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) {
        let versions = context.options.versions
        guard let value = context.service.trafficDistribution, versions.reaches(31) else { return }
        var allowed = ["PreferClose"]
        if versions.lowest >= 34 { allowed += ["PreferSameZone", "PreferSameNode"] }
        if !allowed.contains(value) {
            sink.emit(
                "RG2116",
                "trafficDistribution '\(value)' is not supported; expected \(allowed.map { "'\($0)'" }.joined(separator: ", "))",
                at: ServiceRuleContext.spec("trafficDistribution")
            )
        }
    }
}
