import RecipeDiagnostics
import RecipeYAML

/// `metadata.ownerReferences` (service-rules.md M10, RG2029). The server reports these paths
/// without a list index.
enum OwnerReferenceRules {
    static func check(_ node: YAMLNode?, into sink: inout DiagnosticSink) {
        let items = node?.items ?? []
        var controllers = 0
        var seenUIDs: Set<String> = []
        for (index, item) in items.enumerated() {
            let uid = item["uid"]?.string ?? ""
            if !uid.isEmpty, !seenUIDs.insert(uid).inserted { continue }  // de-duplicated first
            let base = FieldPath("metadata", "ownerReferences").index(index)
            let apiVersion = item["apiVersion"]?.string ?? ""
            let slashes = apiVersion.filter { $0 == "/" }.count
            if apiVersion.isEmpty || slashes > 1 || apiVersion.hasSuffix("/") {
                emit("apiVersion", "version must not be empty", base, &sink)
            }
            for field in ["kind", "name", "uid"] where (item[field]?.string ?? "").isEmpty {
                emit(field, "\(field) must not be empty", base, &sink)
            }
            if apiVersion == "v1", item["kind"]?.string == "Event" {
                sink.emit(
                    "RG2029",
                    "an Event is disallowed from being an owner",
                    at: base,
                    fieldPath: "metadata.ownerReferences"
                )
            }
            if item["controller"].flatMap(ServiceDecoder.boolean) == true { controllers += 1 }
        }
        if controllers > 1 {
            sink.emit(
                "RG2029",
                "only one owner reference can have 'controller' set to true; found \(controllers)",
                at: FieldPath("metadata", "ownerReferences"),
                on: .key
            )
        }
    }

    private static func emit(
        _ field: String,
        _ message: String,
        _ base: FieldPath,
        _ sink: inout DiagnosticSink
    ) {
        let exists = sink.root.node(at: base.key(field)) != nil
        sink.emit(
            "RG2029",
            "owner reference \(message)",
            at: exists ? base.key(field) : base,
            on: exists ? .value : .key,
            fieldPath: "metadata.ownerReferences.\(field)"
        )
    }
}
