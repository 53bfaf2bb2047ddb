import RecipeDiagnostics

/// Lists, and-or lists, pipelines and simple commands (section 4 of the shell-subset note).
extension ShellEngine {
    static let closers: Set<String> = [
        "then", "else", "elif", "fi", "do", "done", "esac", "}", "]]",
    ]
    static let caseEnds: Set<String> = [";;", ";&", ";;&"]

    /// Reads and-or lists separated by `;`, `&` and newlines until a reserved word of
    /// `terminators` in command position, a `)` when `")"` is one, a `;;` when `caseItem`, or
    /// the end of input. Parsed items are appended to `sink` as they complete.
    @discardableResult
    func parseList(terminators: Set<String>, caseItem: Bool = false, sink: inout [ShellAndOr])
        throws
        -> Int
    {
        let first = sink.count
        while true {
            try skipNewlines()
            let token = try peek()
            if token.isEOF { break }
            if let word = token.word?.bareText, terminators.contains(word) { break }
            if let op = token.op {
                if op == ")" && terminators.contains(")") { break }
                if caseItem && Self.caseEnds.contains(op) { break }
            }
            var item = try parseAndOr()
            let separator = try peek()
            if separator.op == ";" {
                _ = try next()
            } else if separator.op == "&" {
                _ = try next()
                item.isBackground = true
            } else if !separator.isNewline && !separator.isEOF {
                let stops =
                    (separator.op == ")" && terminators.contains(")"))
                    || (caseItem && Self.caseEnds.contains(separator.op ?? ""))
                if !stops { throw unexpected(separator) }
            }
            sink.append(item)
        }
        return sink.count - first
    }

    /// A list that must hold at least one command (`then`, `do`, `{` bodies).
    func parseBody(terminators: Set<String>) throws -> ShellList {
        var items: [ShellAndOr] = []
        try parseList(terminators: terminators, sink: &items)
        if items.isEmpty { throw unexpected(try peek()) }
        return ShellList(items: items)
    }

    func skipNewlines() throws {
        while try peek().isNewline { _ = try next() }
    }

    func parseAndOr() throws -> ShellAndOr {
        var pipelines = [try parsePipeline()]
        while let op = try peek().op, op == "&&" || op == "||" {
            let token = try next()
            openConstructs.append((op, "a command", source.range(token.start, token.end)))
            try skipNewlines()
            pipelines.append(try parsePipeline())
            openConstructs.removeLast()
        }
        return ShellAndOr(pipelines: pipelines, isBackground: false)
    }

    func parsePipeline() throws -> ShellPipeline {
        var negated = false
        if try peek().isReserved("time") {
            let token = try next()
            span(token.start, token.end, .keyword)
            if try peek().isReserved("-p") { _ = try next() }
        }
        if try peek().isReserved("!") {
            let token = try next()
            span(token.start, token.end, .keyword)
            negated = true
        }
        var commands = [try parseCommand()]
        while let op = try peek().op, op == "|" || op == "|&" {
            let token = try next()
            openConstructs.append((op, "a command", source.range(token.start, token.end)))
            try skipNewlines()
            commands.append(try parseCommand())
            openConstructs.removeLast()
        }
        return ShellPipeline(commands: commands, isNegated: negated)
    }

    func parseCommand() throws -> ShellCommand {
        let token = try peek()
        guard depth < Self.maxDepth else { throw tooDeep(token.start) }
        switch token.kind {
        case .eof, .newline:
            throw unexpected(token)
        case .op(let op):
            if op == "(" { return try parseParenthesized() }
            guard ShellToken.redirectOperators.contains(op) else { throw unexpected(token) }
            return .simple(try parseSimple())
        case .word(let word):
            if let bare = word.bareText {
                if Self.closers.contains(bare) { throw unexpected(token) }
                if let compound = try parseReserved(bare) { return compound }
            }
            return try parseSimpleOrFunction()
        }
    }

    private func parseSimpleOrFunction() throws -> ShellCommand {
        let simple = try parseSimple()
        guard simple.words.count == 1, simple.assignments.isEmpty, simple.redirects.isEmpty,
            try peek().op == "(", let name = simple.words.first
        else { return .simple(simple) }
        _ = try next()
        let close = try next()
        guard close.op == ")" else { throw unexpected(close) }
        try skipNewlines()
        return .function(name: name, body: try parseFunctionBody(name.range))
    }

