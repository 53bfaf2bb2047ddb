import RecipeDiagnostics
import RecipeYAML

/// Collects the diagnostics of one manifest, turning field paths into ranges of its YAML tree.
struct DiagnosticSink {
    /// The manifest's root node.
    let root: YAMLNode
    private(set) var diagnostics: [Diagnostic] = []

    init(root: YAMLNode) {
        self.root = root
    }

    /// Whether any error was emitted so far.
    var hasErrors: Bool { diagnostics.hasErrors }

    /// Number of diagnostics emitted so far (to tell whether a stage added any).
    var count: Int { diagnostics.count }

    /// Emits `code` for the field at `path`.
    ///
    /// - Parameters:
    ///   - target: whether to point at the key or the value when the field was written.
    ///   - fieldPath: the path the API server reports, when it differs from where the field is
    ///     written (`spec.clusterIPs[0]` for a value written in `spec.clusterIP`).
    mutating func emit(
        _ code: String,
        _ message: String,
        at path: FieldPath,
        on target: RangeTarget = .value,
        fieldPath: String? = nil,
        severity: Severity? = nil,
        label: String? = nil,
        help: String? = nil,
        notes: [Diagnostic.Note] = []
    ) {
        let found = root.range(of: path, on: target)
        diagnostics.append(
            Diagnostic(
                code: code,
                severity: severity,
                message: message,
                range: found.range,
                fieldPath: fieldPath ?? path.description,
                label: label,
                notes: notes,
                help: help
            )
        )
    }

    /// Emits `code` at an explicit range.
    mutating func emit(
        _ code: String,
        _ message: String,
        range: SourceRange,
        fieldPath: String?,
        severity: Severity? = nil,
        help: String? = nil
    ) {
        diagnostics.append(
            Diagnostic(
                code: code,
                severity: severity,
                message: message,
                range: range,
                fieldPath: fieldPath,
                help: help
            )
        )
    }

    /// Appends diagnostics made elsewhere.
    mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}
