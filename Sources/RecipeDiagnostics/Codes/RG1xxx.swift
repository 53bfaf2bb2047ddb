extension DiagnosticRegistry {
    /// Markdown and front matter.
    static let markdownCodes: [DiagnosticCode] = [
        DiagnosticCode(
            "RG1001", .error, "recipe has no front matter",
            explanation: """
                Every recipe starts with YAML front matter between two `---` lines, which holds \
                at least its title, description and category.
                """,
            wrong: "# Exposing a Service\n\nSome text.",
            right: "---\ntitle: Exposing a Service\ndescription: How to expose a Deployment.\ncategory: networking\n---\n\nSome text."),
        DiagnosticCode(
            "RG1002", .error, "front matter field is missing",
            explanation: "The front matter lacks a field every recipe must have (title, description, category).",
            wrong: "---\ntitle: Exposing a Service\n---",
            right: "---\ntitle: Exposing a Service\ndescription: How to expose a Deployment.\ncategory: networking\n---"),
        DiagnosticCode(
            "RG1003", .error, "front matter value is invalid",
            explanation: """
                A front matter field has a value of the wrong type or outside its allowed set, \
                such as a difficulty that is not beginner, intermediate or advanced.
                """,
            wrong: "difficulty: expert",
            right: "difficulty: advanced"),
        DiagnosticCode(
            "RG1004", .error, "unknown front matter key",
            explanation: "A key recipegen does not know. Most often a typo of a known key, which would otherwise be ignored.",
            wrong: "catgory: networking",
            right: "category: networking"),
        DiagnosticCode(
            "RG1005", .error, "invalid date",
            explanation: "`date` must be a calendar date written as YYYY-MM-DD.",
            wrong: "date: 03/01/2026",
            right: "date: 2026-03-01"),
        DiagnosticCode(
            "RG1006", .error, "two recipes have the same slug",
            explanation: """
                Each recipe is published at /recipes/<slug>/. Two recipes whose file names (or \
                `slug:` fields) give the same slug would overwrite each other.
                """,
            wrong: "networking/nodeport.md and storage/nodeport.md",
            right: "networking/nodeport.md and storage/nodeport-volumes.md"),
        DiagnosticCode(
            "RG1007", .error, "invalid Kubernetes version range",
            explanation: """
                `kubernetes:` names the versions the examples are checked against: one minor \
                version (`"1.30"`), an open range (`"1.28+"`) or a closed one (`"1.29-1.32"`).
                """,
            wrong: "kubernetes: latest",
            right: "kubernetes: \"1.28+\""),
        DiagnosticCode(
            "RG1008", .error, "front matter is not closed",
            explanation: "The front matter starts with `---` but no closing `---` line follows.",
            wrong: "---\ntitle: Exposing a Service\n\n# Heading",
            right: "---\ntitle: Exposing a Service\n---\n\n# Heading"),
        DiagnosticCode(
            "RG1009", .error, "file name gives no slug",
            explanation: """
                A recipe's URL is its slug: the front matter's 'slug:', or else its file name \
                lowercased with everything but a-z and 0-9 turned into hyphens. A name with no \
                such letter or digit gives no slug, and the page would have no place to go.
                """,
            wrong: "Content/networking/日本語.md",
            right: "Content/networking/nihongo.md  (or 'slug: nihongo' in its front matter)"),
        DiagnosticCode(
            "RG1010", .error, "unknown code fence attribute",
            explanation: """
                A fence's info string carries attributes that control checking (`title="…"`, \
                `ignore`, `fragment`, `invalid`, `invalid=RGxxxx`). An unknown attribute is an \
                error, so that a typo never silently switches a check off.
                """,
            wrong: "```yaml ignroe",
            right: "```yaml ignore"),
        DiagnosticCode(
            "RG1011", .error, "counter-example passes its checks",
            explanation: """
                A fence marked `invalid` is a counter-example: it must fail validation. If it \
                passes (or fails with another code than `invalid=RGxxxx` names), the page \
                teaches something false.
                """,
            wrong: "```yaml invalid\n(a valid Service)\n```",
            right: "```yaml invalid=RG2121\n(a Service whose nodePort is 80)\n```"),
        DiagnosticCode(
            "RG1012", .note, "example is not checked",
            explanation: "A fence marked `ignore` is shown but not checked. Keep these rare.",
            wrong: "```yaml ignore",
            right: "```yaml"),
        DiagnosticCode(
            "RG1013", .error, "unknown callout kind",
            explanation: """
                A block quote that starts with `[!NAME]` is a callout. NAME must be NOTE, TIP, \
                IMPORTANT, WARNING or CAUTION, in capitals.
                """,
            wrong: "> [!HINT]\n> Use a headless Service.",
            right: "> [!TIP]\n> Use a headless Service."),
    ]
}
