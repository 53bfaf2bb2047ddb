import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeShell

/// The pflag splitting gives the same positionals, flags, values, value offsets and faults as
/// the straightforward version below, on seeded random command lines.
@Suite struct KubectlArgumentsEquivalenceTests {
    static let vocabulary = [
        "get", "svc", "web", "service", "nodeport", "create", "exec", "pod", "-n", "shop", "-nshop",
        "-n=shop", "--namespace", "--namespace=x", "-o", "-oyaml", "-o=json", "yaml", "-it", "-itc",
        "-c", "-cé", "-é", "--", "-", "-1", "-42", "-x", "--bogus", "--bogus=1", "--dry-run",
        "--dry-run=client", "-l", "-lapp=web", "--selector=a=b", "-A", "-Av", "-v=3", "-f", "x.yaml",
        "--filename=a.yaml,b.yaml", "--tcp=80:8080", "--tcp", "9090", "$NS", "-n$NS", "\"-o\"",
        "'--namespace=q'", "-h", "-hn", "--port=8080", "-p", "--clusterip=None", "--all",
    ]

    static let tables: [KubectlFlagTable] = [
        .globalOnly, .get, .delete, .exec, .apply, .expose, .label, .patch,
        KubectlFlagTable.createService["nodeport"] ?? .globalOnly,
    ]

    @Test func matchesTheStraightforwardSplitOnSeededCommandLines() {
        var random = SplitMix64(state: 3)
        for _ in 0..<2000 {
            let line = (0..<(1 + random.below(9))).map { _ in
                Self.vocabulary[random.below(Self.vocabulary.count)]
            }.joined(separator: " ")
            let words = KubectlArgumentsTests.words("kubectl " + line)
            let table = Self.tables[random.below(Self.tables.count)]
            let verbs = random.below(4)
            let fast = KubectlArguments(words, table: table, verbs: verbs)
            let simple = ReferenceSplit(words, table: table, verbs: verbs)
            #expect(Self.describe(fast) == simple.description, "\(line) verbs \(verbs)")
            let limit = 1 + random.below(3)
            let head = KubectlArguments(words, table: .globalOnly, positionals: limit)
            let whole = ReferenceSplit(words, table: .globalOnly, verbs: 0)
            #expect(
                head.positionals.map(\.range) == Array(whole.positionals.prefix(limit).map(\.range)),
                "\(line) first \(limit)")
        }
    }

    static func describe(_ parsed: KubectlArguments) -> String {
        ReferenceSplit.describe(
            positionals: parsed.positionals, flags: parsed.flags.map(ReferenceSplit.describe),
            afterDash: parsed.afterDash, unknown: parsed.unknownFlags.map { "\($0.text)@\($0.word.range)" },
            missing: parsed.missingValues.map(ReferenceSplit.describe))
    }
}

/// pflag splitting written plainly: one full split for the subcommand path, then one for all.
struct ReferenceSplit {
    var positionals: [ShellWord] = []
    var flags: [String] = []
    var afterDash: [ShellWord]?
    var unknown: [String] = []
    var missing: [String] = []
    var protected: [RecipeDiagnostics.SourceLocation] = []

    init(_ words: ArraySlice<ShellWord>, table: KubectlFlagTable, verbs: Int) {
        if verbs > 0 {
            protected = ReferenceSplit(words, table: .globalOnly, verbs: 0).positionals.prefix(verbs)
                .map(\.range.start)
        }
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            let text = word.value
            let bytes = Array(text.utf8)
            index += 1
            if bytes.first != UInt8(ascii: "-") || bytes.count == 1 {
                positionals.append(word)
            } else if text == "--" {
                if word.literal != nil {
                    afterDash = Array(words[index...])
                    return
                }
                positionals.append(word)
            } else if bytes[1] == UInt8(ascii: "-") {
                index = long(word, words, index, table)
            } else if bytes.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                positionals.append(word)
            } else {
                index = shorts(word, words, index, table)
            }
        }
    }

    private mutating func long(
        _ word: ShellWord, _ words: ArraySlice<ShellWord>, _ index: Int, _ table: KubectlFlagTable
    ) -> Int {
        let body = Array(word.value.utf8.dropFirst(2))
        let equals = body.firstIndex(of: UInt8(ascii: "="))
        let name = String(decoding: body[..<(equals ?? body.endIndex)], as: UTF8.self)
        let inline = equals.map { String(decoding: body[($0 + 1)...], as: UTF8.self) }
        guard let kind = table.kind(name) else {
            if !name.contains("\u{0}") { unknown.append("--\(name)@\(word.range)") }
            return index
        }
        let start = name.utf8.count + 3
        if kind == .value && inline == nil {
            if index < words.endIndex, !protected.contains(words[index].range.start) {
                flags.append(Self.describe(name, words[index].value, words[index], 0, word, false))
                return index + 1
            }
            missing.append(Self.describe(name, nil, nil, start, word, false))
            return index
        }
        flags.append(Self.describe(name, inline, inline == nil ? nil : word, start, word, inline != nil))
        return index
    }

    private mutating func shorts(
        _ word: ShellWord, _ words: ArraySlice<ShellWord>, _ index: Int, _ table: KubectlFlagTable
    ) -> Int {
        let characters = Array(word.value.utf8.dropFirst())
        var position = 0
        while position < characters.count {
            let character = Character(Unicode.Scalar(characters[position]))
            guard let name = table.short(characters[position]), let kind = table.kind(name) else {
                if character != "\u{0}" { unknown.append("-\(character)@\(word.range)") }
                return index
            }
            if kind == .bool || kind == .optionalValue {
                flags.append(Self.describe(name, nil, nil, 0, word, true))
                position += 1
                if position < characters.count, characters[position] == UInt8(ascii: "=") { return index }
                continue
            }
            var rest = position + 1
            if rest < characters.count, characters[rest] == UInt8(ascii: "=") { rest += 1 }
            if rest < characters.count {
                let value = String(decoding: characters[rest...], as: UTF8.self)
                flags.append(Self.describe(name, value, word, rest + 1, word, true))
                return index
            }
            guard index < words.endIndex, !protected.contains(words[index].range.start) else {
                missing.append(Self.describe(name, nil, nil, 0, word, true))
                return index
            }
            flags.append(Self.describe(name, words[index].value, words[index], 0, word, false))
            return index + 1
        }
        return index
    }

    static func describe(
        _ name: String, _ value: String?, _ valueWord: ShellWord?, _ start: Int, _ word: ShellWord,
        _ inline: Bool
    ) -> String {
        "\(name)=\(value ?? "-") in \(valueWord.map { "\($0.range)" } ?? "-") from \(start) of \(word.range) \(inline)"
    }

    static func describe(_ flag: KubectlArguments.Flag) -> String {
        describe(flag.name, flag.value, flag.valueWord, flag.valueStart, flag.word, flag.isInline)
    }

    static func describe(
        positionals: [ShellWord], flags: [String], afterDash: [ShellWord]?, unknown: [String],
        missing: [String]
    ) -> String {
        """
        positionals \(positionals.map(\.range)) flags \(flags) after -- \(afterDash.map { $0.map(\.range) } as Any)
        unknown \(unknown) missing \(missing)
        """
    }

    var description: String {
        Self.describe(positionals: positionals, flags: flags, afterDash: afterDash, unknown: unknown, missing: missing)
    }
}
