import RecipeDiagnostics

/// Compound commands opened by reserved words: if, while, until, for, select, case, function,
/// `{ … }` and `[[ … ]]`.
extension ShellEngine {
    /// Parses the compound command that the reserved word `word` opens; nil when it opens none.
    func parseReserved(_ word: String) throws -> ShellCommand? {
        let compound: ShellCompound
        switch word {
        case "if": compound = try parseIf()
        case "while", "until": compound = try parseLoop(isUntil: word == "until")
        case "for", "select": compound = try parseFor()
        case "case": compound = try parseCase()
        case "{": compound = try parseGroup()
        case "[[": compound = try parseConditional()
        case "function": return try parseFunctionKeyword()
        default: return nil
        }
        return .compound(compound, redirects: try parseRedirects())
    }

    /// Consumes the reserved word that opens a construct and records it as open.
    private func open(_ closer: String) throws -> ShellToken {
        let token = try next()
        span(token.start, token.end, .keyword)
        openConstructs.append(
            (
                source.text(token.start, token.end), "'\(closer)'",
                source.range(token.start, token.end)
            ))
        depth += 1
        return token
    }

    private func close() {
        openConstructs.removeLast()
        depth -= 1
    }

    /// Consumes the reserved word `name`, or fails on whatever stands there.
    private func expect(_ name: String) throws {
        let token = try next()
        guard token.isReserved(name) else { throw unexpected(token) }
        span(token.start, token.end, .keyword)
    }

    private func parseIf() throws -> ShellCompound {
        _ = try open("fi")
        var branches: [(condition: ShellList, body: ShellList)] = []
        var otherwise: ShellList?
        while true {
            let condition = try parseBody(terminators: ["then"])
            try expect("then")
            let body = try parseBody(terminators: ["elif", "else", "fi"])
            branches.append((condition, body))
            let token = try next()
            span(token.start, token.end, .keyword)
            if token.isReserved("elif") { continue }
            if token.isReserved("else") {
                otherwise = try parseBody(terminators: ["fi"])
                try expect("fi")
            } else if !token.isReserved("fi") {
                throw unexpected(token)
            }
            break
        }
        close()
        return .ifClause(branches: branches, otherwise: otherwise)
    }

    private func parseLoop(isUntil: Bool) throws -> ShellCompound {
        _ = try open("done")
        let condition = try parseBody(terminators: ["do"])
        try expect("do")
        let body = try parseBody(terminators: ["done"])
        try expect("done")
        close()
        return .loop(isUntil: isUntil, condition: condition, body: body)
    }

    private func parseFor() throws -> ShellCompound {
        _ = try open("done")
        var variable: ShellWord?
        var items: [ShellWord]?
        let head = try next()
        if head.op == "(", byte(head.end) == UInt8(ascii: "("),
            pos == head.end
        {
            guard let end = try arithmeticEnd(from: head.end + 1, opener: head.start) else {
                throw unexpected(head)
            }
            pos = end
        } else {
            guard let name = head.word else { throw unexpected(head) }
            variable = name
            try skipNewlines()
            if try peek().isReserved("in") {
                let inToken = try next()
                span(inToken.start, inToken.end, .keyword)
                var list: [ShellWord] = []
                while let word = try peek().word {
                    _ = try next()
                    list.append(word)
                }
                items = list
            }
        }
        if try peek().op == ";" { _ = try next() }
        try skipNewlines()
        try expect("do")
        let body = try parseBody(terminators: ["done"])
        try expect("done")
        close()
        return .forLoop(variable: variable, items: items, body: body)
    }

    private func parseCase() throws -> ShellCompound {
        _ = try open("esac")
        let subjectToken = try next()
        guard let subject = subjectToken.word else { throw unexpected(subjectToken) }
        try skipNewlines()
        try expect("in")
        var items: [(patterns: [ShellWord], body: ShellList)] = []
        while true {
            try skipNewlines()
            let token = try peek()
            if token.isReserved("esac") {
                _ = try next()
                span(token.start, token.end, .keyword)
                break
            }
            if token.op == "(" { _ = try next() }
            let patterns = try parsePatterns()
            var body: [ShellAndOr] = []
            try parseList(terminators: ["esac"], caseItem: true, sink: &body)
            items.append((patterns, ShellList(items: body)))
            if let op = try peek().op, Self.caseEnds.contains(op) { _ = try next() }
        }
        close()
        return .caseClause(subject: subject, items: items)
    }

    /// `a|b)`: the patterns of a case item, through its `)`.
    private func parsePatterns() throws -> [ShellWord] {
        var patterns: [ShellWord] = []
        while true {
            let token = try next()
            guard let word = token.word else { throw unexpected(token) }
            patterns.append(word)
            let separator = try next()
            if separator.op == ")" { return patterns }
            guard separator.op == "|" else { throw unexpected(separator) }
        }
    }

    private func parseGroup() throws -> ShellCompound {
        _ = try open("}")
        let body = try parseBody(terminators: ["}"])
        try expect("}")
        close()
        return .group(body)
    }

    /// `[[ … ]]`: the words up to `]]`; operators inside are part of the test.
    private func parseConditional() throws -> ShellCompound {
        _ = try open("]]")
        var words: [ShellWord] = []
        while true {
            let token = try next()
            if token.isEOF { throw unexpected(token) }
            if token.isReserved("]]") {
                span(token.start, token.end, .keyword)
                break
            }
            if let word = token.word { words.append(word) }
        }
        close()
        return .conditional(words)
    }

    private func parseFunctionKeyword() throws -> ShellCommand {
        let keyword = try next()
        span(keyword.start, keyword.end, .keyword)
        let nameToken = try next()
        guard let name = nameToken.word else { throw unexpected(nameToken) }
        if try peek().op == "(" {
            _ = try next()
            let close = try next()
            guard close.op == ")" else { throw unexpected(close) }
        }
        try skipNewlines()
        return .function(name: name, body: try parseFunctionBody(name.range))
    }
}
