import RecipeDiagnostics

/// kubectl subcommands that name Services: get, describe, delete, edit, label, annotate, exec,
/// run, port-forward, apply/create -f and config set-context (create service, expose and patch
/// have files of their own).
extension ShellCheckRun {
    static let resourceCommands: Set<String> = [
        "get", "describe", "delete", "edit", "label", "annotate",
    ]

    func checkKubectl(_ arguments: ArraySlice<ShellWord>, _ invocation: Invocation) {
        // The verb, and for 'create' the word after it.
        let head = KubectlArguments(arguments, table: .globalOnly, positionals: 2)
        guard let verb = head.positionals.first?.literal else { return }
        switch verb {
        case "get": checkResources(arguments, verb: verb, table: .get)
        case "describe": checkResources(arguments, verb: verb, table: .describe)
        case "delete": checkResources(arguments, verb: verb, table: .delete)
        case "edit": checkResources(arguments, verb: verb, table: .edit)
        case "label", "annotate": checkResources(arguments, verb: verb, table: .label)
        case "patch": checkPatch(arguments)
        case "exec": checkExec(arguments, invocation)
        case "run": checkRun(arguments, invocation)
        case "port-forward": checkPortForward(arguments)
        case "apply": checkApply(arguments, invocation, verb: "apply", table: .apply)
        case "replace": checkApply(arguments, invocation, verb: "replace", table: .replace)
        case "create":
            let type = head.positionals.dropFirst().first?.literal
            if type == "service" || type == "svc" {
                checkCreateService(arguments, invocation)
            } else if type == nil {
                checkApply(arguments, invocation, verb: "create", table: .create)
            }
        case "expose": checkExpose(arguments, invocation)
        case "config": checkConfig(arguments)
        case "proxy": recordProxy(arguments)
        default: break
        }
    }

