import Testing

@testable import RecipeDiagnostics

@Suite struct EmbeddedSourceTests {
    @Test func projectsLinesAndIndentation() {
        let source = EmbeddedSource(startLine: 10, columnOffsets: [4, 4, 2])
        #expect(source.project(SourceLocation(line: 1, column: 1)) == SourceLocation(line: 10, column: 5))
        #expect(source.project(SourceLocation(line: 3, column: 7)) == SourceLocation(line: 12, column: 9))
        // Lines past the table reuse the last offset.
        #expect(source.project(SourceLocation(line: 5, column: 1)) == SourceLocation(line: 14, column: 3))
    }

    @Test func projectsNotesButNotNotesInOtherFiles() {
        let diagnostic = Diagnostic(
            code: "RG2002", message: "duplicate key 'a' in a mapping",
            range: SourceRange(line: 2, column: 1),
            notes: [
                .init("first", range: SourceRange(line: 1, column: 1)),
                .init("elsewhere", file: "other.md", range: SourceRange(line: 1, column: 1)),
            ])
        let projected = diagnostic.projected(into: EmbeddedSource(startLine: 5, columnOffsets: [2]))
        #expect(projected.range.start == SourceLocation(line: 6, column: 3))
        #expect(projected.notes[0].range?.start == SourceLocation(line: 5, column: 3))
        #expect(projected.notes[1].range?.start == SourceLocation(line: 1, column: 1))
    }
}

@Suite struct RendererTests {
    let diagnostic = Diagnostic(
        code: "RG2002", message: "duplicate key 'type' in a mapping", file: "net/a.md",
        range: SourceRange(line: 3, column: 5, length: 4), fieldPath: "spec.type",
        label: "defined again here", help: "keep one")

    @Test func human() {
        let text = DiagnosticFormat.human.render([diagnostic], source: { _ in "x\ny\n\ttype: A\n" })
        #expect(
            text == """
                error[RG2002]: duplicate key 'type' in a mapping
                 --> net/a.md:3:5
                  |
                3 | \ttype: A
                  | \t   ^^^^ defined again here
                  = field: spec.type
                  = help: keep one


                """)
    }

    @Test func githubEscapesPropertiesAndData() {
        var d = diagnostic
        d.file = "a,b:c.md"
        d.message = "100% wrong\nreally"
        d.help = nil
        d.fieldPath = nil
        #expect(
            DiagnosticFormat.github.render([d])
                == "::error file=a%2Cb%3Ac.md,line=3,col=5,endLine=3,endColumn=9,title=RG2002::100%25 wrong%0Areally\n")
    }

    @Test func githubDropsColumnsForMultiLineRanges() {
        var d = diagnostic
        d.range = SourceRange(start: .init(line: 1, column: 2), end: .init(line: 3, column: 1))
        d.help = nil
        d.fieldPath = nil
        #expect(
            DiagnosticFormat.github.render([d])
                == "::error file=net/a.md,line=1,endLine=3,title=RG2002::duplicate key 'type' in a mapping\n")
    }

    @Test func json() {
        #expect(
            DiagnosticFormat.json.render([diagnostic])
                == """
                {"version":1,"diagnostics":[
                  {"code":"RG2002","severity":"error","message":"duplicate key 'type' in a mapping","file":"net/a.md","line":3,"column":5,"endLine":3,"endColumn":9,"fieldPath":"spec.type","help":"keep one"}
                ]}

                """)
    }

    @Test func registryIDsAreUniqueAndWellFormed() {
        let ids = DiagnosticRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for code in DiagnosticRegistry.all {
            #expect(code.id.count == 6 && code.id.hasPrefix("RG") && Int(code.id.dropFirst(2)) != nil, "\(code.id)")
            #expect(!code.title.isEmpty && !code.explanation.isEmpty)
        }
    }
}
