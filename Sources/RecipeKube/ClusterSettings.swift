import RecipeDiagnostics
import RecipeYAML

/// The assumed cluster, as a site configures it in `recipegen.yaml` (the [cluster] rules of
/// service-rules.md):
///
/// ```yaml
/// cluster:
///   nodePortRange: 30000-32767        # --service-node-port-range (A7, A10)
///   ipFamilies: [IPv4, IPv6]          # families with a service CIDR (A3-A5)
///   serviceCIDRs: [10.96.0.0/16]      # where explicit cluster IPs must lie (A6)
///   denyExternalIPs: false            # the DenyServiceExternalIPs admission plugin (X3)
/// ```
/// Every key is optional; unknown keys and bad values are RG2019 errors at the offending node.
public enum ClusterSettings {
    /// Applies the `cluster:` mapping `node` to `options`; returns what was wrong with it.
    public static func apply(_ node: YAMLNode, to options: inout ValidationOptions) -> [Diagnostic]
    {
        guard let pairs = node.pairs else {
            return [problem("'cluster' is \(node.typeDescription); expected an object", node)]
        }
        var diagnostics: [Diagnostic] = []
        for pair in pairs {
            let key = pair.key.scalar?.text ?? ""
            let value = pair.value
            switch key {
            case "nodePortRange":
                if let range = nodePortRange(value.scalar?.text ?? "") {
                    options.nodePortRange = range
                } else {
                    diagnostics.append(
                        problem(
                            "nodePortRange '\(value.scalar?.text ?? "")' is not a port range; expected e.g. '30000-32767'",
                            value
                        )
                    )
                }
            case "ipFamilies":
                diagnostics += applyFamilies(value, to: &options)
            case "serviceCIDRs":
                let items = value.items ?? []
                if value.items == nil {
                    diagnostics.append(problem("serviceCIDRs must be a list of CIDRs", value))
                }
                for item in items where IPNetwork(item.string ?? "") == nil {
                    diagnostics.append(problem("'\(item.scalar?.text ?? "")' is not a CIDR", item))
                }
                options.serviceCIDRs = items.compactMap(\.string).filter { IPNetwork($0) != nil }
            case "denyExternalIPs":
                if case .bool(let deny)? = value.scalar?.value {
                    options.denyExternalIPs = deny
                } else {
                    diagnostics.append(problem("denyExternalIPs must be true or false", value))
                }
            default:
                let suggestion = FieldNameSuggestion.closest(
                    to: key,
                    in: ["nodePortRange", "ipFamilies", "serviceCIDRs", "denyExternalIPs"]
                )
                diagnostics.append(
                    Diagnostic(
                        code: "RG2019",
                        message: "unknown cluster setting '\(key)'",
                        range: pair.key.range,
                        help: suggestion.map { "did you mean '\($0)'?" }
                    )
                )
            }
        }
        return diagnostics
    }

    /// `ipFamilies`: a non-empty list of `IPv4` and `IPv6`.
    private static func applyFamilies(
        _ value: YAMLNode,
        to options: inout ValidationOptions
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let families = (value.items ?? []).map { ($0, IPFamily(rawValue: $0.string ?? "")) }
        if value.items == nil || families.isEmpty {
            diagnostics.append(
                problem("ipFamilies must be a non-empty list of 'IPv4' and 'IPv6'", value)
            )
        }
        for (item, family) in families where family == nil {
            diagnostics.append(
                problem("IP family '\(item.scalar?.text ?? "")' is not 'IPv4' or 'IPv6'", item)
            )
        }
        let known = families.compactMap(\.1)
        if !known.isEmpty { options.clusterIPFamilies = Set(known) }
        return diagnostics
    }

    /// `30000-32767` as a range of ports within 1–65535.
    static func nodePortRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
            $0.trimmingSpaces
        }
        guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), 1 <= low,
            low <= high, high <= 65535
        else { return nil }
        return low...high
    }

    private static func problem(_ message: String, _ node: YAMLNode) -> Diagnostic {
        Diagnostic(code: "RG2019", message: message, range: node.range)
    }
}
