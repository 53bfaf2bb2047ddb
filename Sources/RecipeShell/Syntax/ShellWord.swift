import RecipeDiagnostics

/// One shell word as the parser saw it, with what a command would receive after quote removal.
///
/// A word is *literal* when it has no expansion: `'a'"b"c` is the literal `abc`. A word with
/// expansions (`http://$HOST:80`, `$(minikube ip)`, a `<placeholder>`) is *dynamic*: its
/// ``value`` keeps the literal pieces and holds U+0000 where each expansion stands, so a checker
/// can still read a literal port after a dynamic host.
public struct ShellWord: Sendable {
    /// From the first to just past the last byte of the word, in block coordinates.
    public var range: SourceRange
    /// The word after quote removal; each expansion is one U+0000 character.
    public var value: String
    /// For each UTF-8 byte of ``value``, the block byte offset it came from.
    public internal(set) var offsets: [Int]
    /// The source text of each expansion, in order (`$NODE_IP`, `$(minikube ip)`, `<node-ip>`).
    public var expansions: [String]
    /// Whether any part of the word was quoted or escaped.
    public var isQuoted: Bool
    /// Command substitutions inside the word, parsed.
    public var substitutions: [ShellList]

    /// The value when the word has no expansion.
    public var literal: String? { expansions.isEmpty ? value : nil }

    /// The literal value of an unquoted word without expansions (how reserved words must look).
    public var bareText: String? { !isQuoted && expansions.isEmpty ? value : nil }

    /// Whether the word holds a `<placeholder>`.
    public var hasPlaceholder: Bool { expansions.contains { $0.first == "<" } }
}

/// A redirection: `>file`, `2>&1`, `<<EOF`, `<<<word`.
public struct ShellRedirect: Sendable {
    /// The operator as written, without the file-descriptor number (`>`, `>>`, `<<-`, `<<<`).
    public var op: String
    /// The file-descriptor number in front of the operator, if any.
    public var fd: Int?
    /// The target word (the delimiter word for a heredoc).
    public var target: ShellWord
    /// Index of the heredoc's body in ``ShellScript/heredocs``, for `<<` and `<<-`.
    public var heredocIndex: Int?
    /// From the operator to the end of the target word.
    public var range: SourceRange
}

/// The body of a here-document.
public struct ShellHeredoc: Sendable {
    /// The delimiter after quote removal.
    public var delimiter: String
    /// Whether the delimiter was quoted (the body is then taken literally).
    public var isQuoted: Bool
    /// Whether `<<-` stripped leading tabs.
    public var stripsTabs: Bool
    /// The body text, tabs stripped for `<<-`, without the terminator line.
    public var text: String
    /// Block line of the body's first line.
    public var startLine: Int
    /// For each body line, the bytes removed in front of it (stripped tabs).
    public var columnOffsets: [Int]
    /// Whether the terminator line was found.
    public var isTerminated: Bool

    /// Where the body sits in the block, for parsers of the body (YAML, shell).
    public var embedding: EmbeddedSource {
        EmbeddedSource(startLine: startLine, columnOffsets: columnOffsets)
    }
}
