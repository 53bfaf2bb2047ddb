import Testing

@testable import RecipeMarkdown

@Suite struct MarkdownParserTests {
    private func codeBlocks(_ node: MarkdownNode) -> [CodeBlock] {
        var found: [CodeBlock] = []
        if case .codeBlock(let code) = node.kind { found.append(code) }
        for child in node.children { found += codeBlocks(child) }
        return found
    }

    @Test func headingAndParagraphPositions() {
        let document = MarkdownParser.parse("# Title\n\nSome *text*.\n")
        #expect(document.children.count == 2)
        #expect(document.children[0].kind == .heading(level: 1))
        #expect(document.children[0].startLine == 1)
        #expect(document.children[1].startLine == 3)
        #expect(document.children[1].plainText == "Some text.")
    }

    @Test func fencedBlockContentStartsAfterTheFence() throws {
        let document = MarkdownParser.parse("intro\n\n```yaml title=\"a.yaml\"\nkind: Service\nspec: {}\n```\n")
        let code = try #require(codeBlocks(document).first)
        #expect(code.info == "yaml title=\"a.yaml\"")
        #expect(code.language == "yaml")
        #expect(code.contentLine == 4)
        #expect(code.columnOffsets == [0, 0])
        #expect(code.literal == "kind: Service\nspec: {}\n")
    }

    @Test func indentedFenceInAListKeepsItsOffsets() throws {
        let text = "1. Apply it:\n\n   ```yaml\n   kind: Service\n     spec: {}\n   ```\n"
        let code = try #require(codeBlocks(MarkdownParser.parse(text)).first)
        #expect(code.contentLine == 4)
        #expect(code.columnOffsets == [3, 3])
        #expect(code.literal == "kind: Service\n  spec: {}\n")
    }

    @Test func fenceInABlockQuote() throws {
        let text = "> ```bash\n> kubectl get svc\n> ```\n"
        let code = try #require(codeBlocks(MarkdownParser.parse(text)).first)
        #expect(code.contentLine == 2)
        #expect(code.columnOffsets == [2])
    }

    @Test func crlfLineEnds() throws {
        let text = "para\r\n\r\n```yaml\r\na: 1\r\n  b: 2\r\n```\r\n"
        let code = try #require(codeBlocks(MarkdownParser.parse(text)).first)
        #expect(code.contentLine == 4)
        #expect(code.literal == "a: 1\n  b: 2\n")
        #expect(code.columnOffsets == [0, 0])
    }

    @Test func tableWithAlignments() throws {
        let document = MarkdownParser.parse("| a | b |\n|:--|--:|\n| 1 | 2 |\n")
        let table = try #require(document.children.first)
        #expect(table.kind == .table(alignments: [.left, .right]))
        #expect(table.children.first?.kind == .tableRow(isHeader: true))
        #expect(table.children.count == 2)
    }

    @Test func deepNestingIsBounded() {
        let text = String(repeating: "> ", count: 5000) + "x\n"
        let document = MarkdownParser.parse(text)
        var depth = 0
        var node = document
        while let child = node.children.first {
            node = child
            depth += 1
        }
        #expect(depth <= CmarkConverter.maxDepth + 1)
    }
}

@Suite struct HTMLRendererTests {
    private func html(_ markdown: String) -> String {
        var renderer = HTMLRenderer()
        return renderer.render(MarkdownParser.parse(markdown))
    }

    @Test func rawHTMLIsEscaped() {
        #expect(html("<script>alert(1)</script>\n") == "<p class=\"raw-html\">&lt;script&gt;alert(1)&lt;/script&gt;\n</p>\n")
        #expect(html("a <b onclick=\"x\">b</b>\n") == "<p>a &lt;b onclick=&quot;x&quot;&gt;b&lt;/b&gt;</p>\n")
    }

    @Test(arguments: [
        ("[x](javascript:alert(1))", "<p>x</p>\n"),
        ("[x](JAVASCRIPT:alert(1))", "<p>x</p>\n"),
        ("[x](data:text/html,hi)", "<p>x</p>\n"),
        ("[x](https://example.org/a?b=1&c=2)", "<p><a href=\"https://example.org/a?b=1&amp;c=2\">x</a></p>\n"),
        ("[x](../other/#part)", "<p><a href=\"../other/#part\">x</a></p>\n"),
        ("![alt](javascript:x)", "<p>alt</p>\n"),
    ])
    func unsafeURLsAreDropped(markdown: String, expected: String) {
        #expect(html(markdown) == expected)
    }

    @Test func headingsGetUniqueIdsAndAnchors() {
        var renderer = HTMLRenderer()
        let out = renderer.render(MarkdownParser.parse("## Common issues\n\n## Common issues\n\n### What's `kubectl`?\n"))
        #expect(renderer.headings.map(\.id) == ["common-issues", "common-issues-1", "whats-kubectl"])
        #expect(out.hasPrefix("<h2 id=\"common-issues\">Common issues<a class=\"anchor\" href=\"#common-issues\""))
    }

    @Test func calloutsRenderAsAsides() {
        #expect(
            html("> [!WARNING]\n> Mind the **gap**.\n")
                == "<aside class=\"callout callout-warning\" role=\"note\"><p class=\"callout-title\">Warning</p>\n<p>Mind the <strong>gap</strong>.</p>\n</aside>\n")
        #expect(html("> [!TIP] Inline text\n").contains("<p>Inline text</p>"))
        #expect(html("> [!HINT]\n> x\n").hasPrefix("<blockquote>"))
    }

    @Test func tablesAreAccessible() {
        let out = html("| Feature | A | B |\n|---|:-:|---|\n| External | ✅ | ❌ |\n| Cost | yes | 5 |\n")
        #expect(
            out == """
                <div class="table-wrap" tabindex="0"><table>
                <thead>
                <tr><th scope="col">Feature</th><th scope="col" class="align-center">A</th><th scope="col">B</th></tr>
                </thead>
                <tbody>
                <tr><th scope="row">External</th><td class="mark mark-yes align-center"><span aria-hidden="true">✅</span><span class="sr-only">Yes</span></td><td class="mark mark-no"><span aria-hidden="true">❌</span><span class="sr-only">No</span></td></tr>
                <tr><th scope="row">Cost</th><td class="mark mark-yes align-center"><span aria-hidden="true">yes</span><span class="sr-only">Yes</span></td><td>5</td></tr>
                </tbody>
                </table></div>

                """)
    }

    @Test func codeBlockHookReplacesFences() {
        var renderer = HTMLRenderer()
        renderer.codeBlockHook = { code, _ in code.language == "mermaid" ? "<svg/>\n" : nil }
        let out = renderer.render(MarkdownParser.parse("```mermaid\nflowchart TB\n```\n\n```txt\n<x>\n```\n"))
        #expect(out == "<svg/>\n<pre><code class=\"language-txt\">&lt;x&gt;\n</code></pre>\n")
    }

    @Test func taskListItems() {
        #expect(html("- [x] done\n- [ ] todo\n").contains("<li class=\"task\"><input type=\"checkbox\" disabled checked aria-label=\"done\"> done</li>"))
    }
}
