import RecipeDiagnostics
import Testing

@testable import RecipeShell

/// Each RG30xx–RG32xx code's registered examples: the wrong one fires the code, the right one
/// does not (shellcheck's example pairs).
@Suite struct ShellCodeExampleTests {
    static let codes = DiagnosticRegistry.all.filter { $0.id.hasPrefix("RG3") }.map(\.id)

    @Test func everyShellCodeIsRegistered() {
        #expect(
            Self.codes == [
                "RG3001", "RG3002", "RG3003", "RG3004", "RG3005", "RG3006", "RG3007", "RG3101", "RG3102", "RG3103",
                "RG3104",
                "RG3105", "RG3201", "RG3202", "RG3203", "RG3204", "RG3205", "RG3206",
            ])
    }

    @Test(arguments: codes.filter { $0 != "RG3007" })  // RG3007's wrong example is abbreviated
    func wrongExampleFires(_ id: String) throws {
        let code = try #require(DiagnosticRegistry.code(id))
        #expect(
            checkSummary(code.wrongExample).contains { $0.hasPrefix(id) },
            "\(id): \(code.wrongExample)")
    }

    @Test(arguments: codes.filter { $0 != "RG3105" })  // RG3105's right example is Markdown
    func rightExampleDoesNotFire(_ id: String) throws {
        let code = try #require(DiagnosticRegistry.code(id))
        #expect(
            !checkSummary(code.rightExample).contains { $0.hasPrefix(id) },
            "\(id): \(code.rightExample)")
    }
}
