import RecipeDiagnostics

/// A parsed shell block: its commands in order.
public struct ShellScript: Sendable {
    /// The top-level commands that parsed; a syntax error ends the list where it occurred.
    public var list: ShellList
    /// Every here-document body of the block, in the order the bodies appear.
    public var heredocs: [ShellHeredoc]
    /// The parsed text, to turn the byte offsets kept in words into positions.
    let source: ShellSource

    /// A script with no source text (for tests and synthetic scripts).
    public init(list: ShellList = ShellList(), heredocs: [ShellHeredoc] = []) {
        self.init(list: list, heredocs: heredocs, source: ShellSource([]))
    }

    init(list: ShellList, heredocs: [ShellHeredoc], source: ShellSource) {
        self.list = list
        self.heredocs = heredocs
        self.source = source
    }

    /// The body of a heredoc redirection.
    public func heredoc(of redirect: ShellRedirect) -> ShellHeredoc? {
        guard let index = redirect.heredocIndex, heredocs.indices.contains(index) else {
            return nil
        }
        return heredocs[index]
    }
}

/// Commands separated by `;`, `&` or newlines.
public struct ShellList: Sendable {
    /// The and-or lists, in source order.
    public var items: [ShellAndOr]

    /// A list of the given items.
    public init(items: [ShellAndOr] = []) { self.items = items }
}

/// Pipelines joined by `&&` and `||`; `isBackground` when the list item ended with `&`.
public struct ShellAndOr: Sendable {
    /// The pipelines, in source order.
    public var pipelines: [ShellPipeline]
    /// Whether the list item ended with `&`.
    public var isBackground: Bool
}

/// Commands joined by `|` or `|&`.
public struct ShellPipeline: Sendable {
    /// The commands, left to right.
    public var commands: [ShellCommand]
    /// Whether the pipeline starts with `!`.
    public var isNegated: Bool
}

/// One command of a pipeline.
public indirect enum ShellCommand: Sendable {
    case simple(ShellSimpleCommand)
    case compound(ShellCompound, redirects: [ShellRedirect])
    case function(name: ShellWord, body: ShellCommand)
}

/// `VAR=value cmd arg… >redirect`.
public struct ShellSimpleCommand: Sendable {
    /// `NAME=value` prefixes, stripped from ``words``.
    public var assignments: [ShellWord]
    /// The command name and its arguments.
    public var words: [ShellWord]
    /// Redirections, wherever they stood in the command.
    public var redirects: [ShellRedirect]
    /// From the first assignment, word or redirection to the end of the last one.
    public var range: SourceRange
}

/// Compound commands.
public enum ShellCompound: Sendable {
    case group(ShellList)
    case subshell(ShellList)
    /// Condition/body pairs of `if` and each `elif`, then the `else` body.
    case ifClause(branches: [(condition: ShellList, body: ShellList)], otherwise: ShellList?)
    /// `while` (or `until`, with `isUntil`).
    case loop(isUntil: Bool, condition: ShellList, body: ShellList)
    /// `for NAME in WORDS` (items nil without `in`), `select`, and `for ((…))` (variable nil).
    case forLoop(variable: ShellWord?, items: [ShellWord]?, body: ShellList)
    case caseClause(subject: ShellWord, items: [(patterns: [ShellWord], body: ShellList)])
    /// `(( … ))`, kept as its range.
    case arithmetic(SourceRange)
    /// `[[ … ]]`, with the words inside.
    case conditional([ShellWord])
}

extension ShellList {
    /// Every simple command of the list, nested ones included, in source order, with the
    /// pipeline it stands in (nil when alone).
    public func forEachSimpleCommand(_ body: (ShellSimpleCommand, ShellPipeline) -> Void) {
        for item in items {
            for pipeline in item.pipelines {
                for command in pipeline.commands { command.forEachSimple(in: pipeline, body) }
            }
        }
    }
}

extension ShellCommand {
    func forEachSimple(
        in pipeline: ShellPipeline, _ body: (ShellSimpleCommand, ShellPipeline) -> Void
    ) {
        switch self {
        case .simple(let simple): body(simple, pipeline)
        case .function(_, let inner): inner.forEachSimple(in: pipeline, body)
        case .compound(let compound, _):
            for list in compound.lists { list.forEachSimpleCommand(body) }
        }
    }
}

extension ShellCompound {
    /// The command lists inside, in source order.
    var lists: [ShellList] {
        switch self {
        case .group(let list), .subshell(let list): return [list]
        case .ifClause(let branches, let otherwise):
            return branches.flatMap { [$0.condition, $0.body] } + (otherwise.map { [$0] } ?? [])
        case .loop(_, let condition, let body): return [condition, body]
        case .forLoop(_, _, let body): return [body]
        case .caseClause(_, let items): return items.map(\.body)
        case .arithmetic, .conditional: return []
        }
    }
}
