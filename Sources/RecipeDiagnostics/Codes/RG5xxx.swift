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
        DiagnosticCode(
            "RG5003", .error, "link leads nowhere",
            explanation: """
                A relative link or image in a recipe must lead to another recipe (by its .md \
                file), to a page of the site, or to a file in the content folder, which is then \
                published beside the page.
                """,
            wrong: "See [volumes](../storage/volume.md).",
            right: "See [volumes](../storage/volumes.md)."),
        DiagnosticCode(
            "RG5004", .error, "link names a heading that does not exist",
            explanation: "A `#anchor` must be the id of a heading on the page it points to.",
            wrong: "[Fix it](#common-issue)",
            right: "[Fix it](#common-issues)"),
        DiagnosticCode(
            "RG5005", .error, "link or image with a scheme that can run script",
            explanation: """
                Links and images may be relative, or use http, https or mailto. Other schemes                 (javascript:, data:, vbscript:, file:) can run script in a reader's browser or                 reach outside the site; the page drops such a URL and the build stops.
                """,
            wrong: "[Run it](javascript:alert(1))",
            right: "[Run it](https://example.org/run)"),
        DiagnosticCode(
            "RG5006", .error, "published files differ only in case",
            explanation: """
                Files a recipe links to are published beside its page. Two names that differ \
                only in letter case are one file on macOS and Windows, so one would silently \
                replace the other when the site is copied there.
                """,
            wrong: "![before](Diagram.png) ![after](diagram.png)",
            right: "![before](diagram-before.png) ![after](diagram-after.png)"),
    ]
}
