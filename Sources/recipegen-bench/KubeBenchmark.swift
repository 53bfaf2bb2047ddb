import Foundation
import RecipeDiagnostics
import RecipeKube
import RecipeYAML

/// Validates the YAML manifests of a folder of recipes (or a built-in set) and prints manifests
/// per second:
///   recipegen-bench kube [DIR] [--seconds S] [--versions 1.28+] [--print]
/// Every ```yaml / ```yml fence of every .md file under DIR is parsed (with its Markdown
/// position), validated, and cross-checked per recipe, as the site does it.
enum KubeBenchmark {
    /// The fences of one recipe.
    struct Recipe {
        var path: String
        var fences: [(text: String, origin: EmbeddedSource)]
    }

    static func run(_ arguments: ArraySlice<String>) {
        var seconds = 2.0
        var versions = KubernetesVersionRange.defaultRange
        var directory: String?
        var printDiagnostics = false
        var rest = arguments
        while let argument = rest.popFirst() {
            switch argument {
            case "--seconds": seconds = rest.popFirst().flatMap(Double.init) ?? seconds
            case "--print": printDiagnostics = true
            case "--versions":
                versions =
                    rest.popFirst().flatMap(KubernetesVersionRange.init(parsing:)) ?? versions
            default: directory = argument
            }
        }
        let recipes = directory.map(load) ?? builtIn()
        let options = ValidationOptions(versions: versions)
        var manifests = 0
        var codes: [String: Int] = [:]
        for recipe in recipes {
            let (count, diagnostics) = check(recipe, options: options)
            manifests += count
            for diagnostic in diagnostics {
                codes[diagnostic.code, default: 0] += 1
                if printDiagnostics {
                    print(
                        "\(recipe.path):\(diagnostic.range.start): \(diagnostic.severity) \(diagnostic.code) \(diagnostic.message)"
                    )
                }
            }
        }
        let fences = recipes.reduce(0) { $0 + $1.fences.count }
        print("kube: \(recipes.count) recipes, \(fences) yaml fences, \(manifests) manifests")
        print(
            "kube: diagnostics by code: \(codes.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " "))"
        )
        guard manifests > 0 else { return }
        Stopwatch.report(
            "kube: manifests parsed, validated and cross-checked",
            itemsPerRun: manifests,
            seconds: seconds
        ) {
            for recipe in recipes { _ = check(recipe, options: options) }
        }
        let parsed = recipes.map { recipe in
            recipe.fences.map { YAMLParser.parse($0.text, origin: $0.origin) }
        }
        Stopwatch.report(
            "kube: manifests validated and cross-checked (YAML parsed once)",
            itemsPerRun: manifests,
            seconds: seconds
        ) {
            for documents in parsed {
                var objects: [KubeObject] = []
                for fence in documents {
                    objects += ManifestValidator.validate(fence, options: options).objects
                }
                _ = CrossResourceChecker.check(objects)
            }
        }
    }

    /// Parses, validates and cross-checks one recipe; returns the number of manifests.
    static func check(_ recipe: Recipe, options: ValidationOptions) -> (Int, [Diagnostic]) {
        var objects: [KubeObject] = []
        var diagnostics: [Diagnostic] = []
        for fence in recipe.fences {
            let report = ManifestValidator.validate(
                YAMLParser.parse(fence.text, origin: fence.origin),
                options: options
            )
            objects += report.objects
            diagnostics += report.diagnostics
        }
        diagnostics += CrossResourceChecker.check(objects)
        return (objects.count, diagnostics)
    }

    /// Every .md file under `directory`, sorted by path.
    static func load(_ directory: String) -> [Recipe] {
        let root = URL(fileURLWithPath: directory)
        guard
            let enumerator = FileManager.default.enumerator(
                at: root,
                includingPropertiesForKeys: nil
            )
        else {
            print("kube: cannot read \(directory)")
            return []
        }
        var recipes: [Recipe] = []
        for case let url as URL in enumerator where url.pathExtension == "md" {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            recipes.append(Recipe(path: url.path, fences: yamlFences(text)))
        }
        return recipes.sorted { $0.path < $1.path }
    }

    /// The ```yaml / ```yml fences of a Markdown text, with where their content starts.
    static func yamlFences(_ text: String) -> [(text: String, origin: EmbeddedSource)] {
        var fences: [(text: String, origin: EmbeddedSource)] = []
        var open: (lines: [Substring], start: Int, fence: Substring, isYAML: Bool)?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let trimmed = line.drop { $0 == " " }
            if var current = open {
                if trimmed.hasPrefix(current.fence)
                    && trimmed.allSatisfy({ $0 == "`" || $0 == " " || $0 == "\r" })
                {
                    if current.isYAML {
                        fences.append(
                            (
                                current.lines.joined(separator: "\n") + "\n",
                                EmbeddedSource(startLine: current.start)
                            )
                        )
                    }
                    open = nil
                } else if current.isYAML {
                    current.lines.append(line)
                    open = current
                }
                continue
            }
            guard trimmed.hasPrefix("```") else { continue }
            let ticks = trimmed.prefix { $0 == "`" }
            let info = trimmed.dropFirst(ticks.count).split(separator: " ").first ?? ""
            open = ([], index + 2, ticks, info == "yaml" || info == "yml")
        }
        return fences
    }

    /// Three small recipes: a Deployment with its Service, a headless StatefulSet, and an
    /// ExternalName.
    static func builtIn() -> [Recipe] {
        let web = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web, tier: frontend}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      ports:
                        - {name: http, containerPort: 8080}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: web
              labels: {app: web}
            spec:
              type: NodePort
              selector: {app: web}
              ports:
                - name: http
                  port: 80
                  targetPort: http
                  nodePort: 30080

            """
        let db = """
            apiVersion: v1
            kind: Service
            metadata:
              name: db
            spec:
              clusterIP: None
              selector: {app: db}
              ports:
                - {name: pg, port: 5432}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: legacy-db
            spec:
              type: ExternalName
              externalName: db.example.com

            """
        return [
            Recipe(path: "web", fences: [(web, EmbeddedSource(startLine: 10))]),
            Recipe(path: "db", fences: [(db, EmbeddedSource(startLine: 20))]),
        ]
    }
}
