import RecipeDiagnostics
import RecipeYAML

/// The registry's create-time checks before `ValidateService` (service-rules.md §10): IP family
/// fields (A1–A5), cluster IP allocation (A6), node ports (A7–A9), the health-check node port
/// (A10). Codes RG2120–RG2127 and RG2129 (A9 is not an error). The [cluster] rules read the
/// assumed cluster from ``ValidationOptions``.
enum AllocationRules {
    /// A1–A3, then (if those passed and the Service is not headless without selector) A4–A5.
    /// Returns whether anything was reported.
    static func checkFamilies(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) -> Bool {
        let service = context.service
        let before = sink.count
        let single = service.ipFamilyPolicy == "SingleStack" && context.knows("ipFamilyPolicy")
        let policyPath = ServiceRuleContext.spec("ipFamilyPolicy")
        let written = context.specHas("ipFamilyPolicy")
        if single && service.clusterIPs.count == 2 {
            sink.emit(
                "RG2120",
                "ipFamilyPolicy is 'SingleStack' but 2 cluster IPs are given; expected 'RequireDualStack' or 'PreferDualStack'",
                at: written ? policyPath : context.clusterIPsPath(nil),
                fieldPath: "spec.ipFamilyPolicy",
                help: written
                    ? nil : "ipFamilyPolicy defaults to 'SingleStack'; set it to 'PreferDualStack'"
            )
        }
        if single && service.ipFamilies.count == 2 {
            sink.emit(
                "RG2121",
                "ipFamilyPolicy is 'SingleStack' but 2 IP families are given; expected 'RequireDualStack' or 'PreferDualStack'",
                at: written ? policyPath : ServiceRuleContext.spec("ipFamilies"),
                fieldPath: "spec.ipFamilyPolicy",
                help: written
                    ? nil : "ipFamilyPolicy defaults to 'SingleStack'; set it to 'PreferDualStack'"
            )
        }
        let configured = context.options.clusterIPFamilies
        for (index, ip) in service.clusterIPs.enumerated() where index >= service.ipFamilies.count {
            guard let family = IPAddress(ip)?.family, !configured.contains(family) else { continue }
            sink.emit(
                "RG2122",
                "cluster IP '\(ip)' is \(family.rawValue), which is not configured on this cluster",
                at: context.clusterIPsPath(index),
                fieldPath: "spec.clusterIPs[\(index)]"
            )
        }
        if sink.count > before { return true }
        if service.isHeadless && service.selector == nil { return false }
        if service.ipFamilyPolicy == "RequireDualStack" && configured.count < 2 {
            sink.emit(
                "RG2123",
                "ipFamilyPolicy 'RequireDualStack' needs a dual-stack cluster; this cluster is not configured for dual-stack services",
                at: policyPath
            )
        }
        for (index, family) in service.ipFamilies.enumerated() {
            guard let known = IPFamily(rawValue: family), !configured.contains(known) else {
                continue
            }
            sink.emit(
                "RG2124",
                "IP family '\(family)' is not configured on this cluster",
                at: ServiceRuleContext.spec("ipFamilies").index(index)
            )
        }
        return sink.count > before
    }

    /// A6: requested cluster IPs must lie in a service CIDR (only when CIDRs are configured).
    static func checkClusterIPRange(_ context: ServiceRuleContext, into sink: inout DiagnosticSink)
    {
        guard let cidrs = context.options.serviceCIDRs, !context.service.isHeadless else { return }
        let networks = cidrs.compactMap(IPNetwork.init)
        for (index, ip) in context.service.clusterIPs.enumerated() {
            guard let address = IPAddress(ip), !networks.contains(where: { $0.contains(address) })
            else { continue }
            sink.emit(
                "RG2125",
                "failed to allocate IP \(ip): the provided IP is not in the valid range; the range of valid IPs is \(cidrs.joined(separator: ", "))",
                at: context.clusterIPsPath(index),
                fieldPath: "spec.clusterIPs"
            )
            return
        }
    }

    /// A7, A8: requested node ports, in the order the allocator takes them; the first failure
    /// ends allocation.
    static func checkNodePorts(_ context: ServiceRuleContext, into sink: inout DiagnosticSink) {
        let range = context.options.nodePortRange
        var owner: [Int: Int] = [:]  // node port -> the `port` number that took it
        for (index, port) in context.service.ports.enumerated() where port.nodePort != 0 {
            let path = ServiceRuleContext.port(index, "nodePort")
            if !range.contains(port.nodePort) {
                sink.emit(
                    "RG2126",
                    "nodePort \(port.nodePort) is not in the valid range; the range of valid ports is \(range.lowerBound)-\(range.upperBound)",
                    at: path,
                    help:
                        "leave 'nodePort' out to let the cluster pick one, or choose one in \(range.lowerBound)-\(range.upperBound)"
                )
                return
            }
            if let taken = owner[port.nodePort], taken != port.port {
                sink.emit(
                    "RG2127",
                    "nodePort \(port.nodePort) is already allocated to port \(taken) of this Service",
                    at: path,
                    help: "ports with different port numbers need different node ports"
                )
                return
            }
            owner[port.nodePort] = port.port
        }
    }

    /// A10: the requested health-check node port of a LoadBalancer with policy Local.
    static func checkHealthCheckNodePort(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) {
        let service = context.service
        guard service.type == .loadBalancer, service.externalTrafficPolicy == "Local",
            let value = service.healthCheckNodePort, value != 0
        else { return }
        let range = context.options.nodePortRange
        let path = ServiceRuleContext.spec("healthCheckNodePort")
        if !range.contains(value) {
            sink.emit(
                "RG2129",
                "failed to allocate requested healthCheckNodePort \(value): not in the valid range \(range.lowerBound)-\(range.upperBound)",
                at: path
            )
        } else if service.ports.contains(where: { $0.nodePort == value }) {
            sink.emit(
                "RG2129",
                "failed to allocate requested healthCheckNodePort \(value): it is already allocated as a nodePort of this Service",
                at: path
            )
        }
    }
}
