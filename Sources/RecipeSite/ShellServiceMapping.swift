import RecipeKube
import RecipeShell

/// What the shell checks need of a Service decoded by the schema module.
enum ShellServiceMapping {
    /// The Service as the shell checks see it; nil for a Service without a name.
    static func map(_ service: Service, file: String?) -> ShellService? {
        guard let name = service.name else { return nil }
        return ShellService(
            name: name, namespace: service.namespace, type: service.type.description,
            ports: service.ports.map { port in
                ShellService.Port(
                    name: port.name, port: port.port, targetPort: port.targetPort.description,
                    nodePort: port.nodePort == 0 ? nil : port.nodePort, protocol: port.protocol)
            },
            headless: service.isHeadless, externalName: service.externalName,
            hasSelector: service.selector != nil, file: file, range: service.nameRange)
    }
}
