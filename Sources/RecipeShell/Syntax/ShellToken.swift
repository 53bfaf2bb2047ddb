import RecipeDiagnostics

/// A token of the shell lexer: a word, an operator, a newline or the end of input.
struct ShellToken {
    enum Kind {
        case word(ShellWord)
        case op(String)
        case newline
        case eof
    }

    var kind: Kind
    /// Byte offsets of the token in the block.
    var start: Int
    var end: Int
    /// The file-descriptor number written in front of a redirection operator (`2>`).
    var fd: Int? = nil

    var word: ShellWord? {
        if case .word(let word) = kind { return word }
        return nil
    }

    var op: String? {
        if case .op(let op) = kind { return op }
        return nil
    }

    var isNewline: Bool {
        if case .newline = kind { return true }
        return false
    }

    var isEOF: Bool {
        if case .eof = kind { return true }
        return false
    }

    /// Whether the token is the unquoted reserved word `name`.
    func isReserved(_ name: String) -> Bool { word?.bareText == name }

    static let redirectOperators: Set<String> = [
        "<", ">", ">>", ">|", "<>", "<&", ">&", "&>", "&>>", "<<", "<<-", "<<<",
    ]
}

/// A syntax error: where, what bash would say, and whether more input could have completed it.
struct ShellSyntaxError: Error {
    var code: String
    var message: String
    var range: SourceRange
    /// True when the error is "the input ended too early" (an open quote, `if`, `|`…), which a
    /// console transcript treats as "the command goes on on the next line".
    var atEOF: Bool
    var notes: [Diagnostic.Note] = []
    var help: String? = nil

    var diagnostic: Diagnostic {
        Diagnostic(code: code, message: message, range: range, notes: notes, help: help)
    }
}

/// What a highlighted stretch of a shell block is.
enum ShellSpanKind: String, CaseIterable {
    case comment, keyword, command, flag, string, variable, op, heredoc, delimiter, placeholder,
        assignment
}

/// A stretch of the block to highlight; spans of higher `rank` are drawn over lower ones.
struct ShellSpan {
    var start: Int
    var end: Int
    var kind: ShellSpanKind
    var rank: Int
}
