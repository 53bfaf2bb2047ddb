import RecipeDiagnostics

/// The controls a code fence's info string carries after its language:
/// `title="svc.yaml"`, `ignore`, `fragment`, `invalid`, `invalid=RG2121`, `linenums`.
struct FenceAttributes: Hashable, Sendable {
    var language = ""
    var title: String?
    var ignore = false
    var fragment = false
    /// Set for a counter-example; holds the required code when one is named.
    var invalid: InvalidExpectation?
    var lineNumbers = false

    enum InvalidExpectation: Hashable, Sendable {
        case anyError
        case code(String)
    }

    static let known = ["title", "ignore", "fragment", "invalid", "linenums"]

    /// Parses `info`; problems are reported against `infoRange` (the info string on the fence line).
    static func parse(_ info: String, at start: SourceLocation) -> (FenceAttributes, [Diagnostic]) {
        var attributes = FenceAttributes()
        var diagnostics: [Diagnostic] = []
        let bytes = Array(info.utf8)
        var index = 0
        var first = true
        while index < bytes.count {
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
            guard index < bytes.count else { break }
            let wordStart = index
            var name = ""
            var value: String?
            while index < bytes.count, bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "\t"), bytes[index] != UInt8(ascii: "=") { index += 1 }
            name = String(decoding: bytes[wordStart..<index], as: UTF8.self)
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    index += 1
                    let valueStart = index
                    while index < bytes.count, bytes[index] != quote { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    if index < bytes.count { index += 1 }
                } else {
                    let valueStart = index
                    while index < bytes.count, bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "\t") { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            let range = SourceRange(line: start.line, column: start.column + wordStart, length: index - wordStart)
            if first && value == nil {
                attributes.language = name.lowercased()
                first = false
                continue
            }
            first = false
            if let problem = attributes.apply(name, value) {
                diagnostics.append(Diagnostic(code: "RG1010", message: problem.message, range: range, help: problem.help))
            }
        }
        return (attributes, diagnostics)
    }

    private mutating func apply(_ name: String, _ value: String?) -> (message: String, help: String?)? {
        switch (name, value) {
        case ("title", let value?) where !value.isEmpty: title = value
        case ("title", _): return ("fence attribute 'title' needs a value, as in title=\"service.yaml\"", nil)
        case ("ignore", nil): ignore = true
        case ("fragment", nil): fragment = true
        case ("linenums", nil): lineNumbers = true
        case ("invalid", nil): invalid = .anyError
        case ("invalid", let code?):
            guard DiagnosticRegistry.code(code) != nil else {
                return ("'\(code)' is not a recipegen diagnostic code", "write invalid=RGxxxx with a code from 'recipegen explain', or invalid alone")
            }
            invalid = .code(code)
        case (_, _) where Self.known.contains(name):
            return ("fence attribute '\(name)' takes no value", nil)
        default:
            let help = Suggestion.closest(to: name, in: Self.known).map { "did you mean '\($0)'?" }
                ?? "known attributes: " + Self.known.joined(separator: ", ")
            return ("unknown fence attribute '\(name)'", help)
        }
        return nil
    }
}
