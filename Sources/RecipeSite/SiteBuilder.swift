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
    /// Where check results are kept between runs; nil checks every recipe every time.
    public var cache: String?
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
        let slugs = SlugIndex.build(files)
        let resolver = LinkResolver(slugs: slugs, fileURLs: config.fileURLs)
        let checker = RecipeChecker(config: config, links: resolver)
        let cache = options.cache.map { CheckCache(directory: $0, config: config, slugs: slugs) }
        cache?.prepare()
        let progress = BuildProgress.current
        progress?.expectRecipes(files.count)
        var recipes = ParallelMap.map(files) { file in
            defer { progress?.recipeChecked() }
            if let cached = cache?.load(file) { return cached }
            let recipe = checker.check(file)
            cache?.store(recipe)
            return recipe
        }
        if let cache { cache.prune(keeping: Set(files.map(cache.key))) }
        if !options.drafts { recipes.removeAll { $0.frontMatter?.draft == true } }
        if config.gitDates {
            let dates = GitDates.lastModified(in: options.content)
            for index in recipes.indices { recipes[index].updated = dates[recipes[index].file.relativePath] }
        }
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
        var clock = PhaseClock()
        let templates = try TemplateSet.load(directory: options.templates)
        let renderer = SiteRenderer(config: result.config, templates: templates, recipes: result.recipes)
        clock.lap("index")
        let files = renderer.render() + ContentFiles.published(result.recipes, resolver: result.resolver, contentDirectory: options.content)
        clock.lap("render")
        result.diagnostics += renderer.diagnostics
        guard !result.fails(strict: options.strict) else { return result }
        try OutputWriter.write(files, to: options.output, protecting: [options.content, options.templates])
        clock.lap("write")
        BuildProgress.current?.filesWritten(files.count)
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

/// Phase times on stderr when RECIPEGEN_PHASE_TIMES is set, for profiling builds.
struct PhaseClock {
    private static let enabled = ProcessInfo.processInfo.environment["RECIPEGEN_PHASE_TIMES"] != nil
    private var last = DispatchTime.now()
    /// The process's CPU time on all threads, which on a busy machine says more than the wall clock.
    private var lastCPU = clock()

    mutating func lap(_ name: String) {
        guard Self.enabled else { return }
        let now = DispatchTime.now()
        let milliseconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6
        let cpu = clock()
        let cpuMilliseconds = Int(cpu - lastCPU) / Int(CLOCKS_PER_SEC / 1000)
        FileHandle.standardError.write(Data("phase \(name): \(Int(milliseconds)) ms, \(cpuMilliseconds) ms CPU\n".utf8))
        last = now
        lastCPU = cpu
    }
}
