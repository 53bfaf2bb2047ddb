import RecipeDiagnostics
import RecipeYAML

/// The entry point of the module: validates the documents of a YAML block (already parsed, with
/// ranges in Markdown-file coordinates) and returns one report.
///
/// Per document: its YAML diagnostics are passed through; a document that did not parse stops
/// there; otherwise `kind` and `apiVersion` are checked (D1), and Services and workloads are
/// decoded and validated. Each document is independent: a broken one never hides the others.
/// Cross-resource checks run separately, over a whole recipe (``CrossResourceChecker``).
public enum ManifestValidator {
    /// Decodes and validates every document; one broken document never hides the others.
    public static func validate(
        _ documents: [YAMLDocument],
        options: ValidationOptions
    ) -> ManifestReport {
        var report = ManifestReport()
        for document in documents {
            guard let root = document.root else {
                report.diagnostics += document.diagnostics
                continue
            }
            report.diagnostics += document.diagnostics.map { withFieldPath($0, in: root) }
            let (object, diagnostics) = validateObject(root, options: options)
            report.diagnostics += diagnostics
            if let object { report.objects.append(object) }
        }
        return report
    }

    /// A duplicate-key diagnostic of the parser, with the path of the repeated key (Y2, D6).
    private static func withFieldPath(_ diagnostic: Diagnostic, in root: YAMLNode) -> Diagnostic {
        guard diagnostic.code == "RG2002", diagnostic.fieldPath == nil,
            let path = root.path(ofKeyAt: diagnostic.range)
        else { return diagnostic }
        var copy = diagnostic
        copy.fieldPath = path.description
        return copy
    }

    /// Validates one Service manifest given as a node (used for Services built from kubectl
    /// commands). The Service is nil when the node is not a mapping.
    public static func validateService(
        _ node: YAMLNode,
        options: ValidationOptions
    ) -> (service: Service?, diagnostics: [Diagnostic]) {
        guard node.pairs != nil else {
            return (
                nil,
                [
                    Diagnostic(
                        code: "RG2010",
                        message:
                            "a manifest is \(node.typeDescription); expected an object with 'apiVersion' and 'kind'",
                        range: node.range
                    )
                ]
            )
        }
        let result = ServiceValidator.validate(node, options: options)
        return (result.service, result.diagnostics)
    }

    /// One document's object (nil for an empty document or a `kind: List` dump) and diagnostics.
    static func validateObject(
        _ root: YAMLNode,
        options: ValidationOptions
    ) -> (KubeObject?, [Diagnostic]) {
        if root.isNull { return (nil, []) }
        guard root.pairs != nil else {
            if options.fragment { return (nil, []) }
            return (
                nil,
                [
                    Diagnostic(
                        code: "RG2010",
                        message:
                            "a manifest is \(root.typeDescription); expected an object with 'apiVersion' and 'kind'",
                        range: root.range
                    )
                ]
            )
        }
        var sink = DiagnosticSink(root: root)
        let kind = root["kind"]?.string ?? ""
        var object = KubeObject(
            apiVersion: root["apiVersion"]?.string,
            kind: kind,
            name: root["metadata"]?["name"]?.string,
            namespace: root["metadata"]?["namespace"]?.string.flatMap { $0.isEmpty ? nil : $0 },
            node: root,
            service: nil,
            workload: nil,
            hasErrors: false
        )
        guard checkKind(root, kind: kind, options: options, into: &sink) else {
            object.hasErrors = sink.hasErrors
            return (kind == "List" ? nil : object, sink.diagnostics)
        }
        if kind == "Service" {
            let result = ServiceValidator.validate(root, options: options)
            object.service = result.service
            sink.append(contentsOf: result.diagnostics)
        } else if KnownKinds.workloads.contains(kind) {
            object.workload = WorkloadDecoder.decode(
                root,
                kind: kind,
                options: options,
                into: &sink
            )
        }
        object.hasErrors = sink.hasErrors
        return (object, sink.diagnostics)
    }

    /// D1 for every kind: `kind` present and known, `apiVersion` the one it is served under.
    /// Returns whether the object should be decoded further.
    private static func checkKind(
        _ root: YAMLNode,
        kind: String,
        options: ValidationOptions,
        into sink: inout DiagnosticSink
    ) -> Bool {
        let kindPath = FieldPath("kind")
        guard let kindNode = root["kind"], !kindNode.isNull else {
            if !options.fragment {
                sink.emit(
                    "RG2010",
                    "the manifest has no 'kind'; expected a kind such as 'Service'",
                    at: FieldPath(),
                    on: .key
                )
            }
            return false
        }
        guard kindNode.string != nil, !kind.isEmpty else {
            sink.emit(
                "RG2014",
                "'kind' is \(kindNode.typeDescription); expected a kind such as 'Service'",
                at: kindPath
            )
            return false
        }
        if kind == "List" { return false }
        guard let apiVersion = KnownKinds.apiVersions[kind] else {
            if let meant = KnownKinds.misspelling(of: kind) {
                sink.emit(
                    "RG2013",
                    "no kind '\(kind)' exists; kinds are case-sensitive and singular, expected '\(meant)'",
                    at: kindPath
                )
            } else {
                sink.emit(
                    "RG2012",
                    "kind '\(kind)' is not checked by recipegen; only its YAML syntax was checked",
                    at: kindPath,
                    severity: .note
                )
            }
            return false
        }
        let written = root["apiVersion"]
        if written == nil || written?.isNull == true {
            if options.fragment { return true }
            sink.emit(
                "RG2011",
                "the manifest has no 'apiVersion'; expected '\(apiVersion)' for kind '\(kind)'",
                at: FieldPath("apiVersion"),
                on: .key
            )
            return false
        }
        guard let version = written?.string, version == apiVersion else {
            let shown = written?.string.map { "'\($0)'" } ?? (written?.typeDescription ?? "")
            sink.emit(
                "RG2011",
                "no kind '\(kind)' is served in version \(shown); expected apiVersion '\(apiVersion)'",
                at: FieldPath("apiVersion")
            )
            return false
        }
        return true
    }
}
