/// How a fence's lines are read.
public enum ShellDialect: Sendable, Hashable {
    /// A script (```` ```bash ````, `sh`, `shell`, `zsh`). If some line starts with `$ `, the
    /// fence is read as a transcript whose prompt is `$` only (`#` stays a comment).
    case bash
    /// A transcript (```` ```console ````, `shell-session`, `sh-session`, `terminal`): lines
    /// prompted by `$ ` or `# ` and their continuations are commands, the rest is output.
    case console

    /// The dialect of a fence info string's first word, or nil when it is not a shell fence.
    public init?(infoString: String) {
        let word =
            infoString.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" })
            .first.map { $0.lowercased() } ?? ""
        switch word {
        case "bash", "sh", "shell", "zsh": self = .bash
        case "console", "shell-session", "sh-session", "terminal": self = .console
        default: return nil
        }
    }
}
