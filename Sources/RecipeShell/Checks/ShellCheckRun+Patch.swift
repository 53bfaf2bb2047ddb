import RecipeDiagnostics
import RecipeYAML

/// `kubectl patch svc NAME -p '…' [--type json|merge|strategic]`: the body must parse (as JSON
/// when it starts with `{` or `[`, which kubectl sends unchanged), have the shape of its type,
/// and, applied to the recipe's Service, give a Service the schema module accepts.
extension ShellCheckRun {
    func checkPatch(_ arguments: ArraySlice<ShellWord>) {
        let parsed = parse(arguments, table: .patch, command: "patch")
        let bodies = parsed.all("patch")
        let file = parsed.last("patch-file")
        let anchor =
            parsed.positionals.first?.range ?? arguments.first?.range
            ?? SourceRange(line: 1, column: 1)
        if !bodies.isEmpty && file != nil {
            report(
                "RG3103", "cannot give --patch and --patch-file together",
                at: file?.word.range ?? anchor)
        } else if bodies.isEmpty && file == nil {
            report("RG3103", "'kubectl patch' needs --patch (-p) or --patch-file", at: anchor)
        }
        var kind = ServicePatch.Kind.strategic
        if let flag = parsed.last("type"), let value = flag.value, !value.contains("\u{0}") {
            guard let known = ServicePatch.Kind(rawValue: value.lowercased()) else {
                report(
                    "RG3102", "--type must be one of json, merge, strategic, not '\(value)'",
                    at: valueRange(flag))
                return
            }
            kind = known
        }
        guard let (patch, bodyRange) = patchBody(bodies.last, file: file, kind: kind),
            let target = patchTarget(parsed)
        else { return }
        applyPatch(
            patch, kind: kind, to: target.service, namespace: target.namespace, bodyRange: bodyRange
        )
    }

    /// The parsed patch, from `-p` or from a `--patch-file` written earlier in the page
    /// (`cat > patch.json <<EOF`), with the range errors of unpatched fields are reported on.
    private func patchBody(
        _ flag: KubectlArguments.Flag?, file: KubectlArguments.Flag?, kind: ServicePatch.Kind
    ) -> (YAMLNode, SourceRange)? {
        if let flag, let word = flag.valueWord, let body = flag.value, !body.contains("\u{0}") {
            let offsets = Array(word.offsets[min(flag.valueStart, word.offsets.count)...])
            let map = ShellOffsetMap(
                inner: ShellSource(Array(body.utf8)), offsets: offsets, outer: script.source)
            return parseBody(body, kind: kind, whole: valueRange(flag), place: map.map).map {
                ($0, valueRange(flag))
            }
        }
        guard let file, let name = file.value, case .text(let text, let embedding)? = files[name]
        else { return nil }
        return parseBody(text, kind: kind, whole: valueRange(file), place: embedding.project).map {
            ($0, valueRange(file))
        }
    }

    /// The Service a patch names (`svc NAME` or `svc/NAME`), after checking it exists.
    private func patchTarget(_ parsed: KubectlArguments) -> (
        service: ShellService, namespace: String
    )? {
        let positionals = Array(parsed.positionals.dropFirst())
        guard let first = positionals.first, let text = first.literal else { return nil }
        let namespace = self.namespace(parsed)
        var nameWord = first
        var start = 0
        if let slash = text.firstIndex(of: "/") {
            guard Self.isServiceType(String(text[..<slash])) else { return nil }
            start = text.utf8.distance(from: text.startIndex, to: slash) + 1
        } else {
            guard Self.isServiceType(text), positionals.count > 1 else { return nil }
            nameWord = positionals[1]
        }
        guard let name = nameWord.literal else { return nil }
        let range = subrange(nameWord, from: start, to: nameWord.offsets.count) ?? nameWord.range
        let serviceName = String(decoding: Array(name.utf8)[start...], as: UTF8.self)
        guard
            let service = resolve(serviceName, at: range, namespace: namespace, allowsPrefix: false)
        else { return nil }
        return (service, namespace)
    }

    /// Parses a patch body; syntax errors are reported where they are, `place` mapping the
    /// body's own positions onto the block.
    private func parseBody(
        _ body: String, kind: ServicePatch.Kind, whole: SourceRange,
        place: (SourceRange) -> SourceRange
    ) -> YAMLNode? {
        let bytes = Array(body.utf8)
        let trimmed = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }
        if let first = trimmed.first, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            if let error = JSONSyntax.firstError(bytes) {
                let inner = ShellSource(bytes)
                let at = place(
                    SourceRange(
                        start: inner.location(error.offset), end: inner.location(error.offset + 1)))
                report(
                    "RG3104", "the patch is not valid JSON: expected \(error.expected)", at: at,
                    help: body.contains("\"")
                        ? nil
                        : "JSON keys and strings need double quotes; put the whole patch in single quotes"
                )
                return nil
            }
        }
        let result = YAMLParser.parseSingle(body)
        if let error = result.diagnostics.first(where: { $0.severity == .error }) {
            report(
                "RG3104", "the patch is not valid YAML: \(error.message)", at: place(error.range))
            return nil
        }
        guard let root = result.root else {
            report("RG3104", "the patch is empty", at: whole)
            return nil
        }
        let patch = ManifestNode.mapped(root, place)
        if kind == .json ? patch.items == nil : patch.pairs == nil {
            let expected = kind == .json ? "a list of operations" : "an object"
            report(
                "RG3104",
                "a \(kind.rawValue) patch must be \(expected), not \(patch.typeDescription)",
                at: patch.range,
                help: kind == .json ? nil : "for a list of operations, add '--type=json'")
            return nil
        }
        return patch
    }

    private func applyPatch(
        _ patch: YAMLNode, kind: ServicePatch.Kind, to service: ShellService, namespace: String,
        bodyRange: SourceRange
    ) {
        let index = lookupIndex(service.name, namespace: service.effectiveNamespace)
        // A manifest built in this block keeps its ranges; one from elsewhere is reported on the patch.
        let original =
            index.flatMap { builtManifests[$0] }
            ?? (index.flatMap { context.createdManifests[$0] }
            ?? context.serviceManifest(service.name, service.namespace))
            .map { ManifestNode.relocated($0, to: bodyRange) }
        guard let base = original else { return }
        let patched: YAMLNode
        do {
            patched = try ServicePatch.apply(kind, patch: patch, to: base)
        } catch let failure as ServicePatch.Failure {
            report("RG3104", failure.message, at: failure.range)
            return
        } catch {
            return
        }
        let before = Set(
            context.validateService(base).diagnostics.map {
                "\($0.code) \($0.fieldPath ?? "") \($0.message)"
            })
        var check = context.validateService(patched)
        check.diagnostics.removeAll {
            before.contains("\($0.code) \($0.fieldPath ?? "") \($0.message)")
        }
        addBuilt(patched, check: check)
    }
}
