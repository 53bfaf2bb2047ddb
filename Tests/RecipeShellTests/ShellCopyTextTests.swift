import Testing

@testable import RecipeShell

@Suite struct ShellCopyTextTests {
    @Test func transcriptCopiesCommandsWithoutPromptsOrOutput() {
        let fence = "$ kubectl get svc web \\\n    -o wide\nNAME   TYPE\nweb    ClusterIP\n$ cat <<EOF\nhello\nEOF\nhello\n"
        #expect(ShellCopyText.commands(fence, dialect: .console) == "kubectl get svc web \\\n    -o wide\ncat <<EOF\nhello\nEOF\n")
    }

    @Test func rootPromptInConsoleFences() {
        #expect(ShellCopyText.commands("# systemctl restart kubelet\nok\n", dialect: .console) == "systemctl restart kubelet\n")
    }

    @Test func plainScriptIsCopiedAsItIs() {
        #expect(ShellCopyText.commands("kubectl apply -f web.yaml\n# a comment\n", dialect: .bash) == nil)
    }
}
