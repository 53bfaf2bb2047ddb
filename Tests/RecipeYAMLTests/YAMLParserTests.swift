import Foundation
import RecipeDiagnostics
import Testing

@testable import RecipeYAML

@Suite struct YAMLParserTests {
    @Test func mappingWithPositions() throws {
        let text = "apiVersion: v1\nkind: Service\nspec:\n  ports:\n    - port: 80\n"
        let documents = YAMLParser.parse(text)
        #expect(documents.count == 1)
        let root = try #require(documents[0].root)
        #expect(root["kind"]?.string == "Service")
        let port = try #require(root["spec"]?["ports"]?.items?.first?["port"])
        #expect(port.scalar?.value == .int(80))
        #expect(port.range.start == SourceLocation(line: 5, column: 13))
        #expect(port.range.end == SourceLocation(line: 5, column: 15))
    }

    @Test func multibyteCharactersGiveByteColumns() throws {
        let text = "a: \"é\" \nb: x\n"
        let root = try #require(YAMLParser.parse(text).first?.root)
        // "é" is two bytes; the key 'b' on the next line is unaffected, the string spans 4 bytes.
        #expect(root["a"]?.range.start == SourceLocation(line: 1, column: 4))
        #expect(root["a"]?.range.end == SourceLocation(line: 1, column: 8))
    }

    @Test(arguments: [
        ("yes", YAMLValue.bool(true)), ("off", .bool(false)), ("~", .null), ("", .null),
        ("0x1F", .int(31)), ("010", .int(8)), ("1_000", .int(1000)), ("-5", .int(-5)),
        ("1.5", .float(1.5)), ("1e3", .float(1000)), ("80Mi", .string("80Mi")),
        ("1.28", .float(1.28)), ("v1", .string("v1")), ("None", .string("None")),
    ])
    func plainScalarResolution(text: String, expected: YAMLValue) throws {
        let root = try #require(YAMLParser.parse("k: \(text)\n").first?.root)
        #expect(root["k"]?.scalar?.value == expected)
    }

    @Test func quotedScalarsAreStrings() throws {
        let root = try #require(YAMLParser.parse("a: \"80\"\nb: 'yes'\nc: |\n  80\n").first?.root)
        #expect(root["a"]?.scalar?.value == .string("80"))
        #expect(root["b"]?.scalar?.value == .string("yes"))
        #expect(root["c"]?.scalar?.value == .string("80\n"))
    }

    @Test func duplicateKeyPointsAtSecondWithNoteAtFirst() throws {
        let documents = YAMLParser.parse("spec:\n  type: NodePort\n  type: ClusterIP\n")
        let diagnostic = try #require(documents[0].diagnostics.first)
        #expect(diagnostic.code == "RG2002")
        #expect(diagnostic.range.start == SourceLocation(line: 3, column: 3))
        #expect(diagnostic.notes.first?.range?.start == SourceLocation(line: 2, column: 3))
        #expect(documents[0].root != nil)
    }

    @Test func syntaxErrorInOneDocumentKeepsTheOthers() throws {
        let text = "a: 1\n---\nb: [1, 2\n---\nc: 3\n"
        let documents = YAMLParser.parse(text)
        #expect(documents.count == 3)
        #expect(documents[0].root?["a"] != nil)
        #expect(documents[1].root == nil)
        #expect(documents[1].diagnostics.first?.code == "RG2001")
        #expect(documents[1].diagnostics.first?.range.start.line == 4)
        #expect(documents[2].root?["c"]?.scalar?.value == .int(3))
        #expect(documents[2].startLine == 4)
    }

    @Test func documentEndMarkerIsNotAnElision() throws {
        let documents = YAMLParser.parse("a: 1\n...\n# trailing comment\n")
        #expect(documents.count == 1)
    }

