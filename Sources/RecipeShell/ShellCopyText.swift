/// What a reader's copy button should copy from a shell fence.
public enum ShellCopyText {
    /// For a transcript (a ```` ```console ```` fence, or a script fence whose lines carry `$ `
    /// prompts): the commands and their continuation lines, without prompts or output. Nil for a
    /// plain script, which is copied as it is, and for a fence past `limits`.
    public static func commands(_ text: String, dialect: ShellDialect, limits: ShellLimits = .default) -> String? {
        if limits.violation(text) != nil { return nil }
        let original = Array(text.utf8)
        return commands(original, transcript: ShellTranscript(original, dialect: dialect))
    }

    /// The commands of a transcript whose lines `transcript` classified; nil for a script.
    static func commands(_ original: [UInt8], transcript: ShellTranscript) -> String? {
        guard let kinds = transcript.lines else { return nil }
        var out: [UInt8] = []
        for (index, range) in ShellTranscript.lineRanges(original).enumerated() where index < kinds.count {
            switch kinds[index] {
            case .command(let prompt), .continuation(let prompt):
                out += original[(range.lowerBound + prompt)..<range.upperBound]
                if out.last != 0x0A { out.append(0x0A) }
            case .output:
                continue
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
