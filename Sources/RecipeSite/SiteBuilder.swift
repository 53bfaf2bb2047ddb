import Foundation
import RecipeDiagnostics

/// What `check` and `build` are told.
public struct BuildOptions: Sendable {
    public var content = "Content"
    public var templates = "Templates"
    public var output = "Output"
    /// The site configuration file; read when it exists.
    public var config = "recipegen.yaml"
    public var baseURL: String?
    public var drafts = false
    public var strict = false
    /// Only report diagnostics for these files (all files are still checked for site-wide rules).
    public var only: [String] = []

    public init() {}
}

/// The outcome of checking a whole site.
public struct SiteCheck: Sendable {
    public var config: SiteConfig
    public var recipes: [CheckedRecipe]
    /// All diagnostics, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// Texts of the files diagnostics name, for excerpts.
    public var sources: [String: String]
    let resolver: LinkResolver
    let contentDirectory: String

    /// Whether the build must stop: errors, or warnings under `strict`.
    public func fails(strict: Bool) -> Bool {
        diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }
}

/// Checks and builds a recipe site.
public enum SiteBuilder {
    /// Reads the configuration and every recipe, and checks them all. Throws a diagnostic when
    /// the site cannot be read at all (no content folder); problems in files are collected.
    public static func check(_ options: BuildOptions) throws -> SiteCheck {
        var (config, diagnostics) = try loadConfig(options)
        if let baseURL = options.baseURL { config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        let (files, loadDiagnostics) = try ContentLoader.load(directory: options.content)
        diagnostics += loadDiagnostics
        let resolver = LinkResolver(slugs: SlugIndex.build(files), fileURLs: config.fileURLs)
        let checker = RecipeChecker(config: config, links: resolver)
        var recipes = ParallelMap.map(files) { checker.check($0) }
        if !options.drafts { recipes.removeAll { $0.frontMatter?.draft == true } }
        diagnostics += recipes.flatMap(\.diagnostics)
        diagnostics += SiteRules.unusableSlugs(recipes)
        diagnostics += SiteRules.duplicateSlugs(recipes)
        diagnostics += SiteRules.links(recipes, resolver: resolver, contentDirectory: options.content)
        diagnostics += SiteRules.caseCollisions(recipes, resolver: resolver)
        if !options.only.isEmpty {
            let wanted = Set(options.only.map(Self.normalize))
            diagnostics.removeAll { diagnostic in diagnostic.file.map { !wanted.contains(Self.normalize($0)) } ?? false }
        }
        var sources: [String: String] = [:]
        for file in files { sources[file.path] = file.text }
        return SiteCheck(
            config: config, recipes: recipes, diagnostics: diagnostics.sorted(), sources: sources,
            resolver: resolver, contentDirectory: options.content)
    }

    /// Checks the site and, when nothing fails, writes it to `options.output` atomically.
    public static func build(_ options: BuildOptions) throws -> SiteCheck {
        var result = try check(options)
        guard !result.fails(strict: options.strict) else { return result }
        let templates = try TemplateSet.load(directory: options.templates)
        let renderer = SiteRenderer(config: result.config, templates: templates, recipes: result.recipes)
        let files = renderer.render() + ContentFiles.published(result.recipes, resolver: result.resolver, contentDirectory: options.content)
        result.diagnostics += renderer.diagnostics
        guard !result.fails(strict: options.strict) else { return result }
        try OutputWriter.write(files, to: options.output, protecting: [options.content, options.templates])
        return result
    }

    private static func loadConfig(_ options: BuildOptions) throws -> (SiteConfig, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: options.config) else { return (SiteConfig(), []) }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw Diagnostic(code: "RG0002", message: "'\(options.config)' is not valid UTF-8 text", file: options.config, range: SourceRange(line: 1, column: 1))
        }
        let (config, diagnostics) = SiteConfig.load(text: text, file: options.config)
        if diagnostics.hasErrors { throw ConfigurationError(diagnostics: diagnostics, text: text) }
        return (config, diagnostics)
    }

    private static func normalize(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }
}

/// The configuration file has errors; the build cannot start.
public struct ConfigurationError: Error, Sendable {
    public var diagnostics: [Diagnostic]
    /// The configuration's text, for excerpts.
    public var text: String
}
