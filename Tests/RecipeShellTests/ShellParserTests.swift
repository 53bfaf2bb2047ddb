import Foundation
import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeShell

/// One parse case: the input, and the diagnostics expected as "CODE@line:column".
struct ParseCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var expected: [String]
    var dialect: ShellDialect = .bash

    var testDescription: String { name }
}

func summary(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.code)@\($0.range.start)" }
}

@Suite struct ShellParserTests {
    static let valid: [ParseCase] = [
        ParseCase(name: "simple command", text: "kubectl get svc web\n", expected: []),
        ParseCase(name: "single quotes", text: "echo 'a b' 'it'\"'\"'s'\n", expected: []),
        ParseCase(
            name: "double quotes with expansions",
            text: "echo \"$HOME ${x:-d} $(date) `id` $((1+2))\"\n", expected: []),
        ParseCase(
            name: "ansi-c quotes", text: "kubectl patch svc web -p $'spec:\\n  type: NodePort'\n",
            expected: []),
        ParseCase(
            name: "parameter expansion forms",
            text: "echo ${#x} ${x#p} ${x##p} ${x%p} ${x/p/r} ${a[@]} ${x:1:3} ${x^^} ${!x}\n",
            expected: []),
        ParseCase(
            name: "nested command substitution",
            text: "echo \"$(kubectl get svc \"$(echo web)\" -o name)\"\n", expected: []),
        ParseCase(
            name: "case inside substitution", text: "x=$(case a in a) echo y;; esac)\n",
            expected: []),
        ParseCase(name: "subshell inside substitution", text: "echo $( (echo a) )\n", expected: []),
        ParseCase(name: "arithmetic", text: "echo $(( (1+2) * 3 ))\n((i++))\n", expected: []),
        ParseCase(
            name: "heredoc", text: "kubectl apply -f - <<EOF\napiVersion: v1\nEOF\n", expected: []),
        ParseCase(
            name: "quoted heredoc delimiter", text: "cat <<'EOF'\n$(not parsed\nEOF\n", expected: []
        ),
        ParseCase(
            name: "tab-stripping heredoc", text: "cat <<-EOF\n\tkind: Service\n\tEOF\n",
            expected: []),
        ParseCase(
            name: "two heredocs on a line", text: "cat <<A <<B\na\nA\nb\nB\necho done\n",
            expected: []),
        ParseCase(
            name: "heredoc then pipe", text: "cat <<EOF | kubectl apply -f -\nkind: Service\nEOF\n",
            expected: []),
        ParseCase(
            name: "heredoc inside substitution", text: "X=$(cat <<'EOF'\nbody\nEOF\n)\n",
            expected: []),
        ParseCase(name: "here-string", text: "grep web <<< \"$out\"\n", expected: []),
        ParseCase(
            name: "redirections",
            text:
                ">out.yaml kubectl get svc web -o yaml 2>&1\ncmd &>log; cmd &>>log; cmd <in >|o 3<>f <&0 >&-\n",
            expected: []),
        ParseCase(
            name: "pipelines and lists", text: "a | b |& c && d || e; f &\n! g\ntime h\n",
            expected: []),
        ParseCase(
            name: "continuation after operators", text: "a |\n  b &&\n  c ||\n  d\n", expected: []),
        ParseCase(
            name: "backslash continuation",
            text:
                "kubectl create service nodeport web \\\n  --tcp=80:8080 \\\n  --node-port=30080\n",
            expected: []),
        ParseCase(
            name: "subshell and group", text: "(cd /tmp && ls)\n{ echo a; echo b; }\n", expected: []
        ),
        ParseCase(
            name: "if elif else", text: "if a; then b\nelif c; then d\nelse e\nfi\n", expected: []),
        ParseCase(
            name: "while and until", text: "while true; do sleep 1; done\nuntil a; do b; done\n",
            expected: []),
        ParseCase(
            name: "for loops",
            text:
                "for s in web api; do kubectl get svc \"$s\"; done\nfor ((i=0; i<3; i++)); do echo $i; done\nfor x\ndo echo $x\ndone\n",
            expected: []),
        ParseCase(
            name: "case",
            text: "case \"$1\" in\n  web|api) echo svc ;;\n  (*) echo other ;&\n  x) ;;\nesac\n",
            expected: []),
        ParseCase(
            name: "functions",
            text: "f() { echo a; }\nfunction g { echo b; }\nfunction h() (echo c)\n", expected: []),
        ParseCase(name: "conditional", text: "[[ -n $x && $y == a ]] && echo ok\n", expected: []),
        ParseCase(
            name: "comments",
            text: "# intro\necho a # trailing\necho http://web/docs#intro a#b '# not'\n",
            expected: []),
        ParseCase(
            name: "env prefixes", text: "KUBECONFIG=x NS=shop kubectl get svc\narr=(a b c)\nx+=1\n",
            expected: []),
        ParseCase(
            name: "process substitution", text: "diff <(kubectl get svc a) <(kubectl get svc b)\n",
            expected: []),
        ParseCase(
            name: "reserved words as arguments", text: "echo fi done then { }\n", expected: []),
        ParseCase(name: "brace expansion is a word", text: "echo {a,b} {1..3}\n", expected: []),
        ParseCase(
            name: "select", text: "select s in web api; do echo $s; break; done\n", expected: []),
        ParseCase(
            name: "locale string and old arithmetic", text: "echo $\"hello\" $[1+2] $# $? $@ $1\n",
            expected: []),
        ParseCase(
            name: "case with newlines before in", text: "case $x\nin\n  *) echo;;\nesac\n",
            expected: []),
        ParseCase(
            name: "multi-line single quote",
            text: "kubectl patch svc web -p '\nspec:\n  type: NodePort'\n", expected: []),
        ParseCase(
            name: "background then command",
            text: "kubectl port-forward svc/web 8080:80 & sleep 2; curl localhost:8080\n",
            expected: []),
        ParseCase(
            name: "negation and time", text: "! kubectl get svc x && time kubectl get svc\n",
            expected: []),
    ]

