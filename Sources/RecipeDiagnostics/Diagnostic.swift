/// One problem found in a recipe or in the site: a code, a severity, a message and where it is.
///
/// Messages are one line, lowercase, without a final period; names the user wrote are quoted
/// with single quotes; the message says what is wrong, then what was expected.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// A secondary place that explains the diagnostic ("first defined here").
    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var file: String?
        public var range: SourceRange?

        public init(_ message: String, file: String? = nil, range: SourceRange? = nil) {
            self.message = message
            self.file = file
            self.range = range
        }
    }

    /// The registry id, such as `RG2104`.
    public var code: String
    public var severity: Severity
    public var message: String
    /// The file the range is in, relative to the site root; nil while still in local coordinates.
    public var file: String?
    public var range: SourceRange
    /// The Kubernetes field path for manifest errors, such as `spec.ports[0].nodePort`.
    public var fieldPath: String?
    /// Short text shown under the caret in the terminal renderer.
    public var label: String?
    public var notes: [Note]
    /// One optional line telling how to fix the problem.
    public var help: String?

    public init(
        code: String,
        severity: Severity? = nil,
        message: String,
        file: String? = nil,
        range: SourceRange,
        fieldPath: String? = nil,
        label: String? = nil,
        notes: [Note] = [],
        help: String? = nil
    ) {
        self.code = code
        self.severity = severity ?? DiagnosticRegistry.code(code)?.severity ?? .error
        self.message = message
        self.file = file
        self.range = range
        self.fieldPath = fieldPath
        self.label = label
        self.notes = notes
        self.help = help
    }

    /// The same diagnostic placed in `file`, where it has no file yet.
    public func inFile(_ file: String) -> Diagnostic {
        var copy = self
        if copy.file == nil { copy.file = file }
        copy.notes = copy.notes.map { note in
            var note = note
            if note.file == nil && note.range != nil { note.file = file }
            return note
        }
        return copy
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, position, then code, so output is the same however checks were scheduled.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let l = (lhs.file ?? "", lhs.range.start.line, lhs.range.start.column)
        let r = (rhs.file ?? "", rhs.range.start.line, rhs.range.start.column)
        if l != r { return l < r }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
