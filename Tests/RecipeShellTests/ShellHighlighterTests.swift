import Foundation
import Testing

@testable import RecipeShell

/// Compares `actual` with the golden file `Golden/<suite>/<name>`; `RECORD_GOLDEN=1` writes
/// the file and fails, so that recording is never silent.
func assertGolden(_ actual: String, suite: String, name: String, filePath: String = #filePath) {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/\(suite)/\(name)")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(suite)/\(name); run again without RECORD_GOLDEN")
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing golden file \(suite)/\(name); run with RECORD_GOLDEN=1")
        return
    }
    let normalized = expected.replacingOccurrences(of: "\r\n", with: "\n")
    if normalized != actual {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for index in 0..<max(a.count, e.count)
        where (index < a.count ? a[index] : nil) != (index < e.count ? e[index] : nil) {
            diff.append(
                "line \(index + 1):\n- \(index < e.count ? String(e[index]) : "")\n+ \(index < a.count ? String(a[index]) : "")"
            )
        }
        let message: String =
            "\(suite)/\(name) differs:\n" + Array(diff.prefix(5)).joined(separator: "\n")
        Issue.record(Comment(rawValue: message))
    }
}

@Suite struct ShellHighlighterTests {
    static let cases: [(name: String, dialect: ShellDialect, text: String)] = [
        (
            "continuations", .bash,
            """
            # Create a NodePort Service
            kubectl create service nodeport web \\
              --tcp=80:8080 \\
              --node-port=30080   # fixed port
            NODE_IP=$(minikube ip) && curl "http://${NODE_IP}:30080/" | head -n 5

            """
        ),
        (
            "heredoc", .bash,
            """
            cat <<'EOF' | kubectl apply -f -
            apiVersion: v1
            kind: Service
            metadata:
              name: "web" # <not a placeholder>
            EOF
            kubectl get svc web -o jsonpath='{.spec.ports[*].port}'

            """
        ),
        (
            "console", .console,
            """
            $ kubectl get svc web
            NAME   TYPE        CLUSTER-IP    PORT(S)
            web    ClusterIP   10.96.0.12    80/TCP
            $ kubectl exec frontend -- sh -c \\
            >   'wget -qO- http://web:80'
            <h1>It works & more</h1>
            # kubectl delete svc <service-name>
            $

            """
        ),
        (
            "console-heredoc", .console,
            """
            user@host:~$ kubectl apply -f - <<'EOF'
            apiVersion: v1
            kind: Service
            EOF
            service/web created
            $ for s in web api; do
            >   kubectl get svc "$s" -o name
            > done
            service/web
            service/api

            """
        ),
        (
            "compound", .bash,
            """
            for s in web api; do
              if kubectl get svc "$s" >/dev/null 2>&1; then echo "$s ok"; else echo missing; fi
            done
            case $1 in web|api) echo known ;; *) exit 1 ;; esac

            """
        ),
        (
            "syntax-error", .bash,
            """
            echo ok
            kubectl get svc "web
            echo after

            """
        ),
    ]

    @Test(arguments: cases.map(\.name))
    func golden(_ name: String) throws {
        let test = try #require(Self.cases.first { $0.name == name })
        assertGolden(
            ShellHighlighter.html(test.text, dialect: test.dialect), suite: "Highlighter",
            name: "\(name).html")
    }

    @Test func outputIsTheEscapedTextWhenTagsAreRemoved() {
        for test in Self.cases {
            let html = ShellHighlighter.html(test.text, dialect: test.dialect)
            let stripped = html.replacingOccurrences(
                of: "<[^>]+>", with: "", options: .regularExpression
            )
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(
                of: "&#39;", with: "'"
            )
            .replacingOccurrences(of: "&amp;", with: "&")
            #expect(stripped == test.text, "\(test.name)")
        }
    }

    @Test func spansNeverCrossLines() {
        for test in Self.cases {
            for line in ShellHighlighter.html(test.text, dialect: test.dialect).split(
                separator: "\n")
            {
                let opens = line.components(separatedBy: "<span").count
                let closes = line.components(separatedBy: "</span>").count
                #expect(opens == closes, "\(test.name): \(line)")
            }
        }
    }
}

@Suite struct ShellTreeDumpTests {
    static let cases: [(name: String, text: String)] = [
        (
            "commands",
            """
            KUBECONFIG=x kubectl get svc web -o yaml >out.yaml 2>&1
            a | b && ! c || d &
            X=$(kubectl get svc "$(echo web)" -o 'jsonpath={.spec}')

            """
        ),
        (
            "compound",
            """
            if a; then b; elif c; then d; else e; fi
            for s in web api; do kubectl get svc "$s"; done
            while true; do sleep 1; done
            case $1 in web|api) echo x ;; *) ;; esac
            f() { echo a; } >log
            (cd /tmp) && { echo b; }
            [[ -n $x ]] && (( i++ ))

            """
        ),
        (
            "heredocs",
            """
            cat <<A <<-'B' | kubectl apply -f -
            first
            A
            \tsecond
            \tB
            grep x <<< "$y"

            """
        ),
    ]

    @Test(arguments: cases.map(\.name))
    func golden(_ name: String) throws {
        let test = try #require(Self.cases.first { $0.name == name })
        let result = ShellParser.parse(test.text, dialect: .bash)
        #expect(result.diagnostics.isEmpty)
        assertGolden(result.script.dump(), suite: "Tree", name: "\(name).txt")
    }
}

@Suite struct ShellHighlighterRoundTripTests {
    static func stripped(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Every parser case, valid or not, highlights to exactly its own text.
    @Test(arguments: ShellParserTests.valid + ShellParserTests.invalid)
    func highlightingKeepsTheText(_ test: ParseCase) {
        for dialect in [ShellDialect.bash, .console] {
            #expect(Self.stripped(ShellHighlighter.html(test.text, dialect: dialect)) == test.text)
        }
    }
}
