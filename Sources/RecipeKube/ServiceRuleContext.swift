import RecipeDiagnostics
import RecipeYAML

/// What every Service rule reads: the defaulted model, the tree as written, and the options.
struct ServiceRuleContext {
    let service: Service
    let root: YAMLNode
    let options: ValidationOptions

    /// Whether rules may rely on a field's default. In a fragment a field left out may simply
    /// not be shown, so rules that would judge it by its default are skipped.
    func knows(_ specKey: String) -> Bool {
        !options.fragment || specHas(specKey)
    }

    /// `spec` as written (nil when absent).
    var spec: YAMLNode? { root["spec"] }

    /// Whether `spec.<key>` was written with a non-null value.
    func specHas(_ key: String) -> Bool {
        guard let node = spec?[key] else { return false }
        return !node.isNull
    }

    /// The path `spec.<key>`.
    static func spec(_ key: String) -> FieldPath { FieldPath("spec", key) }

    /// The path `spec.ports[index].<key>`.
    static func port(_ index: Int, _ key: String) -> FieldPath {
        FieldPath("spec", "ports").index(index).key(key)
    }

    /// Where a value that the registry moved into `spec.clusterIPs[index]` was written:
    /// `spec.clusterIPs[index]` when written there, else `spec.clusterIP` (index 0).
    func clusterIPsPath(_ index: Int?) -> FieldPath {
        if specHas("clusterIPs") || !specHas("clusterIP") {
            let base = Self.spec("clusterIPs")
            return index.map { base.index($0) } ?? base
        }
        return Self.spec("clusterIP")
    }
}
