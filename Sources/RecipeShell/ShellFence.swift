import RecipeDiagnostics

/// A shell fence checked and highlighted from one pass of the lexer and parser.
///
/// A build needs a fence's syntax diagnostics, its highlighted HTML and its copy text; parsing
/// it once for all three gives exactly what ``ShellParser/parse(_:dialect:limits:)``,
/// ``ShellHighlighter/html(_:dialect:limits:)`` and ``ShellCopyText/commands(_:dialect:limits:)``
/// give, including at the size limit (RG3007 alone, escaped plain HTML, no copy text).
public struct ShellFence {
    /// The commands, as ``ShellParser/parse(_:dialect:limits:)`` returns them.
    public let script: ShellScript
    /// Syntax errors and warnings, in the block's own coordinates.
    public let diagnostics: [Diagnostic]
    /// The highlighted HTML, without a `<pre>`/`<code>` wrapper.
    public let html: String
    /// What the copy button copies for a transcript; nil for a plain script.
    public let copyText: String?

    /// Parses `text` once and derives the diagnostics, HTML and copy text from that parse.
    public init(_ text: String, dialect: ShellDialect, limits: ShellLimits = .default) {
        let original = Array(text.utf8)
        if let violation = limits.violation(text) {
            script = ShellScript()
            diagnostics = [violation]
            html = ShellHighlighter.plain(original)
            copyText = nil
            return
        }
        let transcript = ShellTranscript(original, dialect: dialect)
        let result = ShellParser.run(ShellSource(transcript.text), recordsSpans: true)
        script = result.script
        diagnostics = result.diagnostics
        html = ShellHighlighter.html(original, transcript: transcript, spans: result.spans)
        copyText = ShellCopyText.commands(original, transcript: transcript)
    }
}
