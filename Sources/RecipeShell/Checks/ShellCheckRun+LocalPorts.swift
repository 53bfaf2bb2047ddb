import RecipeDiagnostics

/// Local ports on the reader's machine: `kubectl port-forward … LOCAL:REMOTE` and
/// `kubectl proxy` listen there, so a later `curl localhost:PORT` should use one of them.
extension ShellCheckRun {
    /// Records the local side of each `[LOCAL:]REMOTE` of a port-forward.
    func recordForwards(target: ShellWord, ports: ArraySlice<ShellWord>) {
        for word in ports {
            guard let text = word.literal else {
                context.localPortsUnknown = true
                continue
            }
            let local = text.firstIndex(of: ":").map { String(text[..<$0]) } ?? text
            guard let number = Int(local), number > 0 else {
                context.localPortsUnknown = true  // ':80' picks a random local port
                continue
            }
            context.localPorts[number] = "port-forward \(target.value) \(text)"
        }
    }

    /// `kubectl proxy [--port=N]` listens on 8001 by default.
    func recordProxy(_ arguments: ArraySlice<ShellWord>) {
        let parsed = KubectlArguments(arguments, table: .proxy)
        guard let value = parsed.last("port")?.value else {
            context.localPorts[8001] = "kubectl proxy"
            return
        }
        if let number = Int(value), number > 0 {
            context.localPorts[number] = "kubectl proxy"
        } else {
            context.localPortsUnknown = true
        }
    }

    /// A port on localhost, on the reader's machine, after the page started port-forwards.
    func checkLocalPort(_ port: Int, at range: SourceRange) {
        guard !context.localPorts.isEmpty, !context.localPortsUnknown,
            context.localPorts[port] == nil
        else { return }
        let listening = context.localPorts.sorted { $0.key < $1.key }.map {
            "\($0.key) ('\($0.value)')"
        }.joined(separator: ", ")
        report(
            "RG3206",
            "no port-forward of the page listens on local port \(port); the page listens on \(listening)",
            at: range,
            help: "use the local side of the port-forward")
    }
}
