import RecipeDiagnostics
import RecipeYAML

/// Object metadata of a Service (service-rules.md §3: M1–M13, S3), as `ValidateObjectMeta` with
/// `ValidateServiceName` checks it.
///
/// Codes: M1 RG2020, M2 RG2021, M3 RG2022, M4 RG2023, M5 RG2024, M6 RG2025, M7 RG2026,
/// M8 RG2027, M9 RG2028, M10 RG2029, M11 RG2030, M12 RG2031, M13 RG2032, S3 RG2033 (a note).
enum MetadataRules {
    static let annotationSizeLimit = 262_144

    static func check(_ context: ServiceRuleContext, into sink: inout DiagnosticSink) {
        let service = context.service
        let metadata = context.root["metadata"]
        checkName(context, into: &sink)
        if let namespace = service.namespace, let problem = NameFormat.dns1123Label(namespace) {
            sink.emit(
                "RG2023",
                "namespace '\(namespace)' is not valid: \(problem)",
                at: FieldPath("metadata", "namespace")
            )
        }
        if let generation = metadata?["generation"].flatMap(ServiceDecoder.integer), generation < 0
        {
            sink.emit(
                "RG2030",
                "'metadata.generation' is \(generation); expected 0 or more",
                at: FieldPath("metadata", "generation")
            )
        }
        checkLabels(metadata?["labels"], into: &sink)
        checkAnnotations(metadata?["annotations"], versions: context.options.versions, into: &sink)
        OwnerReferenceRules.check(metadata?["ownerReferences"], into: &sink)
        checkFinalizers(metadata?["finalizers"], into: &sink)
        checkManagedFields(metadata?["managedFields"], into: &sink)
    }

    /// M1–M3.
    private static func checkName(_ context: ServiceRuleContext, into sink: inout DiagnosticSink) {
        let service = context.service
        let namePath = FieldPath("metadata", "name")
        if let name = service.name {
            if let problem = NameFormat.dns1035Label(name) {
                sink.emit(
                    "RG2021",
                    "Service name '\(name.clipped)' is not valid: \(problem)",
                    at: namePath,
                    help: "Service names are DNS-1035 labels: lower case, starting with a letter"
                )
            }
        } else if let prefix = service.generateName {
            let masked = maskTrailingDash(prefix)
            if let problem = NameFormat.dns1035Label(masked) {
                sink.emit(
                    "RG2022",
                    "generateName '\(prefix)' is not valid: \(problem)",
                    at: FieldPath("metadata", "generateName")
                )
            } else if let problem = NameFormat.dns1035Label(String(prefix.prefix(58)) + "abcde") {
                sink.emit(
                    "RG2021",
                    "names generated from '\(prefix)' are not valid: \(problem)",
                    at: FieldPath("metadata", "generateName"),
                    fieldPath: "metadata.name"
                )
            }
        } else if !context.options.fragment {
            sink.emit(
                "RG2020",
                "the Service has no name; expected 'metadata.name'",
                at: namePath,
                on: .key
            )
        }
    }

    /// `maskTrailingDash`: a prefix longer than one byte ending in `-` has its last two bytes
    /// replaced by `a`.
    static func maskTrailingDash(_ prefix: String) -> String {
        guard prefix.utf8.count > 1, prefix.hasSuffix("-") else { return prefix }
        return String(prefix.dropLast(2)) + "a"
    }

    /// M5, M6 (also used for other label maps).
    static func checkLabels(
        _ node: YAMLNode?,
        path: FieldPath = FieldPath("metadata", "labels"),
        into sink: inout DiagnosticSink
    ) {
        for pair in node?.pairs ?? [] {
            guard let key = JSONKey.of(pair.key) else { continue }
            if let problem = NameFormat.qualifiedName(key) {
                sink.emit(
                    "RG2024",
                    "label key '\(key.clipped)' is not valid: \(problem)",
                    range: pair.key.range,
                    fieldPath: path.description
                )
            }
            if let value = pair.value.string, let problem = NameFormat.labelValue(value) {
                sink.emit(
                    "RG2025",
                    "label value '\(value.clipped)' is not valid: \(problem)",
                    range: pair.value.range,
                    fieldPath: path.description
                )
            }
        }
    }

