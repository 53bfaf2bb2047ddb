import RecipeDiagnostics

/// kubectl subcommands that reach into pods: `exec` and `run` (the command after `--` runs in
/// the pod and is checked there) and `port-forward` (the remote port must be a Service port).
extension ShellCheckRun {
    func checkExec(_ arguments: ArraySlice<ShellWord>, _ invocation: Invocation) {
        let parsed = parse(arguments, table: .exec, command: "exec")
        let positionals = parsed.positionals.dropFirst()
        let namespace = self.namespace(parsed)
        if let target = positionals.first, let slash = target.literal?.firstIndex(of: "/") {
            let type = String(target.value[..<slash])
            if Self.isServiceType(type) {
                let start = target.value.utf8.distance(from: target.value.startIndex, to: slash) + 1
                let range = subrange(target, from: start, to: target.offsets.count) ?? target.range
                let service = resolve(
                    String(target.value[target.value.index(after: slash)...]), at: range,
                    namespace: namespace, allowsPrefix: false)
                if let service { checkHasPods(service, at: range) }
            }
        }
        var remote = parsed.afterDash ?? []
        if parsed.afterDash == nil {
            if positionals.count > 1 {
                let command = positionals[positionals.startIndex + 1]
                report(
                    "RG3103",
                    "'kubectl exec POD COMMAND' is not supported anymore; expected 'kubectl exec POD -- COMMAND'",
                    at: command.range, help: "put '--' before '\(command.value)'")
                remote = Array(positionals.dropFirst())
            } else {
                report(
                    "RG3103", "'kubectl exec' needs a command after '--'",
                    at: (positionals.first ?? arguments.first)?.range ?? invocation.command.range)
            }
        }
        checkRemote(remote, invocation, namespace: namespace)
    }

    func checkRun(_ arguments: ArraySlice<ShellWord>, _ invocation: Invocation) {
        guard let dash = arguments.firstIndex(where: { $0.value == "--" && $0.literal != nil })
        else { return }
        let head = KubectlArguments(arguments[..<dash], table: .globalOnly)
        checkRemote(Array(arguments[(dash + 1)...]), invocation, namespace: namespace(head))
    }

    /// Checks the command that runs inside a pod, with the pod's namespace as search domain.
    private func checkRemote(_ words: [ShellWord], _ invocation: Invocation, namespace: String) {
        guard !words.isEmpty else { return }
        var command = invocation.command
        command.assignments = []
        command.words = words
        var inner = invocation
        inner.command = command
        inner.inPod = namespace
        checkRemoteCommand(inner)
    }

    func checkPortForward(_ arguments: ArraySlice<ShellWord>) {
        let parsed = parse(arguments, table: .portForward, command: "port-forward")
        let positionals = Array(parsed.positionals.dropFirst())
        guard positionals.count >= 2 else {
            report(
                "RG3103", "'kubectl port-forward' needs TYPE/NAME and at least one port",
                at: (positionals.first ?? parsed.positionals.first)?.range
                    ?? SourceRange(line: 1, column: 1),
                help: "for example 'kubectl port-forward svc/web 8080:80'")
            return
        }
        let target = positionals[0]
        recordForwards(target: target, ports: positionals.dropFirst())
        if let address = parsed.last("address"), let value = address.value, !value.contains("\u{0}"),
            let bad = value.split(separator: ",").first(where: { $0 != "localhost" && !Self.isIPv4(String($0)) && !$0.contains(":") })
        {
            report(
                "RG3102", "--address takes IP addresses or 'localhost', not '\(bad)'", at: valueRange(address))
        }
        guard let text = target.literal, let slash = text.firstIndex(of: "/"),
            Self.isServiceType(String(text[..<slash]))
        else { return }
        let start = text.utf8.distance(from: text.startIndex, to: slash) + 1
        let range = subrange(target, from: start, to: target.offsets.count) ?? target.range
        let name = String(text[text.index(after: slash)...])
        guard
            let service = resolve(
                name, at: range, namespace: namespace(parsed), allowsPrefix: false)
        else { return }
        guard checkHasPods(service, at: range) else { return }
        for word in positionals.dropFirst() { checkForwardedPort(word, service: service) }
    }

    private func checkForwardedPort(_ word: ShellWord, service: ShellService) {
        guard let text = word.literal, !service.ports.isEmpty else { return }
        let colon = text.lastIndex(of: ":")
        let remote = colon.map { String(text[text.index(after: $0)...]) } ?? text
        let start = colon.map { text.utf8.distance(from: text.startIndex, to: $0) + 1 } ?? 0
        let range = subrange(word, from: start, to: word.offsets.count) ?? word.range
        let notes = [service.definitionNote].compactMap { $0 }
        if let number = Int(remote) {
            guard let port = service.ports.first(where: { $0.port == number }) else {
                report(
                    "RG3202",
                    portMessage(
                        service, number,
                        prefix: "Service '\(service.name)' does not have a service port \(number)"),
                    at: range, label: "not a port of '\(service.name)'", notes: notes,
                    help: targetPortHelp(service, number, local: colon.map { String(text[..<$0]) }))
                return
            }
            if port.protocol == "UDP" {
                report(
                    "RG3205",
                    "port \(number) of '\(service.name)' is UDP; port-forward supports TCP only",
                    at: range, notes: notes)
            }
        } else if !service.ports.contains(where: { $0.name == remote }) {
            let names = service.ports.compactMap(\.name).map { "'\($0)'" }.joined(separator: ", ")
            report(
                "RG3202",
                "Service '\(service.name)' does not have a named port '\(remote)'; "
                    + (names.isEmpty ? "its ports have no names" : "its port names are \(names)"),
                at: range, notes: notes)
        }
    }

    /// `svc/NAME` picks a pod through the Service's selector: a Service without one (every
    /// ExternalName Service) has no pod. Returns whether it has a selector.
    @discardableResult
    func checkHasPods(_ service: ShellService, at range: SourceRange) -> Bool {
        guard service.type == "ExternalName" || !service.hasSelector else { return true }
        let kind = service.type == "ExternalName" ? " (it is an ExternalName Service)" : ""
        report(
            "RG3205", "'\(service.name)' has no selector\(kind), so there is no pod behind it",
            at: range, notes: [service.definitionNote].compactMap { $0 })
        return false
    }
}
