import RecipeDiagnostics
import RecipeYAML

/// Cluster IPs and IP families (`ValidateServiceClusterIPsRelatedFields`, service-rules.md §5:
/// C1–C11, codes RG2040–RG2050). Skipped for ExternalName. Runs on `clusterIPs` after the
/// registry copied `clusterIP` into it, so values written in `spec.clusterIP` are reported at
/// `spec.clusterIPs[0]`, pointing at what was written.
enum ClusterIPRules {
    static func check(_ context: ServiceRuleContext, into sink: inout DiagnosticSink) {
        let service = context.service
        let ips = service.clusterIPs
        let listPath = context.clusterIPsPath(nil)
        if let clusterIP = service.clusterIP {
            if ips.isEmpty {
                sink.emit(
                    "RG2040",
                    "'spec.clusterIPs' is empty but 'spec.clusterIP' is '\(clusterIP)'; expected it to start with that address",
                    at: ServiceRuleContext.spec("clusterIP"),
                    fieldPath: "spec.clusterIPs"
                )
            } else if ips[0] != clusterIP {
                sink.emit(
                    "RG2041",
                    "the first value of 'spec.clusterIPs' is '\(ips[0])'; it must match 'spec.clusterIP' ('\(clusterIP)')",
                    at: ServiceRuleContext.spec("clusterIPs").index(0),
                    fieldPath: "spec.clusterIPs"
                )
            }
        } else if !ips.isEmpty {
            sink.emit(
                "RG2042",
                "'spec.clusterIPs' must be empty when 'spec.clusterIP' is not specified",
                at: listPath,
                fieldPath: "spec.clusterIPs",
                help: "set 'clusterIP' to the first address too, or write only 'clusterIP'"
            )
        }
        checkFamilies(context, into: &sink)
        var invalid = false
        for (index, ip) in ips.enumerated() {
            if index == 0 && ip == "None" {
                if ips.count > 1 {
                    invalid = true
                    sink.emit(
                        "RG2046",
                        "'None' must be the first and only value of 'spec.clusterIPs'",
                        at: listPath,
                        fieldPath: "spec.clusterIPs"
                    )
                }
                continue
            }
            if IPAddress(ip) == nil {
                invalid = true
                sink.emit(
                    "RG2047",
                    "'\(ip)' is not a valid IP address; expected an address such as 10.96.0.10 or 2001:db8::ffff",
                    at: context.clusterIPsPath(index),
                    fieldPath: "spec.clusterIPs[\(index)]",
                    help: ip.contains("/") ? "a cluster IP is one address, not a CIDR" : nil
                )
            }
        }
        if ips.count > 2 {
            sink.emit(
                "RG2048",
                "'spec.clusterIPs' has \(ips.count) values; it may only hold up to 2",
                at: listPath,
                fieldPath: "spec.clusterIPs"
            )
        }
        if invalid { return }
        checkDualStack(context, into: &sink)
    }

    /// C4–C6.
    private static func checkFamilies(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) {
        var seen: Set<String> = []
        for (index, family) in context.service.ipFamilies.enumerated() {
            let path = ServiceRuleContext.spec("ipFamilies").index(index)
            if IPFamily(rawValue: family) == nil {
                sink.emit(
                    "RG2043",
                    "IP family '\(family)' is not supported; expected 'IPv4' or 'IPv6'",
                    at: path
                )
            }
            if !seen.insert(family).inserted {
                sink.emit("RG2044", "IP family '\(family)' is listed twice", at: path)
            }
        }
        if context.specHas("ipFamilyPolicy"), let policy = context.spec?["ipFamilyPolicy"]?.string,
            !["SingleStack", "PreferDualStack", "RequireDualStack"].contains(policy)
        {
            sink.emit(
                "RG2045",
                "ipFamilyPolicy '\(policy)' is not supported; expected 'SingleStack', 'PreferDualStack' or 'RequireDualStack'",
                at: ServiceRuleContext.spec("ipFamilyPolicy")
            )
        }
    }

    /// C10, C11.
    private static func checkDualStack(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) {
        let service = context.service
        let ips = service.clusterIPs
        if ips.count > 1 {
            // `IsDualStackIPStrings`: at least one address of each family.
            let families = Set(ips.compactMap { IPAddress($0)?.family })
            if families.count < 2 {
                sink.emit(
                    "RG2049",
                    "'spec.clusterIPs' may specify no more than one IP for each IP family",
                    at: context.clusterIPsPath(nil),
                    fieldPath: "spec.clusterIPs"
                )
            }
        }
        guard !service.isHeadless else { return }
        for (index, ip) in ips.enumerated() where index < service.ipFamilies.count {
            let expected = service.ipFamilies[index]
            guard let actual = IPAddress(ip)?.family, IPFamily(rawValue: expected) != nil else {
                continue
            }
            let isV6 = actual == .ipv6
            if (expected == "IPv4" && isV6) || (expected == "IPv6" && !isV6) {
                sink.emit(
                    "RG2050",
                    "'\(ip)' is not an \(expected) address; expected an \(expected) value as indicated by 'ipFamilies[\(index)]'",
                    at: context.clusterIPsPath(index),
                    fieldPath: "spec.clusterIPs[\(index)]"
                )
            }
        }
    }
}
