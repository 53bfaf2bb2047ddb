import ArgumentParser
import RecipeDiagnostics
import RecipeSite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prints diagnostics and summaries, and maps failures that stop a run to exit codes.
struct Reporter {
    let format: DiagnosticFormat
    let useColor: Bool

    init(format: DiagnosticFormat, color: ColorChoice) {
        self.format = format
        switch color {
        case .always: useColor = true
        case .never: useColor = false
        case .auto:
            let environment = ProcessEnvironment.self
            useColor = isatty(STDERR_FILENO) != 0 && (environment.value("NO_COLOR") ?? "").isEmpty
                && environment.value("TERM") != "dumb"
        }
    }

    /// Runs `body`; configuration and template problems exit 2, anything unexpected exits 3.
    func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ConfigurationError {
            emit(error.diagnostics, sources: { _ in error.text })
            throw ExitCode(2)
        } catch let error as TemplateError {
            emit(error.diagnostics, sources: { _ in nil })
            throw ExitCode(2)
        } catch let diagnostic as Diagnostic {
            emit([diagnostic], sources: { _ in nil })
            throw ExitCode(diagnostic.code == "RG5002" ? 1 : 2)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            emit([Diagnostic(code: "RG0003", message: "internal error: \(error)", range: SourceRange(line: 1, column: 1))], sources: { _ in nil })
            throw ExitCode(3)
        }
    }

    func report(_ result: SiteCheck) {
        emit(result.diagnostics, sources: { result.sources[$0] })
    }

    /// Diagnostics go to stdout for machine formats and to stderr for people.
    func emit(_ diagnostics: [Diagnostic], sources: @escaping (String) -> String?) {
        let text = format.render(diagnostics, source: sources, color: useColor)
        if format == .json || format == .github || format == .sarif {
            print(text, terminator: "")
        } else if !text.isEmpty {
            StandardError.write(text)
        }
    }
}

enum StandardError {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in _ = Glibc.write(STDERR_FILENO, buffer.baseAddress, buffer.count) }
    }
}

enum ProcessEnvironment {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
