/// Literal shell variables: `NS=shop` (or `export NS=shop`) at the top level of a block is
/// remembered, so that `-n "$NS"` or `http://$SVC:80` later in the page can be checked.
///
/// Only plain assignments outside compound commands and nested scripts are trusted; any other
/// assignment of the name (in a loop, a condition, with an expansion, `read`, `for`) forgets it.
extension ShellCheckRun {
    /// Updates the known variables after a simple command.
    func recordAssignments(_ command: ShellSimpleCommand) {
        var assignments: [ShellWord] = []
        if command.words.isEmpty {
            assignments = command.assignments
        } else if let name = command.words.first?.literal,
            ["export", "readonly", "declare", "local"].contains(name)
        {
            assignments = command.words.dropFirst().filter { !$0.value.hasPrefix("-") }
        } else if command.words.first?.literal == "read" {
            for word in command.words.dropFirst() where !word.value.hasPrefix("-") {
                variables[word.value] = nil
            }
        }
        for word in assignments {
            guard let equals = word.value.firstIndex(of: "=") else { continue }
            var name = String(word.value[..<equals])
            let appends = name.hasSuffix("+")
            if appends { name.removeLast() }
            let value = String(word.value[word.value.index(after: equals)...])
            let trusted =
                compoundDepth == 0 && mappings.isEmpty && !appends && !value.contains("\u{0}")
            variables[name] = trusted ? value : nil
        }
    }

    /// Forgets the variables a compound command assigns (`for NAME`, assignments inside it).
    func forgetAssignments(in compound: ShellCompound) {
        if case .forLoop(let variable?, _, _) = compound { variables[variable.value] = nil }
        for list in compound.lists {
            list.forEachSimpleCommand { command, _ in
                for word in command.assignments where command.words.isEmpty {
                    if let equals = word.value.firstIndex(of: "=") {
                        variables[String(word.value[..<equals]).replacing("+", with: "")] = nil
                    }
                }
            }
        }
    }

    /// The word with `$NAME` and `${NAME}` of known variables replaced by their values; each
    /// byte of a value is placed at the `$` it replaces.
    func substituted(_ word: ShellWord) -> ShellWord {
        guard !word.expansions.isEmpty, !variables.isEmpty, mappings.isEmpty else { return word }
        var value: [UInt8] = []
        var offsets: [Int] = []
        var expansions: [String] = []
        var index = 0
        for (byte, offset) in zip(word.value.utf8, word.offsets) {
            guard byte == 0 else {
                value.append(byte)
                offsets.append(offset)
                continue
            }
            let text = index < word.expansions.count ? word.expansions[index] : ""
            index += 1
            if let known = Self.variableName(text).flatMap({ variables[$0] }) {
                value += known.utf8
                offsets += Array(repeating: offset, count: known.utf8.count)
            } else {
                value.append(0)
                offsets.append(offset)
                expansions.append(text)
            }
        }
        var copy = word
        copy.value = String(decoding: value, as: UTF8.self)
        copy.offsets = offsets
        copy.expansions = expansions
        return copy
    }

    /// `NAME` for `$NAME` and `${NAME}`; nil for any other expansion.
    static func variableName(_ text: String) -> String? {
        var body = Substring(text)
        guard body.hasPrefix("$") else { return nil }
        body = body.dropFirst()
        if body.hasPrefix("{") && body.hasSuffix("}") { body = body.dropFirst().dropLast() }
        guard let first = body.first, first.isLetter || first == "_",
            body.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        else { return nil }
        return String(body)
    }

    /// The body of a heredoc as the command receives it: taken literally with a quoted
    /// delimiter; otherwise `$NAME`/`${NAME}` of known variables are replaced (columns after a
    /// replacement on its line shift). Nil when the body holds an expansion that cannot be known.
    func expandedBody(_ heredoc: ShellHeredoc) -> String? {
        guard !heredoc.isQuoted, heredoc.text.utf8.contains(UInt8(ascii: "$")) else { return heredoc.text }
        var result = ""
        var rest = Substring(heredoc.text)
        while let dollar = rest.firstIndex(of: "$") {
            result += rest[..<dollar]
            let after = rest[rest.index(after: dollar)...]
            if result.last == "\\" {
                result.removeLast()  // '\$' is a literal dollar
                result += "$"
                rest = after
                continue
            }
            var name: Substring
            var end: Substring.Index
            if after.first == "{", let close = after.firstIndex(of: "}") {
                name = after[after.index(after: after.startIndex)..<close]
                end = after.index(after: close)
            } else {
                name = after.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                end = name.endIndex
            }
            if name.isEmpty && after.first != "(" && after.first != "{" {
                result += "$"  // a lone '$' is literal
                rest = after
                continue
            }
            guard let value = variables[String(name)], !name.isEmpty else { return nil }
            result += value
            rest = after[end...]
        }
        return result + rest
    }
}
