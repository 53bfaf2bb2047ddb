import RecipeDiagnostics

/// A kubectl argv split by pflag's rules: interspersed flags, `--name=value`, `--name value`,
/// `-n value`, `-nvalue`, `-n=value`, combined boolean shorthands, and `--`.
struct KubectlArguments {
    /// A flag as given on the command line.
    struct Flag {
        /// The long name (shorthands are resolved).
        var name: String
        /// The value, when the flag has one.
        var value: String?
        /// The word that holds the value and the index in its value where the value starts.
        var valueWord: ShellWord?
        var valueStart: Int
        /// The word of the flag itself.
        var word: ShellWord
        /// Whether the value came in the same word (`--tcp=80`).
        var isInline: Bool
    }

    var positionals: [ShellWord] = []
    var flags: [Flag] = []
    /// The words after `--`, or nil without `--`.
    var afterDash: [ShellWord]?
    /// How many positionals came before `--`.
    var unknownFlags: [(text: String, word: ShellWord)] = []
    var missingValues: [Flag] = []

    /// Words that are never taken as a flag's value (the subcommand words), by start position.
    private var protected: [SourceLocation] = []

    /// Splits `words` using `table`; unknown flags are collected, not fatal. The first
    /// `verbs` positional arguments under the global flags (the subcommand path) stay
    /// positional whatever flag stands before them.
    init(_ words: ArraySlice<ShellWord>, table: KubectlFlagTable, verbs: Int = 0) {
        if verbs > 0 {
            let head = KubectlArguments(words, table: .globalOnly, positionals: verbs)
            protected = head.positionals.map(\.range.start)
        }
        split(words, table: table, positionals: Int.max)
    }

    /// Splits `words` until `positionals` positional arguments are found: the same first
    /// positionals and flags as a whole split, for the price of the words up to them.
    init(_ words: ArraySlice<ShellWord>, table: KubectlFlagTable, positionals: Int) {
        split(words, table: table, positionals: positionals)
    }

    private mutating func split(_ words: ArraySlice<ShellWord>, table: KubectlFlagTable, positionals limit: Int) {
        var index = words.startIndex
        while index < words.endIndex, positionals.count < limit {
            let word = words[index]
            let text = word.value
            let bytes = text.utf8
            index += 1
            if bytes.first != UInt8(ascii: "-") || bytes.count == 1 {
                positionals.append(word)
            } else if bytes.count == 2, text == "--" {
                if word.literal != nil {
                    afterDash = Array(words[index...])
                    return
                }
                positionals.append(word)
            } else if bytes.dropFirst().first == UInt8(ascii: "-") {
                index = long(word, text, words, index, table)
            } else if bytes.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                positionals.append(word)  // a negative number
            } else {
                index = shorts(word, text, words, index, table)
            }
        }
    }

    private mutating func long(
        _ word: ShellWord, _ text: String, _ words: ArraySlice<ShellWord>, _ index: Int,
        _ table: KubectlFlagTable
    ) -> Int {
        let body = text.utf8.dropFirst(2)
        let equals = body.firstIndex(of: UInt8(ascii: "="))
        let name = String(decoding: body[..<(equals ?? body.endIndex)], as: UTF8.self)
        let inline = equals.map { String(decoding: body[body.index(after: $0)...], as: UTF8.self) }
        guard let kind = table.kind(name) else {
            if !name.contains("\u{0}") { unknownFlags.append(("--" + name, word)) }
            return index
        }
        let start = name.utf8.count + 3
        var flag = Flag(
            name: name, value: inline, valueWord: inline == nil ? nil : word, valueStart: start,
            word: word, isInline: inline != nil)
        if kind == .value && inline == nil {
            if index < words.endIndex, !protected.contains(words[index].range.start) {
                flag.value = words[index].value
                flag.valueWord = words[index]
                flag.valueStart = 0
                flags.append(flag)
                return index + 1
            }
            missingValues.append(flag)
            return index
        }
        flags.append(flag)
        return index
    }

    private mutating func shorts(
        _ word: ShellWord, _ text: String, _ words: ArraySlice<ShellWord>, _ index: Int,
        _ table: KubectlFlagTable
    ) -> Int {
        let characters = text.utf8.dropFirst()
        var position = characters.startIndex
        while position < characters.endIndex {
            let byte = characters[position]
            guard let name = table.short(byte), let kind = table.kind(name) else {
                if byte != 0 {
                    let character = Character(Unicode.Scalar(byte))
                    unknownFlags.append(("-" + String(character), word))
                }
                return index
            }
            var flag = Flag(
                name: name, value: nil, valueWord: nil, valueStart: 0, word: word, isInline: true)
            if kind == .bool || kind == .optionalValue {
                flags.append(flag)
                characters.formIndex(after: &position)
                if position < characters.endIndex, characters[position] == UInt8(ascii: "=") {
                    return index
                }
                continue
            }
            var rest = characters.index(after: position)
            if rest < characters.endIndex, characters[rest] == UInt8(ascii: "=") {
                characters.formIndex(after: &rest)
            }
            if rest < characters.endIndex {
                flag.value = String(Substring(characters[rest...]))
                flag.valueWord = word
                flag.valueStart = text.utf8.distance(from: text.utf8.startIndex, to: rest)
                flags.append(flag)
                return index
            }
            guard index < words.endIndex, !protected.contains(words[index].range.start) else {
                missingValues.append(flag)
                return index
            }
            flag.value = words[index].value
            flag.valueWord = words[index]
            flag.isInline = false
            flags.append(flag)
            return index + 1
        }
        return index
    }

    /// The flags named `name`, in order.
    func all(_ name: String) -> [Flag] { flags.filter { $0.name == name } }

    /// The last flag named `name` (pflag keeps the last of a scalar flag).
    func last(_ name: String) -> Flag? { flags.last { $0.name == name } }

    func has(_ name: String) -> Bool { flags.contains { $0.name == name } }
}
