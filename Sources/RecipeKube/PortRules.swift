import RecipeDiagnostics
import RecipeYAML

/// Ports (`validateServicePort` and the duplicate loops of `ValidateService`, service-rules.md
/// §6: P1–P12, codes RG2060–RG2071).
enum PortRules {
    static let protocols = ["TCP", "UDP", "SCTP"]

    static func check(_ context: ServiceRuleContext, into sink: inout DiagnosticSink) {
        let service = context.service
        if service.ports.isEmpty && !service.isHeadless && service.type != .externalName
            && !context.options.fragment
        {
            sink.emit(
                "RG2060",
                "the Service has no ports; expected at least one entry in 'spec.ports'",
                at: ServiceRuleContext.spec("ports"),
                on: .key,
                help: "only headless and ExternalName Services may leave out 'ports'"
            )
        }
        var names: Set<String> = []
        for (index, port) in service.ports.enumerated() {
            checkPort(
                port,
                index: index,
                several: service.ports.count > 1,
                names: &names,
                context,
                &sink
            )
        }
        if service.type == .clusterIP && context.knows("type") {
            for (index, port) in service.ports.enumerated() where port.nodePort != 0 {
                sink.emit(
                    "RG2069",
                    "nodePort may not be used when 'type' is 'ClusterIP'",
                    at: ServiceRuleContext.port(index, "nodePort"),
                    on: .key,
                    help: context.specHas("type")
                        ? "use 'type: NodePort' or remove 'nodePort'"
                        : "'type' defaults to 'ClusterIP'; add 'type: NodePort'"
                )
            }
        }
        checkDuplicates(service, into: &sink)
    }

    /// P2–P4 for one port, then its values.
    private static func checkPort(
        _ port: ServicePort,
        index: Int,
        several: Bool,
        names: inout Set<String>,
        _ context: ServiceRuleContext,
        _ sink: inout DiagnosticSink
    ) {
        let itemPath = FieldPath("spec", "ports").index(index)
        if let name = port.name {
            if let problem = NameFormat.dns1123Label(name) {
                sink.emit(
                    "RG2062",
                    "port name '\(name)' is not valid: \(problem)",
                    at: itemPath.key("name")
                )
            }
            if !names.insert(name).inserted {
                sink.emit(
                    "RG2063",
                    "port name '\(name)' is used by an earlier port; port names must be unique",
                    at: itemPath.key("name")
                )
            }
        } else if several && !context.options.fragment {
            sink.emit(
                "RG2061",
                "port \(index) has no name; every port needs a name when a Service has several",
                at: itemPath.key("name"),
                on: .key
            )
        }
        checkValues(port, at: itemPath, context, &sink)
    }

    /// P5–P9: port number, protocol, targetPort and appProtocol of one port.
    private static func checkValues(
        _ port: ServicePort,
        at itemPath: FieldPath,
        _ context: ServiceRuleContext,
        _ sink: inout DiagnosticSink
    ) {
        let portWritten = context.root.node(at: itemPath.key("port")).map { !$0.isNull } ?? false
        if !(1...65535).contains(port.port) && (portWritten || !context.options.fragment) {
            sink.emit(
                "RG2064",
                portWritten
                    ? "port \(port.port) is not valid; expected a number from 1 to 65535"
                    : "the port has no 'port'; expected a number from 1 to 65535",
                at: portWritten ? itemPath.key("port") : itemPath,
                on: portWritten ? .value : .key
            )
        }
        if !protocols.contains(port.protocol) {
            sink.emit(
                "RG2065",
                "protocol '\(port.protocol)' is not supported; expected 'TCP', 'UDP' or 'SCTP'",
                at: itemPath.key("protocol"),
                help: protocols.contains(port.protocol.uppercased())
                    ? "protocols are case-sensitive: '\(port.protocol.uppercased())'" : nil
            )
        }
        switch port.targetPort {
        case .int(let number) where !(1...65535).contains(number):
            // An absent targetPort is the port number: point at the port then.
            sink.emit(
                "RG2066",
                port.targetPortWritten || !context.options.defaulting
                    ? "targetPort \(number) is not valid; expected a number from 1 to 65535"
                    : "targetPort defaults to the port, \(number), which is not valid; expected a number from 1 to 65535",
                at: port.targetPortWritten ? itemPath.key("targetPort") : itemPath.key("port"),
                fieldPath: itemPath.key("targetPort").description
            )
        case .string(let name):
            if let problem = NameFormat.ianaServiceName(name) {
                let numeric = name.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                sink.emit(
                    "RG2067",
                    "targetPort '\(name)' is not a valid port name: \(problem)",
                    at: itemPath.key("targetPort"),
                    help: numeric
                        ? "a quoted number is a port name; write targetPort: \(name) without quotes"
                        : nil
                )
            }
        default:
            break
        }
        if let appProtocol = port.appProtocol, let problem = NameFormat.qualifiedName(appProtocol) {
            sink.emit(
                "RG2068",
                "appProtocol '\(appProtocol)' is not valid: \(problem)",
                at: itemPath.key("appProtocol")
            )
        }
    }

    /// P11, P12.
    private static func checkDuplicates(_ service: Service, into sink: inout DiagnosticSink) {
        var nodePorts: Set<String> = []
        for (index, port) in service.ports.enumerated() where port.nodePort != 0 {
            if !nodePorts.insert("\(port.protocol)/\(port.nodePort)").inserted {
                sink.emit(
                    "RG2070",
                    "nodePort \(port.nodePort)/\(port.protocol) is used by an earlier port",
                    at: ServiceRuleContext.port(index, "nodePort")
                )
            }
        }
        var seen: Set<String> = []
        for (index, port) in service.ports.enumerated() {
            if !seen.insert("\(port.protocol)/\(port.port)").inserted {
                sink.emit(
                    "RG2071",
                    "port \(port.port)/\(port.protocol) is defined by an earlier port; each (protocol, port) pair must be unique",
                    at: FieldPath("spec", "ports").index(index)
                )
            }
        }
    }
}