    func parseFunctionBody(_ nameRange: SourceRange) throws -> ShellCommand {
        let body = try parseCommand()
        if case .simple = body {
            throw ShellSyntaxError(
                code: "RG3001",
                message: "a function body must be a compound command such as '{ …; }'",
                range: nameRange, atEOF: false)
        }
        return body
    }

    /// `(list)` or `((arithmetic))`.
    private func parseParenthesized() throws -> ShellCommand {
        let open = try next()
        if byte(open.end) == UInt8(ascii: "("), pos == open.end {
            guard let end = try arithmeticEnd(from: open.end + 1, opener: open.start) else {
                return try parseSubshell(open)
            }
            pos = end
            span(open.start, end, .variable, rank: 2)
            let range = source.range(open.start, end)
            return .compound(.arithmetic(range), redirects: try parseRedirects())
        }
        return try parseSubshell(open)
    }

    private func parseSubshell(_ open: ShellToken) throws -> ShellCommand {
        openConstructs.append(("(", "')'", source.range(open.start, open.end)))
        depth += 1
        let body = try parseBody(terminators: [")"])
        depth -= 1
        let close = try next()
        guard close.op == ")" else { throw unexpected(close) }
        openConstructs.removeLast()
        return .compound(.subshell(body), redirects: try parseRedirects())
    }

    func parseRedirects() throws -> [ShellRedirect] {
        var redirects: [ShellRedirect] = []
        while let op = try peek().op, ShellToken.redirectOperators.contains(op) {
            redirects.append(try parseRedirect(try next()))
        }
        return redirects
    }

    func parseRedirect(_ token: ShellToken) throws -> ShellRedirect {
        let op = token.op ?? ""
        let targetToken = try next()
        guard let target = targetToken.word else { throw unexpected(targetToken) }
        let range = source.range(token.start, targetToken.end)
        var redirect = ShellRedirect(
            op: op, fd: token.fd, target: target, heredocIndex: nil, range: range)
        if op == "<<" || op == "<<-" {
            span(targetToken.start, targetToken.end, .delimiter, rank: 2)
            redirect.heredocIndex = registerHeredoc(
                op: op, opRange: source.range(token.start, token.end), delimiter: target)
        }
        return redirect
    }

    /// `NAME=value… word… redirect…`, stopping at an operator that is not a redirection.
    func parseSimple() throws -> ShellSimpleCommand {
        var assignments: [ShellWord] = []
        var words: [ShellWord] = []
        var redirects: [ShellRedirect] = []
        let start = try peek().start
        var end = start
        while true {
            let token = try peek()
            if let word = token.word {
                _ = try next()
                if words.isEmpty, let equals = assignmentEquals(token) {
                    assignments.append(word)
                    span(token.start, equals, .assignment)
                } else {
                    if words.isEmpty {
                        span(token.start, token.end, .command)
                    } else if word.value.hasPrefix("-") && !word.isQuoted {
                        span(token.start, token.end, .flag)
                    }
                    words.append(word)
                }
                end = token.end
            } else if let op = token.op, ShellToken.redirectOperators.contains(op) {
                let redirect = try parseRedirect(try next())
                redirects.append(redirect)
                end = source.offset(redirect.range.end)
            } else {
                break
            }
        }
        if words.isEmpty && assignments.isEmpty && redirects.isEmpty {
            throw unexpected(try peek())
        }
        return ShellSimpleCommand(
            assignments: assignments, words: words, redirects: redirects,
            range: source.range(start, end))
    }

    /// The offset of `=` when the word token starts with `NAME=` or `NAME+=` in the source.
    private func assignmentEquals(_ token: ShellToken) -> Int? {
        guard let first = byte(token.start), isLetter(first) || first == UInt8(ascii: "_") else {
            return nil
        }
        var cursor = token.start + 1
        while let b = byte(cursor), isNameByte(b) { cursor += 1 }
        if byte(cursor) == UInt8(ascii: "+") { cursor += 1 }
        return byte(cursor) == UInt8(ascii: "=") && cursor < token.end ? cursor : nil
    }
}