    /// M7, M8.
    private static func checkAnnotations(
        _ node: YAMLNode?,
        versions: KubernetesVersionRange,
        into sink: inout DiagnosticSink
    ) {
        let path = FieldPath("metadata", "annotations")
        var total = 0
        for pair in node?.pairs ?? [] {
            guard let key = JSONKey.of(pair.key) else { continue }
            if let problem = NameFormat.qualifiedName(key.lowercased()) {
                sink.emit(
                    "RG2026",
                    "annotation key '\(key.clipped)' is not valid: \(problem)",
                    range: pair.key.range,
                    fieldPath: path.description
                )
            }
            total += key.utf8.count + (pair.value.string?.utf8.count ?? 0)
        }
        if total > annotationSizeLimit {
            let wording = versions.lowest >= 32 ? "may not be more than" : "must have at most"
            sink.emit(
                "RG2027",
                "annotations take \(total) bytes; they \(wording) \(annotationSizeLimit) bytes",
                at: path,
                on: .key
            )
        }
    }

    /// M9.
    private static func checkFinalizers(_ node: YAMLNode?, into sink: inout DiagnosticSink) {
        let path = FieldPath("metadata", "finalizers")
        let items = node?.items ?? []
        var names: Set<String> = []
        for (index, item) in items.enumerated() {
            guard let name = item.string else { continue }
            names.insert(name)
            if let problem = NameFormat.qualifiedName(name) {
                sink.emit(
                    "RG2028",
                    "finalizer '\(name.clipped)' is not valid: \(problem)",
                    range: item.range,
                    fieldPath: path.description
                )
            } else if !name.contains("/"),
                !["kubernetes", "orphan", "foregroundDeletion"].contains(name)
            {
                sink.emit(
                    "RG2028",
                    "finalizer '\(name.clipped)' is neither a standard finalizer name nor fully qualified",
                    range: item.range,
                    fieldPath: path.index(index).description,
                    help:
                        "use 'kubernetes', 'orphan', 'foregroundDeletion' or a name like 'example.com/\(name)'"
                )
            }
        }
        if names.contains("orphan"), names.contains("foregroundDeletion") {
            sink.emit(
                "RG2028",
                "finalizers 'orphan' and 'foregroundDeletion' cannot both be set",
                at: path,
                on: .key
            )
        }
    }

    /// M12: on create only `manager` and `subresource` can fail.
    private static func checkManagedFields(_ node: YAMLNode?, into sink: inout DiagnosticSink) {
        for (index, entry) in (node?.items ?? []).enumerated() {
            let base = FieldPath("metadata", "managedFields").index(index)
            if let manager = entry["manager"]?.string {
                if manager.utf8.count > 128 {
                    sink.emit(
                        "RG2031",
                        "'manager' is \(manager.utf8.count) bytes; expected at most 128",
                        at: base.key("manager")
                    )
                } else if manager.unicodeScalars.contains(where: { !isPrintable($0) }) {
                    sink.emit(
                        "RG2031",
                        "'manager' contains a non-printable character",
                        at: base.key("manager")
                    )
                }
            }
            if let sub = entry["subresource"]?.string, sub.utf8.count > 256 {
                sink.emit(
                    "RG2031",
                    "'subresource' is \(sub.utf8.count) bytes; expected at most 256",
                    at: base.key("subresource")
                )
            }
        }
    }

    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
            .paragraphSeparator:
            return false
        case .spaceSeparator:
            return scalar == " "
        default:
            return true
        }
    }

    /// M13: the two topology annotations must agree when both are set.
    static func checkTopologyAnnotations(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) {
        let annotations = context.service.annotations
        let mode = "service.kubernetes.io/topology-mode"
        let hints = "service.kubernetes.io/topology-aware-hints"
        guard let modeValue = annotations[mode], let hintsValue = annotations[hints],
            modeValue != hintsValue
        else { return }
        sink.emit(
            "RG2032",
            "annotation '\(mode)' is '\(modeValue)' but '\(hints)' is '\(hintsValue)'; they must match when both are set",
            at: FieldPath("metadata", "annotations").mapKey(mode),
            fieldPath: "metadata.annotations[\(mode)]"
        )
    }

    /// S3: a positive `resourceVersion` from a `kubectl get -o yaml` dump (a note: kubectl clears it).
    static func noteResourceVersion(_ context: ServiceRuleContext, into sink: inout DiagnosticSink)
    {
        guard let version = context.root["metadata"]?["resourceVersion"]?.string,
            !version.isEmpty, version.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let number = UInt64(version), number > 0
        else { return }
        sink.emit(
            "RG2033",
            "'metadata.resourceVersion' is copied from a live object; kubectl clears it before creating",
            at: FieldPath("metadata", "resourceVersion"),
            help: "remove server-set fields from the example"
        )
    }
}