    @Test(arguments: valid)
    func validScripts(_ test: ParseCase) {
        let result = ShellParser.parse(test.text, dialect: test.dialect)
        #expect(summary(result.diagnostics) == test.expected)
        #expect(!result.script.list.items.isEmpty)
    }

    static let invalid: [ParseCase] = [
        ParseCase(
            name: "unclosed double quote", text: "echo ok\nkubectl get svc \"web\necho\n",
            expected: ["RG3002@2:17"]),
        ParseCase(
            name: "unclosed single quote", text: "echo 'it\\'s'\n", expected: ["RG3002@1:12"]),
        ParseCase(
            name: "unclosed command substitution", text: "x=$(kubectl get svc\necho\n",
            expected: ["RG3002@1:3"]),
        ParseCase(name: "unclosed backtick", text: "x=`date\n", expected: ["RG3002@1:3"]),
        ParseCase(
            name: "unclosed parameter expansion", text: "echo ${x\n", expected: ["RG3002@1:6"]),
        ParseCase(name: "unclosed arithmetic", text: "echo $((1+2\n", expected: ["RG3002@1:6"]),
        ParseCase(
            name: "missing heredoc terminator", text: "cat <<EOF\nkind: Service\nEOF \n",
            expected: ["RG3003@1:5"]),
        ParseCase(
            name: "space-indented <<- terminator", text: "cat <<-EOF\n\tx\n  EOF\n",
            expected: ["RG3003@1:5"]),
        ParseCase(name: "stray fi", text: "echo a\nfi\n", expected: ["RG3001@2:1"]),
        ParseCase(name: "stray done", text: "done\n", expected: ["RG3001@1:1"]),
        ParseCase(
            name: "if without then", text: "if kubectl get svc web\n  echo yes\nfi\n",
            expected: ["RG3001@3:1"]),
        ParseCase(
            name: "then on the same line without ;", text: "if a then\n b\nfi\n",
            expected: ["RG3001@3:1"]),
        ParseCase(name: "if without fi", text: "echo\nif a; then\n  b\n", expected: ["RG3002@2:1"]),
        ParseCase(
            name: "for without done", text: "for x in a; do\n echo\n", expected: ["RG3002@1:1"]),
        ParseCase(
            name: "case without esac", text: "case x in\n a) b;;\n", expected: ["RG3002@1:1"]),
        ParseCase(name: "group without brace", text: "{ echo a;\n", expected: ["RG3002@1:1"]),
        ParseCase(name: "subshell without paren", text: "(echo a\n", expected: ["RG3002@1:1"]),
        ParseCase(name: "double pipe", text: "a | | b\n", expected: ["RG3001@1:5"]),
        ParseCase(name: "leading pipe", text: "| b\n", expected: ["RG3001@1:1"]),
        ParseCase(
            name: "fence ends after pipe", text: "kubectl get svc |\n", expected: ["RG3002@1:17"]),
        ParseCase(name: "fence ends after &&", text: "a &&", expected: ["RG3002@1:3"]),
        ParseCase(name: "&;", text: "a &; b\n", expected: ["RG3001@1:4"]),
        ParseCase(name: ";; outside case", text: "a ;; b\n", expected: ["RG3001@1:3"]),
        ParseCase(name: "extra paren", text: "echo a)\n", expected: ["RG3001@1:7"]),
        ParseCase(
            name: "redirection without target", text: "kubectl get svc >\n",
            expected: ["RG3001@1:18"]),
        ParseCase(name: "empty then", text: "if a; then\nfi\n", expected: ["RG3001@2:1"]),
        ParseCase(name: "empty group", text: "f() { }\n", expected: ["RG3001@1:7"]),
        ParseCase(
            name: "unmarked output", text: "kubectl get svc\nNAME   PORT(S)\n",
            expected: ["RG3001@2:12"]),
        ParseCase(
            name: "backslash before blanks", text: "kubectl get svc \\  \n  web\n",
            expected: ["RG3004@1:17"]),
        ParseCase(
            name: "placeholder", text: "kubectl get svc <service-name> -n <namespace>\n",
            expected: ["RG3005@1:17", "RG3005@1:35"]),
        ParseCase(name: "unclosed conditional", text: "[[ -n x\n", expected: ["RG3002@1:1"]),
        ParseCase(name: "function with simple body", text: "f() echo\n", expected: ["RG3001@1:1"]),
    ]

