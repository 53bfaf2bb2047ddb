import RecipeDiagnostics

/// Parses shell fences like `bash -n`, in the block's own coordinates (line 1 is the first line
/// of the fence body; columns are UTF-8 bytes).
public enum ShellParser {
    /// Parses `text` and returns its commands with the syntax errors and warnings found.
    ///
    /// A syntax error stops the parse, as in bash; the commands before it are returned. Console
    /// transcripts keep only prompted lines and their continuations. Diagnostics: RG3001 (near
    /// an unexpected token), RG3002 (unexpected end of file), RG3003 (unterminated heredoc),
    /// RG3004 (`\` followed by blanks), RG3005 (`<placeholder>`); a fence past `limits` is not
    /// parsed and gets RG3007 alone, with an empty script.
    public static func parse(_ text: String, dialect: ShellDialect, limits: ShellLimits = .default) -> (
        script: ShellScript, diagnostics: [Diagnostic]
    ) {
        if let violation = limits.violation(text) {
            return (ShellScript(), [violation])
        }
        let transcript = ShellTranscript(text, dialect: dialect)
        let result = run(ShellSource(transcript.text), recordsSpans: false)
        return (result.script, result.diagnostics)
    }

    /// Parses a text that is already a script (the string of `sh -c`, a heredoc fed to `sh`).
    static func parseScript(_ source: ShellSource) -> (
        script: ShellScript, diagnostics: [Diagnostic]
    ) {
        let result = run(source, recordsSpans: false)
        return (result.script, result.diagnostics)
    }

    static func run(_ source: ShellSource, recordsSpans: Bool) -> (
        script: ShellScript, diagnostics: [Diagnostic], spans: [ShellSpan]
    ) {
        let engine = ShellEngine(source: source, recordsSpans: recordsSpans)
        let error = engine.parseProgram()
        var diagnostics = engine.warnings
        if let error { diagnostics.append(error.diagnostic) }
        diagnostics.sort()
        let script = ShellScript(
            list: ShellList(items: engine.topItems), heredocs: engine.heredocs, source: source)
        return (script, diagnostics, engine.spans)
    }
}
