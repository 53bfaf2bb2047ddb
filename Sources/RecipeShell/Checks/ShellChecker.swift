import RecipeDiagnostics
import RecipeYAML

/// Checks what the commands of a parsed shell block refer to: kubectl's own rules for the
/// subcommands that touch Services, the Services those commands name, and the names, ports and
/// nodePorts that curl, wget, nslookup, dig, host and nc use (also inside `kubectl exec … --`,
/// `kubectl run … --` and `sh -c '…'`).
///
/// Diagnostics are in the block's coordinates (RG31xx kubectl usage, RG32xx references, and the
/// schema module's codes for Services that commands build or patch). Notes that point at a
/// Service defined elsewhere carry that Service's `file` and range.
public enum ShellChecker {
    /// Checks `script` and appends the Services its commands create to `context.services`.
    public static func check(_ script: ShellScript, context: inout ShellContext) -> [Diagnostic] {
        let run = ShellCheckRun(script: script, context: context)
        let known = context.services.count
        run.variables = context.variables
        run.check(script.list, inPod: nil)
        context = run.context
        context.variables = run.variables
        for (index, node) in run.builtManifests { context.createdManifests[index] = node }
        if let origin = context.origin {
            for index in known..<context.services.count where context.services[index].file == nil {
                context.services[index].range = context.services[index].range.map(origin.project)
                context.services[index].file = context.file
            }
        }
        // A loop body checked once per item reports a fault of the body only once.
        guard run.diagnostics.count > 1 else { return run.diagnostics }
        var seen = Set<Diagnostic>()
        return run.diagnostics.filter { seen.insert($0).inserted }.sorted()
    }
}

/// The state of one check of a block: the context as commands change it, and how to map the
/// positions of nested scripts (`sh -c` strings, heredocs fed to a shell) back onto the block.
final class ShellCheckRun {
    enum Mapping {
        case offsets(ShellOffsetMap)
        case embedded(EmbeddedSource)
    }

    /// A manifest written by an earlier command (`cat > FILE <<EOF`, `… --dry-run=client -o yaml > FILE`).
    enum FileManifest {
        case text(String, EmbeddedSource)
        case node(YAMLNode)
    }

    static let maxNesting = 8

    var context: ShellContext
    var script: ShellScript
    var diagnostics: [Diagnostic] = []
    /// Manifests of Services built by commands of this block, by index in `context.services`.
    var builtManifests: [Int: YAMLNode] = [:]
    var files: [String: FileManifest] = [:]
    var mappings: [Mapping] = []
    /// A Service printed by `--dry-run=client -o yaml` into a pipe, for a `kubectl apply -f -`
    /// later in the same pipeline.
    var pipedManifest: YAMLNode?
    /// Variables with a known literal value, and how deep the walk is in compound commands.
    var variables: [String: String] = [:]
    var compoundDepth = 0
    var expandingLoop = false

    init(script: ShellScript, context: ShellContext) {
        self.script = script
        self.context = context
    }

    /// Records a diagnostic given in the current (possibly nested) script's coordinates.
    func report(_ diagnostic: Diagnostic) {
        var mapped = diagnostic
        for mapping in mappings.reversed() {
            switch mapping {
            case .offsets(let map): mapped = map.map(mapped)
            case .embedded(let source): mapped = mapped.projected(into: source)
            }
        }
        diagnostics.append(mapped)
    }

    func report(
        _ code: String, _ message: String, at range: SourceRange, severity: Severity? = nil,
        label: String? = nil, notes: [Diagnostic.Note] = [], help: String? = nil
    ) {
        report(
            Diagnostic(
                code: code, severity: severity, message: message, range: range, label: label,
                notes: notes, help: help))
    }

    // MARK: Walking

    func check(_ list: ShellList, inPod: String?) {
        for item in list.items {
            for pipeline in item.pipelines {
                pipedManifest = nil
                for index in pipeline.commands.indices {
                    check(
                        pipeline.commands[index], pipeline: pipeline, position: index, inPod: inPod)
                }
            }
        }
    }

