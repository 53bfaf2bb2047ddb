extension DiagnosticRegistry {
    /// Shell syntax (RG30xx), kubectl usage (RG31xx) and references to Services (RG32xx).
    static let shellCodes: [DiagnosticCode] = shellSyntaxCodes
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
    ]
}
