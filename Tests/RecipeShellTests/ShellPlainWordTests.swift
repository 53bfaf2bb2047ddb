import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeShell

/// Words read by the direct path for plain words are the words the general path reads: same
/// values, byte offsets, ranges and flags, and the same parse around them.
@Suite struct ShellPlainWordTests {
    static let pieces = [
        "kubectl", "get", "svc/web", "-n", "x", " ", " ", " ", "\t", "\n", ";", "&&", "|", "'q'",
        "\"d $V\"", "$V", "${V}", "\\ ", "\\\n", "#c", "a=b", "arr=(1 2)", "<in", ">out", "2>&1",
        "<<EOF\nbody\nEOF\n", "$(echo hi)", "`echo`", "<node-ip>", "é", "(", ")", "{", "}", "\r\n",
        "if", "then", "fi", "for", "do", "done", "x#y", "-", "--tcp=80:8080",
    ]

    static func words(_ text: String, plain: Bool) -> (String, String?) {
        let engine = ShellEngine(source: ShellSource(Array(text.utf8)), recordsSpans: true)
        engine.readsPlainWords = plain
        let error = engine.parseProgram()
        var described: [String] = []
        ShellList(items: engine.topItems).forEachSimpleCommand { command, _ in
            for word in command.assignments + command.words + command.redirects.map(\.target) {
                described.append(
                    "\(word.value.debugDescription) \(word.offsets) \(word.range) \(word.expansions) \(word.isQuoted) \(word.substitutions.count)")
            }
        }
        let spans = engine.spans.map { "\($0.start)-\($0.end) \($0.kind) \($0.rank)" }
        return (described.joined(separator: "\n") + "\n" + spans.joined(separator: ","), error.map { "\($0.code) \($0.range) \($0.message)" })
    }

    @Test func directPathMatchesTheGeneralPathOnSeededScripts() {
        var random = SplitMix64(state: 5)
        for _ in 0..<3000 {
            let text = (0..<(1 + random.below(14))).map { _ in Self.pieces[random.below(Self.pieces.count)] }.joined(separator: random.below(3) == 0 ? "" : " ")
            let direct = Self.words(text, plain: true)
            let general = Self.words(text, plain: false)
            #expect(direct.0 == general.0, "\(text.debugDescription)")
            #expect(direct.1 == general.1, "\(text.debugDescription)")
        }
    }
}