    private func check(
        _ command: ShellCommand, pipeline: ShellPipeline, position: Int, inPod: String?
    ) {
        switch command {
        case .simple(let simple):
            for word in simple.assignments { checkSubstitutions(of: word, inPod: inPod) }
            for word in simple.words { checkSubstitutions(of: word, inPod: inPod) }
            for redirect in simple.redirects { checkSubstitutions(of: redirect.target, inPod: inPod) }
            if variables.isEmpty || !mappings.isEmpty || simple.words.allSatisfy({ $0.expansions.isEmpty }) {
                // No word can take a known value: the command is checked as written.
                checkSimpleCommand(simple, pipeline: pipeline, position: position, inPod: inPod)
            } else {
                var resolved = simple
                resolved.words = simple.words.map(substituted)
                checkSimpleCommand(resolved, pipeline: pipeline, position: position, inPod: inPod)
            }
            recordAssignments(simple)
        case .compound(let compound, _):
            forgetAssignments(in: compound)
            compoundDepth += 1
            if !expandingLoop, case .forLoop(let variable?, let items?, let body) = compound,
                let values = Self.literalItems(items)
            {
                // 'for s in web api': the body is checked once for each literal item (only the
                // outermost such loop, so that nested loops do not multiply).
                expandingLoop = true
                for value in values {
                    variables[variable.value] = value
                    check(body, inPod: inPod)
                }
                variables[variable.value] = nil
                expandingLoop = false
            } else {
                for list in compound.lists { check(list, inPod: inPod) }
            }
            compoundDepth -= 1
        case .function(_, let body):
            compoundDepth += 1
            check(body, pipeline: pipeline, position: position, inPod: inPod)
            compoundDepth -= 1
        }
    }

    private func checkSubstitutions(of word: ShellWord, inPod: String?) {
        for substitution in word.substitutions { check(substitution, inPod: inPod) }
    }

    /// Looks through wrappers (`sudo`, `env`, `watch`, `timeout`…) and dispatches on the command.
    func checkSimpleCommand(
        _ command: ShellSimpleCommand, pipeline: ShellPipeline, position: Int, inPod: String?
    ) {
        guard let start = Self.commandStart(command.words), let name = command.words[start].literal
        else { return }
        if CharacterSearch.contains(name, 0x20), start > 0 {
            // watch 'kubectl get svc web', timeout 5 "curl …": the wrapper runs the string as a command.
            checkNested(command.words[start], inPod: inPod)
            return
        }
        let arguments = command.words[(start + 1)...]
        let invocation = Invocation(
            command: command, pipeline: pipeline, position: position, inPod: inPod)
        switch Self.baseName(name) {
        case "kubectl": checkKubectl(arguments, invocation)
        case "curl": checkCurl(arguments, inPod: inPod)
        case "wget": checkWget(arguments, inPod: inPod)
        case "nslookup", "host": checkLookup(arguments, inPod: inPod)
        case "dig": checkDig(arguments, inPod: inPod)
        case "nc", "ncat", "netcat", "telnet": checkNetcat(arguments, inPod: inPod)
        case "sh", "bash", "ash", "dash", "zsh": checkShell(arguments, invocation)
        case "helm":
            if let verb = arguments.first?.literal,
                ["install", "upgrade", "template"].contains(verb)
            {
                context.seesEverything = false
            }
        case "cat", "tee": rememberWrittenFile(command)
        default: break
        }
    }

    /// The last component of a command path (`kubectl` for `/usr/local/bin/kubectl`).
    static func baseName(_ name: String) -> String {
        guard name.utf8.contains(UInt8(ascii: "/")) else { return name }
        return name.split(separator: "/").last.map(String.init) ?? name
    }

    /// The values of a `for` list when every item is a literal without glob characters (and
    /// there are few enough to check the body for each).
    static func literalItems(_ items: [ShellWord]) -> [String]? {
        guard items.count <= 16 else { return nil }
        let values = items.compactMap { item in
            item.literal.flatMap { $0.contains(where: { "*?[".contains($0) }) ? nil : $0 }
        }
        return values.count == items.count ? values : nil
    }

