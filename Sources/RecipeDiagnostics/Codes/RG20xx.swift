extension DiagnosticRegistry {
    /// YAML syntax and limits (RG2001–RG2009), shared by front matter and manifests.
    static let yamlCodes: [DiagnosticCode] = [
        DiagnosticCode(
            "RG2001", .error, "YAML syntax error",
            explanation: "The block is not valid YAML; kubectl would refuse it before sending anything.",
            wrong: "metadata:\n  name: web\n   labels: {}",
            right: "metadata:\n  name: web\n  labels: {}"),
        DiagnosticCode(
            "RG2002", .error, "duplicate key in a YAML mapping",
            explanation: """
                A mapping names the same key twice. kubectl would silently keep the last value, \
                so the page is ambiguous about what it means.
                """,
            wrong: "spec:\n  type: NodePort\n  type: ClusterIP",
            right: "spec:\n  type: NodePort"),
        DiagnosticCode(
            "RG2003", .error, "tab in YAML indentation",
            explanation: "YAML indentation must be spaces; a tab there is a syntax error.",
            wrong: "metadata:\n\tname: web",
            right: "metadata:\n  name: web"),
        DiagnosticCode(
            "RG2004", .error, "YAML block exceeds a limit",
            explanation: """
                The block is too large, nested too deeply, or expands too many aliases (a \
                'billion laughs' document). recipegen refuses it rather than hang.
                """,
            wrong: "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n…",
            right: "a: [x, x]"),
    ]
}
