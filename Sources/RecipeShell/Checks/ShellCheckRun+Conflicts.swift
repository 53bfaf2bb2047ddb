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
        case "get":
            if resources.isEmpty && !hasFiles && !parsed.has("raw") {
                report(
                    "RG3103", "'kubectl get' needs the type of resource to list", at: anchor,
                    help: "for example 'kubectl get svc'")
            }
            checkGetConflicts(parsed, resources: resources)
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
            if parsed.has("prune") && !parsed.has("selector") && !parsed.has("all") && !parsed.has("applyset") {
                report(
                    "RG3103", "--prune needs -l SELECTOR, --all or --applyset",
                    at: parsed.last("prune")?.word.range ?? anchor)
            }
            if parsed.has("force") && parsed.has("server-side") {
                report("RG3103", "--force cannot be used with --server-side", at: parsed.last("force")?.word.range ?? anchor)
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

    /// get.go: --raw alone, --show-labels only with the table output, -L not with custom
    /// columns, --output-watch-events only with -w.
    private func checkGetConflicts(_ parsed: KubectlArguments, resources: [ShellWord]) {
        if let raw = parsed.last("raw"), !resources.isEmpty || parsed.has("output") || parsed.has("selector") {
            report("RG3103", "--raw cannot be combined with resources, -o or -l", at: raw.word.range)
        }
        let output = parsed.last("output")?.value?.lowercased()
        if let labels = parsed.last("show-labels"), let output, output != "wide" {
            report("RG3103", "--show-labels only works with the table output or -o wide, not -o \(output)", at: labels.word.range)
        }
        if let columns = parsed.last("label-columns"), output?.hasPrefix("custom-columns") == true {
            report("RG3103", "-L cannot be combined with -o custom-columns", at: columns.word.range)
        }
        if let events = parsed.last("output-watch-events"), !parsed.has("watch"), !parsed.has("watch-only") {
            report("RG3103", "--output-watch-events needs --watch", at: events.word.range)
        }
    }

    private func conflict(_ parsed: KubectlArguments, _ flag: String, with others: [String]) {
        guard let first = parsed.last(flag),
            let other = others.compactMap({ parsed.last($0) }).first
        else { return }
        report("RG3103", "--\(flag) cannot be used with --\(other.name)", at: first.word.range)
    }
}
