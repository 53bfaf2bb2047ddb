extension DiagnosticRegistry {
    /// Input, configuration and internal errors.
    static let generalCodes: [DiagnosticCode] = [
        DiagnosticCode(
            "RG0001", .error, "file cannot be read",
            explanation: """
                A recipe or template could not be read: it is missing, unreadable, or not valid \
                UTF-8 text. Nothing is built from a file recipegen cannot read in full.
                """,
            wrong: "Content/networking/broken.md (bytes 0xFF 0xFE …, not UTF-8)",
            right: "Content/networking/fixed.md (saved as UTF-8)"),
        DiagnosticCode(
            "RG0002", .error, "invalid site configuration",
            explanation: """
                recipegen.yaml holds the site's settings. An unknown key, a value of the wrong \
                type or an invalid value stops the build, so that a typo never silently changes \
                the site.
                """,
            wrong: "titel: My recipes",
            right: "title: My recipes"),
        DiagnosticCode(
            "RG0003", .error, "internal error",
            explanation: """
                recipegen met a condition it does not expect. Please report it with the input \
                that caused it.
                """,
            wrong: "(no example)",
            right: "(no example)"),
    ]
}