    @Test(arguments: invalid)
    func invalidScripts(_ test: ParseCase) {
        let result = ShellParser.parse(test.text, dialect: test.dialect)
        #expect(summary(result.diagnostics) == test.expected)
    }

    @Test func errorMessagesReadLikeBash() {
        let stray = ShellParser.parse("echo a\nfi\n", dialect: .bash).diagnostics
        #expect(stray.map(\.message) == ["syntax error near unexpected token 'fi'"])
        let quote = ShellParser.parse("echo \"a\n", dialect: .bash).diagnostics
        #expect(
            quote.map(\.message) == [
                "unexpected end of file while looking for the matching double quote"
            ])
        let open = ShellParser.parse("if a; then b\n", dialect: .bash).diagnostics
        #expect(open.map(\.message) == ["unexpected end of file: 'if' is never closed by 'fi'"])
        #expect(open.first?.notes.first?.range?.start == SourceLocation(line: 2, column: 1))
        let newline = ShellParser.parse("a >\n", dialect: .bash).diagnostics
        #expect(newline.map(\.message) == ["syntax error near unexpected token 'newline'"])
        let heredoc = ShellParser.parse("cat <<EOF\nx\nEOF \n", dialect: .bash).diagnostics
        #expect(heredoc.first?.message == "here-document delimited by end of file (wanted 'EOF')")
        #expect(
            heredoc.first?.help == "line 3 ('EOF ') is not the terminator: it must be exactly 'EOF'"
        )
    }

    @Test func aQuoteClosedByTheNextLinesQuoteIsPointedAt() throws {
        let text = "X=$(kubectl get svc web -o jsonpath=\"{.spec.clusterIP})\necho \"$X\"\n"
        let diagnostics = ShellParser.parse(text, dialect: .bash).diagnostics
        #expect(summary(diagnostics) == ["RG3002@2:9"])
        let note = try #require(diagnostics.first?.notes.last)
        #expect(note.range?.start == SourceLocation(line: 1, column: 37))
        #expect(
            note.message
                == "the quote opened here may be the one left open: it only closes at 2:6, right before a word"
        )
    }

    @Test func outputPastedUnderACommandGetsAHelp() {
        let diagnostics = ShellParser.parse(
            "kubectl get svc web\nNAME   TYPE   PORT(S)   AGE\n", dialect: .bash
        ).diagnostics
        #expect(summary(diagnostics) == ["RG3001@2:19"])
        #expect(
            diagnostics.first?.help
                == "this line looks like command output: prefix the commands with '$ ' or move the output to its own block"
        )
    }

    @Test func wordsCarryValuesAndDynamicParts() throws {
        let script = ShellParser.parse(
            "curl 'http://web'\":80\"/x http://$HOST:30080/ <node-ip>\n", dialect: .bash
        ).script
        var words: [ShellWord] = []
        script.list.forEachSimpleCommand { command, _ in words = command.words }
        #expect(words.map(\.literal) == ["curl", "http://web:80/x", nil, nil])
        #expect(words[2].value == "http://\u{0}:30080/")
        #expect(words[2].expansions == ["$HOST"])
        #expect(words[3].hasPlaceholder)
        #expect(
            words[1].range
                == SourceRange(start: .init(line: 1, column: 6), end: .init(line: 1, column: 25)))
    }

    @Test func heredocBodiesAreKeptWithTheirLines() throws {
        let text = "cat <<EOF | kubectl apply -f -\nkind: Service\nmetadata: {}\nEOF\necho done\n"
        let script = ShellParser.parse(text, dialect: .bash).script
        let heredoc = try #require(script.heredocs.first)
        #expect(heredoc.text == "kind: Service\nmetadata: {}\n")
        #expect(heredoc.startLine == 2)
        #expect(heredoc.isTerminated)
        #expect(script.list.items.count == 2)
        let tabs = ShellParser.parse("cat <<-EOF\n\t\tkind: x\n\tEOF\n", dialect: .bash).script
        #expect(tabs.heredocs.first?.text == "kind: x\n")
        #expect(tabs.heredocs.first?.columnOffsets == [2])
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "$(", count: 300) + String(repeating: ")", count: 300) + "\n"
        let result = ShellParser.parse(text, dialect: .bash)
        #expect(result.diagnostics.first?.code == "RG3001")
        let groups =
            String(repeating: "{ ", count: 300) + "a" + String(repeating: "; }", count: 300)
        #expect(ShellParser.parse(groups, dialect: .bash).diagnostics.first?.code == "RG3001")
    }
}

