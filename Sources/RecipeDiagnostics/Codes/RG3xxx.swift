extension DiagnosticRegistry {
    /// Shell syntax (RG30xx), kubectl usage (RG31xx) and references to Services (RG32xx).
    static let shellCodes: [DiagnosticCode] = shellSyntaxCodes + kubectlCodes + referenceCodes
}

extension DiagnosticRegistry {
    /// Shell syntax, as `bash -n` and ShellCheck report it.
    static let shellSyntaxCodes: [DiagnosticCode] = [
        DiagnosticCode(
            "RG3001", .error, "shell syntax error",
            explanation: """
                The command block would not parse: bash stops with 'syntax error near unexpected \
                token'. Often a keyword without its opener, a stray ')' or output pasted under a \
                command without a prompt.
                """,
            wrong: "kubectl get svc web\nNAME   PORT(S)",
            right: "$ kubectl get svc web\nNAME   PORT(S)"),
        DiagnosticCode(
            "RG3002", .error, "unexpected end of a shell block",
            explanation: """
                A quote, substitution or compound command is still open when the block ends, or \
                the block ends right after '|', '&&' or '||'. The diagnostic points at the \
                construct that was never closed.
                """,
            wrong: "kubectl get svc \"web",
            right: "kubectl get svc \"web\""),
        DiagnosticCode(
            "RG3003", .error, "here-document without its terminator",
            explanation: """
                No line holds exactly the heredoc's delimiter, so the body runs to the end of the \
                block: bash only warns, and feeds every following line to the command. Trailing \
                blanks, indentation (with '<<', or spaces with '<<-') and quotes around the \
                delimiter all prevent the match.
                """,
            wrong: "kubectl apply -f - <<EOF\nkind: Service\nEOF \nkubectl get svc",
            right: "kubectl apply -f - <<EOF\nkind: Service\nEOF\nkubectl get svc"),
        DiagnosticCode(
            "RG3004", .warning, "backslash followed by blanks at the end of a line",
            explanation: """
                '\\ ' escapes a blank instead of joining the next line, so the command ends there \
                and the next line runs on its own. The blanks are invisible on the rendered page.
                """,
            wrong: "kubectl get svc \\  \n  web",
            right: "kubectl get svc \\\n  web"),
        DiagnosticCode(
            "RG3005", .warning, "placeholder in a command",
            explanation: """
                A word such as '<service-name>' must be replaced before the command can run (as \
                written it is a redirection). recipegen cannot check what it refers to.
                """,
            wrong: "kubectl get svc <service-name>",
            right: "kubectl get svc web"),
        DiagnosticCode(
            "RG3006", .warning, "Kubernetes variable reference in an unquoted here-document",
            explanation: """
                Kubernetes expands '$(VAR)' in a container's command, args and env. Inside a \
                here-document whose delimiter is not quoted, the shell sees '$(VAR)' first and \
                runs 'VAR' as a command, so the manifest kubectl receives has an empty string.
                """,
            wrong: "kubectl apply -f - <<EOF\nargs: [\"--addr=$(POD_IP)\"]\nEOF",
            right: "kubectl apply -f - <<'EOF'\nargs: [\"--addr=$(POD_IP)\"]\nEOF"),
        DiagnosticCode(
            "RG3007", .error, "shell block exceeds a limit",
            explanation: """
                The block is larger than 512 KiB or longer than 25,000 lines. recipegen refuses \
                it rather than spend seconds and hundreds of megabytes checking it; no command \
                block a reader copies is that long. Split the block, or mark it 'ignore' to show \
                it unchecked and unhighlighted.
                """,
            wrong: "kubectl get svc web\nkubectl get svc web\n… (25,001 lines)",
            right: "kubectl get svc web"),
    ]
}