    /// The index of the real command after wrapper commands, or nil when it cannot be known.
    static func commandStart(_ words: [ShellWord]) -> Int? {
        var index = 0
        while index < words.count, let name = words[index].literal {
            switch name {
            case "sudo", "command", "exec", "nohup", "time":
                index += 1
                while index < words.count, words[index].value.hasPrefix("-") { index += 1 }
            case "env":
                index += 1
                while index < words.count,
                    words[index].value.hasPrefix("-") || words[index].value.contains("=")
                {
                    index += 1
                }
            case "watch", "nice":
                index += 1
                while index < words.count, words[index].value.hasPrefix("-") {
                    let flag = words[index].value
                    index += (flag == "-n" || flag == "--interval") ? 2 : 1
                }
            case "timeout":
                index += 1
                while index < words.count, words[index].value.hasPrefix("-") { index += 1 }
                index += 1
            case "xargs":
                return nil
            default:
                return index
            }
        }
        return index < words.count ? index : nil
    }

    // MARK: Nested scripts

    /// Checks the text of `word` (an `sh -c` string) as a script of its own.
    func checkNested(_ word: ShellWord, inPod: String?) {
        guard mappings.count < Self.maxNesting, word.literal != nil else { return }
        let inner = ShellSource(Array(word.value.utf8))
        let map = ShellOffsetMap(inner: inner, offsets: word.offsets, outer: script.source)
        withMapping(.offsets(map), source: inner, inPod: inPod)
    }

    /// Checks a heredoc body fed to a shell as a script of its own.
    func checkNested(_ heredoc: ShellHeredoc, inPod: String?) {
        guard mappings.count < Self.maxNesting else { return }
        withMapping(.embedded(heredoc.embedding), source: ShellSource(heredoc.text), inPod: inPod)
    }

    private func withMapping(_ mapping: Mapping, source: ShellSource, inPod: String?) {
        mappings.append(mapping)
        let saved = script
        let parsed = ShellParser.parseScript(source)
        for diagnostic in parsed.diagnostics { report(diagnostic) }
        script = parsed.script
        check(parsed.script.list, inPod: inPod)
        script = saved
        mappings.removeLast()
    }

    private func checkShell(_ arguments: ArraySlice<ShellWord>, _ invocation: Invocation) {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let text = arguments[index].value
            if text == "-c" || (text.hasPrefix("-") && !text.hasPrefix("--") && text.contains("c"))
            {
                if index + 1 < arguments.endIndex {
                    checkNested(arguments[index + 1], inPod: invocation.inPod)
                }
                return
            }
            guard text.hasPrefix("-") else { return }
            index += 1
        }
        if let heredoc = stdinHeredoc(invocation) { checkNested(heredoc, inPod: invocation.inPod) }
    }

    /// `cat > FILE <<EOF`: remembers the body so that `kubectl apply -f FILE` can use it.
    private func rememberWrittenFile(_ command: ShellSimpleCommand) {
        guard mappings.isEmpty,
            let input = command.redirects.first(where: { $0.heredocIndex != nil }),
            let heredoc = script.heredoc(of: input)
        else { return }
        var file = command.redirects.last { $0.op == ">" || $0.op == ">|" || $0.op == ">>" }?
            .target.literal
        if command.words.first?.literal == "tee" {
            file = command.words.dropFirst().first { !$0.value.hasPrefix("-") }?.literal
        }
        guard let file else { return }
        if let text = expandedBody(heredoc) {
            files[file] = .text(text, heredoc.embedding)
        } else {
            files[file] = nil
        }
    }

    /// The heredoc or here-string that feeds the command's standard input: its own, or that of
    /// a `cat` earlier in the same pipeline.
    func stdinHeredoc(_ invocation: Invocation) -> ShellHeredoc? {
        if let redirect = invocation.command.redirects.last(where: {
            $0.heredocIndex != nil && ($0.fd ?? 0) == 0
        }) {
            return script.heredoc(of: redirect)
        }
        guard invocation.position > 0,
            case .simple(let previous) = invocation.pipeline.commands[invocation.position - 1],
            previous.words.first?.literal == "cat",
            let redirect = previous.redirects.last(where: { $0.heredocIndex != nil })
        else { return nil }
        return script.heredoc(of: redirect)
    }
}

/// A command being checked, with where it stands.
struct Invocation {
    var command: ShellSimpleCommand
    var pipeline: ShellPipeline
    var position: Int
    /// The namespace of the pod the command runs in, or nil on the reader's machine.
    var inPod: String?
}