    @Test func tabInIndentation() throws {
        let documents = YAMLParser.parse("metadata:\n\tname: web\n")
        let diagnostic = try #require(documents.first?.diagnostics.first)
        #expect(diagnostic.code == "RG2003")
        #expect(diagnostic.range.start == SourceLocation(line: 2, column: 1))
    }

    @Test func aliasBombIsRefused() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        let documents = YAMLParser.parse(text)
        #expect(documents.first?.diagnostics.first?.code == "RG2004")
        #expect(documents.first?.root == nil)
    }

    @Test func deepNestingIsRefused() throws {
        let text = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        let documents = YAMLParser.parse(text)
        #expect(documents.first?.diagnostics.first?.code == "RG2004")
    }

    @Test func mergeKeysApply() throws {
        let root = try #require(
            YAMLParser.parse("base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3\n").first?.root)
        #expect(root["d"]?["x"]?.scalar?.value == .int(1))
        #expect(root["d"]?["y"]?.scalar?.value == .int(3))
    }

    @Test func commentOnlyStreamHasNoDocuments() {
        #expect(YAMLParser.parse("# nothing here\n\n").isEmpty)
    }

    @Test func crlfLineEnds() throws {
        let root = try #require(YAMLParser.parse("a: 1\r\nb: two\r\n").first?.root)
        #expect(root["b"]?.string == "two")
        #expect(root["b"]?.range.start == SourceLocation(line: 2, column: 4))
    }
}

@Suite struct YAMLOriginTests {
    @Test func positionsAreProjectedIntoTheFile() throws {
        let origin = EmbeddedSource(startLine: 20, columnOffsets: [4, 4, 4])
        let documents = YAMLParser.parse("a: 1\nb:\n\tc: 2\n", origin: origin)
        let diagnostic = try #require(documents.first?.diagnostics.first)
        #expect(diagnostic.code == "RG2003")
        #expect(diagnostic.range.start == SourceLocation(line: 22, column: 5))
        let ok = try #require(YAMLParser.parse("a: 1\nb: 2\n", origin: origin).first)
        #expect(ok.root?["b"]?.range.start == SourceLocation(line: 21, column: 8))
        #expect(ok.startLine == 20)
    }
}

@Suite struct YAMLHighlighterTests {
    @Test func keysValuesAndComments() {
        let html = YAMLHighlighter.html("# Service\nkind: Service # the kind\nspec:\n  port: 80\n  on: yes\n  x: ~\n  s: \"a<b\"\n")
        #expect(
            html == """
                <span class="tok-comment"># Service</span>
                <span class="tok-key">kind</span>: <span class="tok-string">Service</span> <span class="tok-comment"># the kind</span>
                <span class="tok-key">spec</span>:
                  <span class="tok-key">port</span>: <span class="tok-number">80</span>
                  <span class="tok-key">on</span>: <span class="tok-bool">yes</span>
                  <span class="tok-key">x</span>: <span class="tok-null">~</span>
                  <span class="tok-key">s</span>: <span class="tok-string">&quot;a&lt;b&quot;</span>

                """)
    }

    @Test func blockScalarSpansStopAtLineEnds() {
        let html = YAMLHighlighter.html("a: |\n  one\n  two\n")
        #expect(html == "<span class=\"tok-key\">a</span>: <span class=\"tok-string\">|</span>\n<span class=\"tok-string\">  one</span>\n<span class=\"tok-string\">  two</span>\n")
    }

    @Test func textIsKeptWhateverTheInput() {
        for text in ["a: [1, 2\n", "key: 'é' # ü\n- x\n", "\t: :\n", "a: \"unterminated\n", "---\n...\n"] {
            let html = YAMLHighlighter.html(text)
            let stripped = html.replacingOccurrences(of: "<span class=\"tok-[a-z]+\">", with: "", options: .regularExpression)
                .replacingOccurrences(of: "</span>", with: "").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&amp;", with: "&")
            #expect(stripped == text, "\(text)")
        }
    }
}