extension DiagnosticRegistry {
    /// kubectl's own rules: flags, values and arguments it refuses before sending anything.
    static let kubectlCodes: [DiagnosticCode] = [
        DiagnosticCode(
            "RG3101", .error, "unknown kubectl flag",
            explanation: """
                kubectl refuses a flag its subcommand does not define. Flags differ between \
                sibling subcommands: '--node-port' exists on 'create service nodeport' only, and \
                'kubectl expose' has none.
                """,
            wrong: "kubectl create service loadbalancer web --tcp=443 --node-port=31443",
            right: "kubectl create service nodeport web --tcp=443 --node-port=31443"),
        DiagnosticCode(
            "RG3102", .error, "invalid kubectl flag value",
            explanation: """
                A flag's value is not one kubectl accepts: a port that is not a number, an \
                unknown output format, dry-run mode, patch type or session affinity, or a flag \
                given without its value.
                """,
            wrong: "kubectl get svc web -o yml",
            right: "kubectl get svc web -o yaml"),
        DiagnosticCode(
            "RG3103", .error, "invalid kubectl arguments",
            explanation: """
                The arguments do not have the shape the subcommand needs: a missing name or \
                command, 'exec POD COMMAND' without '--', a file given to apply without '-f', \
                TYPE NAME mixed with TYPE/NAME, or a Service kubectl cannot create.
                """,
            wrong: "kubectl exec frontend curl http://web",
            right: "kubectl exec frontend -- curl http://web"),
        DiagnosticCode(
            "RG3104", .error, "invalid patch",
            explanation: """
                The body of 'kubectl patch' does not parse, or does not have the shape of its \
                --type (a JSON patch is a list of operations, a merge patch an object), or one \
                of its operations cannot apply. A body starting with '{' is sent as it is, so it \
                must be valid JSON: quotes inside a double-quoted shell word are lost.
                """,
            wrong: "kubectl patch svc web -p \"{\"spec\":{\"type\":\"NodePort\"}}\"",
            right: "kubectl patch svc web -p '{\"spec\":{\"type\":\"NodePort\"}}'"),
        DiagnosticCode(
            "RG3105", .warning, "applied file is not shown in the recipe",
            explanation: """
                'kubectl apply -f FILE' names a file that is no titled YAML block of the recipe, \
                so neither the reader nor recipegen can see what it defines. Names it may \
                define are then only notes.
                """,
            wrong: "kubectl apply -f service.yaml   # no block titled service.yaml",
            right: "```yaml title=\"service.yaml\"\n...\n```\nkubectl apply -f service.yaml"),
    ]

    /// Names, ports and nodePorts that commands use and the recipe's Services must declare.
    static let referenceCodes: [DiagnosticCode] = [
        DiagnosticCode(
            "RG3201", .error, "no such Service",
            explanation: """
                A command names a Service that the recipe does not define (in that namespace), \
                neither in a YAML block nor by an earlier command. A note when the page applies \
                manifests recipegen cannot see, unless the name is a near miss of a known one.
                """,
            wrong: "kubectl get svc backend-ap",
            right: "kubectl get svc backend-api"),
        DiagnosticCode(
            "RG3202", .error, "port not declared by the Service",
            explanation: """
                A URL, nc, port-forward or SRV name uses a port the Service does not declare. \
                Clients reach a Service on its 'port', never on the targetPort; http:// means \
                80 and https:// 443.
                """,
            wrong: "kubectl exec frontend -- curl http://backend-api:8080",
            right: "kubectl exec frontend -- curl http://backend-api:80"),
        DiagnosticCode(
            "RG3203", .error, "port on a node address is no declared nodePort",
            explanation: """
                A node address (an IP with a port in the node-port range, $NODE_IP, \
                $(minikube ip)) is used with a port that no Service of the recipe declares as \
                its nodePort.
                """,
            wrong: "curl http://192.168.1.10:30081/   # the Service declares nodePort 30080",
            right: "curl http://192.168.1.10:30080/"),
        DiagnosticCode(
            "RG3204", .error, "Service is in another namespace",
            explanation: """
                The Service exists, but in another namespace than the one the command works \
                in: the '-n' flag, the context's namespace, or the namespace part of a DNS name.
                """,
            wrong: "kubectl get svc db   # db is in namespace shop",
            right: "kubectl get svc db -n shop"),
        DiagnosticCode(
            "RG3205", .error, "Service cannot be used this way",
            explanation: """
                The Service exists but the command needs something it lacks: port-forward \
                needs a selector and a TCP port, endpoints need a non-ExternalName Service, \
                and POD.NAME DNS records exist only for headless Services.
                """,
            wrong: "kubectl port-forward svc/external-api 8080:443   # an ExternalName Service",
            right: "kubectl port-forward svc/backend-api 8080:443"),
        DiagnosticCode(
            "RG3206", .warning, "nothing listens on that local port",
            explanation: """
                After 'kubectl port-forward svc/NAME LOCAL:REMOTE' the Service is reached on the \
                reader's machine at localhost:LOCAL. A later command that uses another local \
                port (often the REMOTE one) reaches nothing.
                """,
            wrong: "kubectl port-forward svc/web 8080:80 &\ncurl http://localhost:80/",
            right: "kubectl port-forward svc/web 8080:80 &\ncurl http://localhost:8080/"),
    ]
}