@Suite struct ShellTranscriptTests {
    @Test func consolePromptsAreCommandsAndTheRestIsOutput() {
        let text = """
            $ kubectl get svc web
            NAME   TYPE        PORT(S)
            web    ClusterIP   80/TCP
            # systemctl restart kubelet
            $ kubectl apply -f - <<EOF
            kind: Service
            EOF
            service/web created

            """
        let result = ShellParser.parse(text, dialect: .console)
        #expect(result.diagnostics.isEmpty)
        var names: [String] = []
        result.script.list.forEachSimpleCommand { command, _ in
            names.append(command.words.prefix(2).compactMap(\.literal).joined(separator: " "))
        }
        #expect(names == ["kubectl get", "systemctl restart", "kubectl apply"])
        #expect(result.script.heredocs.first?.text == "kind: Service\n")
    }

    @Test func continuationsBelongToTheirCommandWhateverTheyLookLike() {
        let text = "$ kubectl get svc \\\n>   web -o yaml\n$ echo \"a\nNAME PORT(S)\"\nout (put)\n"
        let result = ShellParser.parse(text, dialect: .console)
        #expect(result.diagnostics.isEmpty)
        var words: [[String?]] = []
        result.script.list.forEachSimpleCommand { command, _ in
            words.append(command.words.map(\.literal))
        }
        #expect(
            words == [
                ["kubectl", "get", "svc", "web", "-o", "yaml"], ["echo", "a\nNAME PORT(S)"],
            ])
        // Columns stay those of the fence: 'web' is at 2:5 after the blanked '> '.
        var web: ShellWord?
        result.script.list.forEachSimpleCommand { command, _ in
            if web == nil { web = command.words[3] }
        }
        #expect(web?.range.start == SourceLocation(line: 2, column: 5))
    }

    @Test func bashFenceWithDollarPromptsIsATranscriptWhereHashIsAComment() {
        let text = "$ kubectl get svc\nNAME   PORT(S)\n# comment, not a prompt\n$ echo ok\n"
        let result = ShellParser.parse(text, dialect: .bash)
        #expect(result.diagnostics.isEmpty)
        var count = 0
        result.script.list.forEachSimpleCommand { _, _ in count += 1 }
        #expect(count == 2)
    }

    @Test func heredocBodiesInTranscriptsKeepTheirText() {
        let text =
            "$ cat <<EOF | kubectl apply -f -\n> not a prompt\nkind: Service\nEOF\nservice/x created\n$ echo ok\n"
        let result = ShellParser.parse(text, dialect: .console)
        #expect(result.diagnostics.isEmpty)
        #expect(result.script.heredocs.first?.text == "> not a prompt\nkind: Service\n")
        var count = 0
        result.script.list.forEachSimpleCommand { _, _ in count += 1 }
        #expect(count == 3)
    }

    @Test func longTranscriptHeredocsStayLinear() {
        let body = (0..<20_000).map { "  key\($0): value" }.joined(separator: "\n")
        let text = "$ kubectl apply -f - <<EOF\n\(body)\nEOF\nservice/x created\n"
        let elapsed = ThreadCPUClock.measure {
            let result = ShellParser.parse(text, dialect: .console)
            #expect(result.diagnostics.isEmpty)
            #expect(result.script.heredocs.first?.isTerminated == true)
        }
        #expect(elapsed < .seconds(5))
    }

    @Test func consoleFenceWithoutPromptsIsAllOutput() {
        let result = ShellParser.parse(
            "NAME   TYPE   PORT(S)\nweb    ClusterIP   80/TCP\n", dialect: .console)
        #expect(result.diagnostics.isEmpty)
        #expect(result.script.list.items.isEmpty)
    }

    @Test func promptPrefixesAreRecognised() {
        #expect(
            ShellTranscript.promptLength(ArraySlice("user@host:~$ ls".utf8), allowsHash: false)
                == 13)
        #expect(
            ShellTranscript.promptLength(ArraySlice("(venv) $ ls".utf8), allowsHash: false) == 9)
        #expect(ShellTranscript.promptLength(ArraySlice("   $ ls".utf8), allowsHash: false) == 5)
        #expect(ShellTranscript.promptLength(ArraySlice("# ls".utf8), allowsHash: false) == nil)
        #expect(ShellTranscript.promptLength(ArraySlice("# ls".utf8), allowsHash: true) == 2)
        #expect(ShellTranscript.promptLength(ArraySlice("$5 fee".utf8), allowsHash: false) == nil)
        #expect(ShellTranscript.promptLength(ArraySlice("web $ x".utf8), allowsHash: false) == nil)
    }

    @Test func anUnfinishedLastCommandIsStillAnError() {
        let result = ShellParser.parse("$ echo \"open\noutput\n", dialect: .console)
        #expect(summary(result.diagnostics) == ["RG3002@1:8"])
    }

    @Test func syntaxErrorsInConsoleCommandsKeepFenceColumns() {
        let result = ShellParser.parse("output line\n$ kubectl get svc | | x\n", dialect: .console)
        #expect(summary(result.diagnostics) == ["RG3001@2:21"])
    }

    @Test func dialectFromInfoString() {
        #expect(ShellDialect(infoString: "bash title=\"x\"") == .bash)
        #expect(ShellDialect(infoString: "Shell{linenos=true}") == .bash)
        #expect(ShellDialect(infoString: "console") == .console)
        #expect(ShellDialect(infoString: "shell-session") == .console)
        #expect(ShellDialect(infoString: "yaml") == nil)
    }
}

