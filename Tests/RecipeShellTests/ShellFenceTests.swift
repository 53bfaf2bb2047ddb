import Testing

@testable import RecipeShell

/// One parse gives what the parser, highlighter and copy text give on their own.
@Suite struct ShellFenceTests {
    @Test(arguments: ShellParserTests.valid + ShellParserTests.invalid)
    func agreesWithTheSeparateEntryPoints(_ test: ParseCase) {
        for dialect in [ShellDialect.bash, .console] {
            let fence = ShellFence(test.text, dialect: dialect)
            let parsed = ShellParser.parse(test.text, dialect: dialect)
            #expect(fence.script.dump() == parsed.script.dump())
            #expect(fence.diagnostics == parsed.diagnostics)
            #expect(fence.copyText == ShellCopyText.commands(test.text, dialect: dialect))
            #expect(ShellHighlighterRoundTripTests.stripped(fence.html) == test.text)
        }
    }

    @Test func highlightsTheTranscriptItParsed() {
        let fence = ShellFence("$ kubectl get svc web\nNAME   TYPE\n", dialect: .console)
        #expect(fence.html == """
            <span class="sh-prompt">$</span> <span class="sh-command">kubectl</span> get svc web
            <span class="sh-output">NAME   TYPE</span>

            """)
        #expect(fence.copyText == "kubectl get svc web\n")
        #expect(fence.diagnostics.isEmpty)
    }

    @Test func aFencePastTheLimitIsNeitherParsedNorHighlighted() {
        let text = "$ echo \"<a>\"\n$ echo b\n$ echo c\n"
        let fence = ShellFence(text, dialect: .console, limits: ShellLimits(maxLines: 2))
        #expect(fence.diagnostics.map(\.code) == ["RG3007"])
        #expect(fence.script.dump() == ShellScript().dump())
        #expect(fence.html == "$ echo &quot;&lt;a&gt;&quot;\n$ echo b\n$ echo c\n")
        #expect(fence.copyText == nil)
    }
}
