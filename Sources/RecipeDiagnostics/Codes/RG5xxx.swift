extension DiagnosticRegistry {
    /// The site: links, taxonomy, templates and output.
    static let siteCodes: [DiagnosticCode] = [
        DiagnosticCode(
            "RG5001", .error, "template error",
            explanation: "A Mustache template in Templates/ cannot be parsed or rendered.",
            wrong: "{{#recipes}}…",
            right: "{{#recipes}}…{{/recipes}}"),
        DiagnosticCode(
            "RG5002", .error, "output folder cannot be written",
            explanation: """
                The site is built into a staging folder beside the output folder and moved into \
                place when the whole build succeeded. This code reports a failure of that step; \
                the previous site is left as it was.
                """,
            wrong: "--output /read-only/Output",
            right: "--output Output"),
    ]
}
