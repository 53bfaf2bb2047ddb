import RecipeDiagnostics

/// Flag combinations and missing arguments that kubectl refuses before sending anything
/// (get.go, delete.go and apply.go validation in the kubectl reference note).
extension ShellCheckRun {
    /// Reports the client-side conflicts of `verb`; `resources` are its positional arguments.
    func checkConflicts(
        _ parsed: KubectlArguments, verb: String, resources: [ShellWord], anchor: SourceRange
    ) {
        let hasFiles = parsed.has("filename") || parsed.has("kustomize")
        switch verb {
        case "get" where resources.isEmpty && !hasFiles && !parsed.has("raw"):
            report(
                "RG3103", "'kubectl get' needs the type of resource to list", at: anchor,
                help: "for example 'kubectl get svc'")
        case "describe" where resources.isEmpty && !hasFiles:
            report(
                "RG3103", "'kubectl describe' needs the type of resource to describe", at: anchor)
        case "delete":
            let selects = parsed.has("selector") || parsed.has("field-selector")
            if resources.count == 1, !resources[0].value.contains("/"), !hasFiles, !selects,
                !parsed.has("all")
            {
                report(
                    "RG3103",
                    "resource type '\(resources[0].value)' was given, but no name was specified",
                    at: resources[0].range, help: "name what to delete, or use -l SELECTOR or --all"
                )
            }
            conflict(parsed, "all", with: ["selector", "field-selector"])
            conflict(parsed, "now", with: ["grace-period"])
        case "apply":
            if parsed.has("filename") && parsed.has("kustomize") {
                report(
                    "RG3103", "'-f' and '-k' cannot be given together",
                    at: parsed.last("kustomize")?.word.range ?? anchor)
            }
            if parsed.has("force-conflicts") && !parsed.has("server-side") {
                report(
                    "RG3103", "--force-conflicts only works with --server-side",
                    at: parsed.last("force-conflicts")?.word.range ?? anchor)
            }
            if parsed.has("server-side"), let dryRun = parsed.last("dry-run"),
                ["client", "true", nil].contains(dryRun.value)
            {
                report(
                    "RG3103", "--dry-run=client cannot be used with --server-side",
                    at: dryRun.word.range)
            }
        default:
            break
        }
    }

    private func conflict(_ parsed: KubectlArguments, _ flag: String, with others: [String]) {
        guard let first = parsed.last(flag),
            let other = others.compactMap({ parsed.last($0) }).first
        else { return }
        report("RG3103", "--\(flag) cannot be used with --\(other.name)", at: first.word.range)
    }
}
