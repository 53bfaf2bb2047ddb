import Foundation
import RecipeDiagnostics
import RecipeShell
import RecipeYAML

/// Parses and checks every shell fence of a folder of recipes:
///   recipegen-bench shell DIR [SECONDS]
///   recipegen-bench shell DIR --list     (prints each diagnostic, in fence coordinates)
/// Each file's Services come from its ```yaml fences (a small extraction, not the schema
/// module). Prints the diagnostic codes found once, then snippets per second.
enum ShellBenchmark {
    struct Snippet {
        var text: String
        var dialect: ShellDialect
    }

    struct Recipe {
        var path: String
        var snippets: [Snippet]
        var services: [ShellService]
    }

    static func run(_ arguments: ArraySlice<String>) {
        guard let directory = arguments.first else {
            print("usage: recipegen-bench shell DIR [SECONDS]")
            return
        }
        let seconds = arguments.dropFirst().first.flatMap(Double.init) ?? 3
        let recipes = load(directory)
        if arguments.dropFirst().first == "--list" {
            for recipe in recipes {
                for (index, diagnostic) in checkAll([recipe]).enumerated() {
                    print(
                        "\(recipe.path) [\(index)] \(diagnostic.range.start) \(diagnostic.code) \(diagnostic.severity): \(diagnostic.message)"
                    )
                }
            }
            return
        }
        let count = recipes.reduce(0) { $0 + $1.snippets.count }
        print("shell: \(recipes.count) files, \(count) shell fences")
        var codes: [String: Int] = [:]
        for diagnostic in checkAll(recipes) {
            codes["\(diagnostic.code) \(diagnostic.severity)", default: 0] += 1
        }
        for (code, number) in codes.sorted(by: { $0.key < $1.key }) {
            print("  \(code): \(number)")
        }
        Stopwatch.report("shell: fences parsed", itemsPerRun: count, seconds: seconds / 2) {
            for recipe in recipes {
                for snippet in recipe.snippets {
                    _ = ShellParser.parse(snippet.text, dialect: snippet.dialect)
                }
            }
        }
        Stopwatch.report("shell: fences parsed and checked", itemsPerRun: count, seconds: seconds) {
            _ = checkAll(recipes)
        }
    }

    static func checkAll(_ recipes: [Recipe]) -> [Diagnostic] {
        var all: [Diagnostic] = []
        for recipe in recipes {
            var context = ShellContext(
                services: recipe.services, validateService: validate,
                validateManifests: { text, origin in
                    let services = YAMLParser.parse(text, origin: origin).compactMap(\.root)
                        .compactMap { validate($0).service }
                    return (services, [])
                })
            for snippet in recipe.snippets {
                let parsed = ShellParser.parse(snippet.text, dialect: snippet.dialect)
                all += parsed.diagnostics
                all += ShellChecker.check(parsed.script, context: &context)
            }
        }
        return all
    }

    /// Reads the fences of every Markdown file under `directory`.
    static func load(_ directory: String) -> [Recipe] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory) else { return [] }
        var recipes: [Recipe] = []
        for case let path as String in enumerator where path.hasSuffix(".md") {
            guard let text = try? String(contentsOfFile: directory + "/" + path, encoding: .utf8)
            else { continue }
            var recipe = Recipe(path: path, snippets: [], services: [])
            for fence in fences(text) {
                if let dialect = ShellDialect(infoString: fence.info) {
                    recipe.snippets.append(Snippet(text: fence.body, dialect: dialect))
                } else if fence.info.hasPrefix("yaml") || fence.info.hasPrefix("yml") {
                    recipe.services += YAMLParser.parse(fence.body).compactMap(\.root).compactMap {
                        validate($0).service
                    }
                }
            }
            recipes.append(recipe)
        }
        return recipes
    }

    /// Fenced blocks opened by three or more backticks or tildes.
    static func fences(_ text: String) -> [(info: String, body: String)] {
        var result: [(info: String, body: String)] = []
        var open: (marker: String, info: String, lines: [Substring])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if var current = open {
                if trimmed.hasPrefix(current.marker)
                    && trimmed.allSatisfy({ $0 == current.marker.first })
                {
                    result.append((current.info, current.lines.joined(separator: "\n") + "\n"))
                    open = nil
                } else {
                    current.lines.append(line)
                    open = current
                }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let marker = String(trimmed.prefix { $0 == trimmed.first })
                open = (marker, String(trimmed.dropFirst(marker.count)).lowercased(), [])
            }
        }
        return result
    }

    /// The Service facts of a manifest node (no schema rules).
    static func validate(_ node: YAMLNode) -> ServiceCheck {
        ServiceCheck(service: ShellService(manifest: node), diagnostics: [])
    }
}