@Suite struct ShellRobustnessTests {
    @Test func heredocOnTheLastLineWithoutNewlineIsReported() {
        #expect(
            summary(ShellParser.parse("cat <<EOF", dialect: .bash).diagnostics) == ["RG3003@1:5"])
    }

    @Test func kubernetesVariableReferencesInUnquotedHeredocs() {
        let text = "kubectl apply -f - <<EOF\nenv: [{value: \"$(POD_IP):$(PORT_2)\"}]\nip: $(minikube ip) \\$(NOT_RUN)\nEOF\ncat <<'EOF'\n$(POD_IP)\nEOF\n"
        let diagnostics = ShellParser.parse(text, dialect: .bash).diagnostics
        #expect(summary(diagnostics) == ["RG3006@2:16", "RG3006@2:26"])
        #expect(diagnostics.first?.message == "'$(POD_IP)' in an unquoted here-document is run by the shell as a command, not left for Kubernetes")
        #expect(diagnostics.first?.help == "quote the delimiter (<<'EOF') so that the manifest keeps '$(POD_IP)'")
    }

    @Test func terminatorGluedToTheClosingParenthesis() {
        let diagnostics = ShellParser.parse("X=$(cat <<EOF\nbody\nEOF)\necho \"$X\"\n", dialect: .bash).diagnostics
        #expect(summary(diagnostics) == ["RG3002@1:3", "RG3003@1:9"])
        #expect(diagnostics.last?.help == "line 3 ('EOF)') is not the terminator: it must be exactly 'EOF'")
    }

    @Test func crlfLineEndsAndContinuations() {
        let result = ShellParser.parse(
            "kubectl get svc \\\r\n  web\r\ncat <<EOF\r\nx\r\nEOF\r\n", dialect: .bash)
        #expect(result.diagnostics.isEmpty)
        var words: [[String?]] = []
        result.script.list.forEachSimpleCommand { command, _ in
            words.append(command.words.map(\.literal))
        }
        #expect(words.first == ["kubectl", "get", "svc", "web"])
    }

    /// Seeded mutations of real snippets: parsing, checking and highlighting never crash, every
    /// range stays inside the text, and the highlighted text is the text.
    @Test func mutatedSnippetsNeverCrash() {
        let seeds = [
            "kubectl exec f -- sh -c 'curl http://web:80/ && echo \"$(date)\"'\n",
            "cat <<EOF | kubectl apply -f -\nkind: Service\nmetadata: {name: x}\nEOF\n",
            "for s in a b; do if [[ -n $s ]]; then echo ${s:-x}; fi; done\n",
            "kubectl patch svc web -p '{\"spec\":{\"ports\":[{\"port\":80,\"nodePort\":30090}]}}'\n",
            "case $1 in a|b) echo `id` ;; *) (echo $((1+2))) ;; esac\n",
            "$ kubectl create service nodeport web --tcp=80:8080 --node-port=30080\nservice/web created\n",
            "kubectl expose deploy api --port=80,443 --target-port=8080 --name=api2\nkubectl port-forward svc/web 8080:80\n",
            "kubectl patch svc web --type=json -p '[{\"op\":\"add\",\"path\":\"/spec/ports/-\",\"value\":{\"port\":1}}]'\n",
            "NS=shop\nfor s in web db; do kubectl exec -n $NS f -- nslookup $s.$NS.svc.cluster.local; done\n",
        ]
        let inserts = [
            "'", "\"", "$(", "${", "`", "(", ")", "\\", "\n", "<<EOF\n", "|", "&&", ";;", "{", "}",
            "#", "$((",
            "<x>", "\t", "é", " -o ", " -n ", " --tcp=", " -p ", " -f - ", " svc/", ":", " -- ",
            "=", ",", " kubectl ",
            " expose svc ", " port-forward ", " create service nodeport ", "$X", "[", "]",
            " --type=json ",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let rounds = Int(ProcessInfo.processInfo.environment["SHELL_MUTATION_ROUNDS"] ?? "") ?? 600
        for round in 0..<rounds {
            var bytes = Array(seeds[round % seeds.count].utf8)
            for _ in 0..<(1 + random(4)) {
                let insert = Array(inserts[random(inserts.count)].utf8)
                let at = random(bytes.count + 1)
                if random(3) == 0, at < bytes.count { bytes.remove(at: at) }
                bytes.insert(contentsOf: insert, at: min(at, bytes.count))
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            for dialect in [ShellDialect.bash, .console] {
                var context = FakeServiceSchema.context()
                let diagnostics = check(text, dialect: dialect, context: &context)
                for diagnostic in diagnostics {
                    #expect(
                        diagnostic.range.start.line >= 1 && diagnostic.range.end.line <= lines + 1,
                        "\(text)")
                }
                let html = ShellHighlighter.html(text, dialect: dialect)
                #expect(!html.isEmpty || text.isEmpty)
            }
        }
    }
}
