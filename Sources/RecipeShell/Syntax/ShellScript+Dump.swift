/// A readable tree of a parsed script with ranges, for golden tests and debugging:
/// one node per line, children indented, words quoted with `$…` marking expansions.
extension ShellScript {
    func dump() -> String {
        var lines: [String] = []
        ShellDump.list(list, depth: 0, into: &lines, script: self)
        return lines.joined(separator: "\n") + "\n"
    }
}

enum ShellDump {
    static func list(_ list: ShellList, depth: Int, into lines: inout [String], script: ShellScript)
    {
        for item in list.items {
            let indent = String(repeating: "  ", count: depth)
            if item.pipelines.count > 1 || item.isBackground {
                lines.append(indent + "and-or" + (item.isBackground ? " &" : ""))
                for pipeline in item.pipelines {
                    self.pipeline(pipeline, depth: depth + 1, into: &lines, script: script)
                }
            } else if let pipeline = item.pipelines.first {
                self.pipeline(pipeline, depth: depth, into: &lines, script: script)
            }
        }
    }

    static func pipeline(
        _ pipeline: ShellPipeline, depth: Int, into lines: inout [String], script: ShellScript
    ) {
        var depth = depth
        if pipeline.commands.count > 1 || pipeline.isNegated {
            lines.append(
                String(repeating: "  ", count: depth) + "pipeline"
                    + (pipeline.isNegated ? " !" : ""))
            depth += 1
        }
        for command in pipeline.commands {
            self.command(command, depth: depth, into: &lines, script: script)
        }
    }

    static func command(
        _ command: ShellCommand, depth: Int, into lines: inout [String], script: ShellScript
    ) {
        let indent = String(repeating: "  ", count: depth)
        switch command {
        case .simple(let simple):
            var line = indent + "simple @\(simple.range)"
            if !simple.assignments.isEmpty {
                line += " env " + simple.assignments.map(word).joined(separator: " ")
            }
            if !simple.words.isEmpty { line += " " + simple.words.map(word).joined(separator: " ") }
            lines.append(line)
            for redirect in simple.redirects {
                self.redirect(redirect, depth: depth + 1, into: &lines, script: script)
            }
            let words = simple.assignments + simple.words + simple.redirects.map(\.target)
            for substitution in words.flatMap(\.substitutions) {
                lines.append(indent + "  substitution")
                list(substitution, depth: depth + 2, into: &lines, script: script)
            }
        case .function(let name, let body):
            lines.append(indent + "function \(word(name))")
            self.command(body, depth: depth + 1, into: &lines, script: script)
        case .compound(let compound, let redirects):
            lines.append(indent + label(compound))
            for inner in compound.lists {
                lines.append(indent + "  body")
                list(inner, depth: depth + 2, into: &lines, script: script)
            }
            for redirect in redirects {
                self.redirect(redirect, depth: depth + 1, into: &lines, script: script)
            }
        }
    }

    private static func label(_ compound: ShellCompound) -> String {
        switch compound {
        case .group: return "group"
        case .subshell: return "subshell"
        case .ifClause(let branches, let otherwise):
            return "if branches=\(branches.count) else=\(otherwise != nil)"
        case .loop(let isUntil, _, _): return isUntil ? "until" : "while"
        case .forLoop(let variable, let items, _):
            return "for \(variable.map(word) ?? "((…))") in "
                + (items?.map(word).joined(separator: " ") ?? "\"$@\"")
        case .caseClause(let subject, let items):
            return "case \(word(subject)) patterns="
                + items.map { $0.patterns.map(word).joined(separator: "|") }.joined(separator: ",")
        case .arithmetic(let range): return "arithmetic @\(range)"
        case .conditional(let words): return "[[ " + words.map(word).joined(separator: " ") + " ]]"
        }
    }

    private static func redirect(
        _ redirect: ShellRedirect, depth: Int, into lines: inout [String], script: ShellScript
    ) {
        var line =
            String(repeating: "  ", count: depth)
            + "redirect \(redirect.fd.map(String.init) ?? "")\(redirect.op) \(word(redirect.target))"
        if let heredoc = script.heredoc(of: redirect) {
            let body = heredoc.text.split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast().joined(separator: "⏎")
            line +=
                " body@\(heredoc.startLine) \(heredoc.isTerminated ? "" : "unterminated ")'\(body)'"
        }
        lines.append(line)
    }

    static func word(_ word: ShellWord) -> String {
        var expansions = word.expansions.makeIterator()
        var text = ""
        for character in word.value {
            if character == "\u{0}" {
                text += "$[" + (expansions.next() ?? "") + "]"
            } else {
                text.append(character)
            }
        }
        return "'" + text.replacing("\n", with: "⏎") + "'"
    }
}
