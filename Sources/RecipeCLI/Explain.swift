import ArgumentParser
import RecipeDiagnostics

/// `recipegen explain RG2104`: what a diagnostic code means, with a wrong and a right example.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain a diagnostic code.")

    @Argument(help: "A code such as RG2104; with no code, list all codes.")
    var code: String?

    func run() throws {
        guard let id = code?.uppercased() else {
            for code in DiagnosticRegistry.all { print("\(code.id)  \(code.severity.rawValue.padding(7))  \(code.title)") }
            return
        }
        guard let code = DiagnosticRegistry.code(id) else {
            throw ValidationError("'\(id)' is not a recipegen diagnostic code; run 'recipegen explain' for the list")
        }
        print(Self.page(for: code), terminator: "")
    }

    /// The text printed for a code.
    static func page(for code: DiagnosticCode) -> String {
        func indent(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        }
        return """
            \(code.id): \(code.title) (\(code.severity.rawValue))

            \(code.explanation)

            Wrong:

            \(indent(code.wrongExample))

            Right:

            \(indent(code.rightExample))

            """
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