    /// Splits the arguments with `table` and reports unknown flags and flags without a value.
    func parse(_ arguments: ArraySlice<ShellWord>, table: KubectlFlagTable, command: String)
        -> KubectlArguments
    {
        // The subcommand path: 'create service nodeport' is three words, others one.
        let parsed = KubectlArguments(
            arguments, table: table, verbs: command.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 })
        for unknown in parsed.unknownFlags {
            report(
                "RG3101", "unknown flag '\(unknown.text)' for 'kubectl \(command)'",
                at: unknown.word.range,
                help: Self.flagHelp(unknown.text, command: command))
        }
        for flag in parsed.missingValues {
            report("RG3102", "flag '--\(flag.name)' needs an argument", at: flag.word.range)
        }
        checkCommonValues(parsed, command: command)
        return parsed
    }

    private static func flagHelp(_ flag: String, command: String) -> String? {
        switch flag {
        case "--node-port":
            return command == "expose"
                ? "'kubectl expose' cannot set a nodePort; patch the Service afterwards"
                : "only 'kubectl create service nodeport' takes '--node-port'"
        case "--clusterip": return "only 'kubectl create service clusterip' takes '--clusterip'"
        case "--cluster-ip" where command.hasPrefix("create"):
            return "'create service clusterip' spells it '--clusterip'"
        case "--clusterip" where command == "expose":
            return "'kubectl expose' spells it '--cluster-ip'"
        case "--external-name":
            return "only 'kubectl create service externalname' takes '--external-name'"
        default: return nil
        }
    }

    static let printFormats: Set<String> = ["json", "yaml", "kyaml", "name"]
    static let templateFormats = [
        "go-template", "go-template-file", "template", "templatefile", "jsonpath", "jsonpath-file",
        "jsonpath-as-json", "custom-columns", "custom-columns-file",
    ]

    /// `--dry-run`, `-o` and `--cascade` values, which kubectl checks before sending anything.
    private func checkCommonValues(_ parsed: KubectlArguments, command: String) {
        for flag in parsed.flags where flag.name == "dry-run" {
            guard let value = flag.value, !CharacterSearch.contains(value, 0) else { continue }
            if !["none", "client", "server", "true", "false"].contains(value) {
                report(
                    "RG3102",
                    "invalid --dry-run value '\(value)'; expected 'none', 'server' or 'client'",
                    at: valueRange(flag))
            }
        }
        for flag in parsed.flags where flag.name == "output" {
            guard let value = flag.value, !CharacterSearch.contains(value, 0) else { continue }
            let format =
                value.split(separator: "=", maxSplits: 1).first.map { $0.lowercased() } ?? ""
            // A template format may take its template from --template instead of '='.
            var allowed =
                Self.printFormats.contains(format) || Self.templateFormats.contains(format)
            if command == "get" { allowed = allowed || format == "wide" }
            if command == "delete" { allowed = format == "name" }
            if !allowed {
                report(
                    "RG3102", "kubectl has no output format '\(value)'",
                    at: valueRange(flag),
                    help: command == "delete"
                        ? "'kubectl delete' only takes '-o name'"
                        : "use json, yaml, name\(command == "get" ? ", wide" : ""), jsonpath=… or custom-columns=…"
                )
            }
        }
        if let flag = parsed.last("cascade"), let value = flag.value,
            !["background", "orphan", "foreground", "true", "false"].contains(value)
        {
            report(
                "RG3102",
                "invalid --cascade value '\(value)'; expected 'background', 'orphan' or 'foreground'",
                at: valueRange(flag))
        }
    }

    /// The range of a flag's value (the whole flag word when the value is inline).
    func valueRange(_ flag: KubectlArguments.Flag) -> SourceRange {
        guard let word = flag.valueWord else { return flag.word.range }
        return subrange(word, from: flag.valueStart, to: word.offsets.count) ?? word.range
    }

    /// The range of the value bytes `from..<to` of a word.
    func subrange(_ word: ShellWord, from: Int, to: Int) -> SourceRange? {
        guard from < to, from >= 0, to <= word.offsets.count else { return nil }
        return SourceRange(
            start: script.source.location(word.offsets[from]),
            end: script.source.location(word.offsets[to - 1] + 1))
    }

    /// The namespace a command works in.
    func namespace(_ parsed: KubectlArguments) -> String {
        if let value = parsed.last("namespace")?.value, !CharacterSearch.contains(value, 0) { return value }
        return context.currentNamespace
    }

    // MARK: get, describe, delete, edit, label, annotate

    private func checkResources(
        _ arguments: ArraySlice<ShellWord>, verb: String, table: KubectlFlagTable
    ) {
        let parsed = parse(arguments, table: table, command: verb)
        let namespace = parsed.has("all-namespaces") ? nil : self.namespace(parsed)
        let lenient = parsed.has("ignore-not-found") || parsed.has("all")
        var positionals = Array(parsed.positionals.dropFirst())
        if verb == "label" || verb == "annotate" {
            // KEY=VALUE and KEY- after the resources are the labels to set or remove.
            let resources = positionals.dropFirst().filter {
                !CharacterSearch.contains($0.value, UInt8(ascii: "=")) && !$0.value.hasSuffix("-")
            }
            positionals = Array(positionals.prefix(1)) + resources
        }
        for selector in parsed.all("selector") {
            checkServiceNameSelector(selector, namespace: namespace)
        }
        checkConflicts(
            parsed, verb: verb, resources: positionals,
            anchor: parsed.positionals.first?.range ?? arguments.first?.range
                ?? SourceRange(line: 1, column: 1))
        guard let first = positionals.first, first.literal != nil else { return }
        if CharacterSearch.contains(first.value, UInt8(ascii: "/")) {
            for word in positionals where word.literal != nil {
                guard let slash = word.value.utf8.firstIndex(of: UInt8(ascii: "/")) else {
                    report(
                        "RG3103",
                        "'\(word.value)' has no type, but the other arguments use the TYPE/NAME form",
                        at: word.range, help: "write every argument as TYPE/NAME")
                    continue
                }
                let index = word.value.utf8.distance(from: word.value.utf8.startIndex, to: slash)
                let type = String(word.value.prefix(index))
                checkReference(
                    type: type, word: word, nameStart: index + 1, namespace: namespace, verb: verb,
                    lenient: lenient)
            }
            return
        }
        let types = first.value.split(separator: ",").map(String.init)
        for word in positionals.dropFirst() where word.literal != nil {
            if CharacterSearch.contains(word.value, UInt8(ascii: "/")) {
                report(
                    "RG3103",
                    "there is no need to give the type '\(first.value)' separately when '\(word.value)' is in TYPE/NAME form",
                    at: first.range, help: "drop '\(first.value)', or write only the name")
                return
            }
            for type in types {
                checkReference(
                    type: type, word: word, nameStart: 0, namespace: namespace, verb: verb,
                    lenient: lenient)
            }
        }
    }

    static func isServiceType(_ type: String) -> Bool {
        if type == "svc" || type == "service" || type == "services" { return true }
        let lower = type.lowercased()
        let base = lower.split(separator: ".").first.map(String.init) ?? lower
        return ["service", "services", "svc"].contains(base)
    }

    static func isEndpointsType(_ type: String) -> Bool {
        ["endpoints", "ep"].contains(
            type.lowercased().split(separator: ".").first.map(String.init) ?? "")
    }

    private func checkReference(
        type: String, word: ShellWord, nameStart: Int, namespace: String?, verb: String,
        lenient: Bool
    ) {
        let isService = Self.isServiceType(type)
        guard isService || Self.isEndpointsType(type), !lenient else { return }
        let name = String(decoding: Array(word.value.utf8)[nameStart...], as: UTF8.self)
        guard !name.isEmpty else {
            report(
                "RG3103", "'\(word.value)' has an empty name; expected TYPE/NAME", at: word.range)
            return
        }
        let range = subrange(word, from: nameStart, to: word.offsets.count) ?? word.range
        guard
            let service = resolve(
                name, at: range, namespace: namespace, allowsPrefix: verb == "describe")
        else { return }
        if !isService, service.type == "ExternalName" {
            report(
                "RG3205", "'\(service.name)' is an ExternalName Service, which has no endpoints",
                at: range,
                notes: [service.definitionNote].compactMap { $0 })
        }
    }

    /// `-l kubernetes.io/service-name=NAME` (how EndpointSlices are found) names a Service.
    private func checkServiceNameSelector(_ flag: KubectlArguments.Flag, namespace: String?) {
        guard let value = flag.value, let word = flag.valueWord else { return }
        let key = Array("kubernetes.io/service-name=".utf8)
        let bytes = Array(value.utf8)
        guard let found = Self.find(key, in: bytes), !bytes.contains(0) else { return }
        let start = found + key.count
        let name = bytes[start...].prefix { $0 != UInt8(ascii: ",") }
        let from = flag.valueStart + start
        let range = subrange(word, from: from, to: from + name.count) ?? word.range
        _ = resolve(String(decoding: name, as: UTF8.self), at: range, namespace: namespace, allowsPrefix: false)
    }

    // MARK: apply, create -f, config

    private func checkApply(
        _ arguments: ArraySlice<ShellWord>, _ invocation: Invocation, verb: String,
        table: KubectlFlagTable
    ) {
        let parsed = parse(arguments, table: table, command: verb)
        for extra in parsed.positionals.dropFirst() where extra.literal != nil {
            report(
                "RG3103",
                "'kubectl \(verb)' takes files only through -f; '\(extra.value)' is an unexpected argument",
                at: extra.range, help: "write 'kubectl \(verb) -f \(extra.value)'")
        }
        if parsed.has("kustomize") { context.seesEverything = false }
        checkConflicts(
            parsed, verb: verb, resources: [],
            anchor: parsed.positionals.first?.range ?? SourceRange(line: 1, column: 1))
        for flag in parsed.all("filename") {
            guard let value = flag.value, let word = flag.valueWord else { continue }
            var start = flag.valueStart
            for file in value.split(separator: ",", omittingEmptySubsequences: false) {
                let range = subrange(word, from: start, to: start + file.utf8.count) ?? word.range
                applyFile(String(file), at: range, invocation, namespace: namespace(parsed))
                start += file.utf8.count + 1
            }
        }
    }

    /// Adds the Services of an applied file; those without a namespace go to `namespace`.
    private func applyFile(
        _ file: String, at range: SourceRange, _ invocation: Invocation, namespace: String
    ) {
        let placed = { (services: [ShellService]) -> [ShellService] in
            services.map { service in
                var service = service
                if service.namespace == nil && namespace != "default" {
                    service.namespace = namespace
                }
                return service
            }
        }
        if file == "-" {
            if invocation.position > 0, let piped = pipedManifest {
                pipedManifest = nil
                addBuilt(piped, check: context.validateService(piped))
                return
            }
            guard let heredoc = stdinHeredoc(invocation) else {
                context.seesEverything = false
                return
            }
            guard let text = expandedBody(heredoc) else {
                context.seesEverything = false  // the body depends on values recipegen cannot know
                return
            }
            if mappings.isEmpty {
                context.services += placed(applyManifests(text, heredoc.embedding))
            }
            return
        }
        if CharacterSearch.contains(file, 0) || file.hasPrefix("http://") || file.hasPrefix("https://") {
            context.seesEverything = false
            return
        }
        let base = file.hasPrefix("./") ? String(file.dropFirst(2)) : file
        if let services = context.manifestTitles[base] ?? context.manifestTitles[file]
            ?? titledByFileName(base)
        {
            context.services += placed(services)
            return
        }
        switch files[base] ?? files[file] {
        case .text(let text, let embedding):
            context.services += placed(applyManifests(text, embedding))
        case .node(let node):
            addBuilt(node, check: context.validateService(node))
        case nil:
            context.seesEverything = false
            // A directory or a kustomization cannot be a block of the page; only files are reported.
            let last = base.split(separator: "/").last ?? ""
            guard !file.hasSuffix("/"), last != ".", last != "..", last.contains(".") else { return }
            report(
                "RG3105",
                "'\(file)' is not the title of a YAML block of this recipe, so its Services cannot be checked",
                at: range, help: "give the manifest's block title=\"\(base)\", or show the file")
        }
    }

    /// The Services of the one block whose title has the same file name as `path`
    /// (`-f k8s/web.yaml` for a block titled `web.yaml`, or the other way round).
    private func titledByFileName(_ path: String) -> [ShellService]? {
        let name = Self.baseName(path)
        var match: [ShellService]?
        for (title, services) in context.manifestTitles where Self.baseName(title) == name {
            guard match == nil else { return nil }
            match = services
        }
        return match
    }

    /// Validates manifests fed to kubectl; returns the Services they define.
    private func applyManifests(_ text: String, _ embedding: EmbeddedSource) -> [ShellService] {
        let result = context.validateManifests(text, embedding)
        for diagnostic in result.diagnostics { report(diagnostic) }
        return result.services
    }

    private func checkConfig(_ arguments: ArraySlice<ShellWord>) {
        let parsed = KubectlArguments(arguments, table: .config)
        guard parsed.positionals.dropFirst().first?.literal == "set-context", parsed.has("current"),
            let value = parsed.last("namespace")?.value, !value.contains("\u{0}")
        else { return }
        context.currentNamespace = value
    }
}
