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
    /// For each recipe file, by path, a key of everything its checked result depends on (its
    /// check cache key and the slugs of the recipes it links to); empty without a cache.
    var contentKeys: [String: String] = [:]
    /// Paths of the recipes read from the cache without their body (see ``SiteBuilder/build(_:)``).
    var bodiesNotLoaded: Set<String> = []
    /// Reads a recipe's body from the cache, or checks it again when the cache lost it.
    var loadBody: @Sendable (RecipeFile) -> String = { _ in "" }

    /// Whether the build must stop: errors, or warnings under `strict`.
    public func fails(strict: Bool) -> Bool {
        diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }
}

/// Checks and builds a recipe site.
public enum SiteBuilder {
    /// Reads the configuration and every recipe, and checks them all. Throws a diagnostic when
    /// the site cannot be read at all (no content folder); problems in files are collected.
    /// With `rendering` false the recipes get no body HTML (no diagrams drawn, no code
    /// highlighted), only what diagnostics need: `recipegen check` runs it that way.
    public static func check(_ options: BuildOptions, rendering: Bool = true) throws -> SiteCheck {
        try check(options, rendering: rendering, loadingBodies: true)
    }

    /// ``check(_:rendering:)``, where `loadingBodies` false leaves the bodies of recipes the cache
    /// holds unread (listed in ``SiteCheck/bodiesNotLoaded``).
    static func check(_ options: BuildOptions, rendering: Bool, loadingBodies: Bool) throws -> SiteCheck {
        var clock = PhaseClock()
        var (config, diagnostics) = try loadConfig(options)
        if let baseURL = options.baseURL { config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        let (files, loadDiagnostics) = try ContentLoader.load(directory: options.content)
        diagnostics += loadDiagnostics
        let slugs = SlugIndex.build(files)
        let resolver = LinkResolver(slugs: slugs, fileURLs: config.fileURLs)
        let checker = RecipeChecker(config: config, links: resolver, rendersPages: rendering)
        let cache = options.cache.map { CheckCache(directory: $0, config: config, slugs: slugs) }
        cache?.prepare()
        let progress = BuildProgress.current
        progress?.expectRecipes(files.count)
        clock.lap("load")
        let checked = ParallelMap.map(files) { file -> (CheckedRecipe, cached: Bool, key: String) in
            defer { progress?.recipeChecked() }
            guard let cache else { return (checker.check(file), false, "") }
            let key = cache.key(for: file)
            // An entry from a check-only run has no page: a build checks that recipe again.
            if let cached = cache.load(file, key: key, body: loadingBodies && rendering), cached.rendered || !rendering {
                return (cached, true, key)
            }
            let recipe = checker.check(file)
            cache.store(recipe, key: key)
            return (recipe, false, key)
        }
        var recipes = checked.map(\.0)
        clock.lap("check")
        var contentKeys: [String: String] = [:]
        if let cache {
            for (file, result) in zip(files, checked) { contentKeys[file.path] = CheckCache.contentKey(result.key, result.0) }
            cache.prune(keeping: Set(checked.map(\.key)))
        }
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
        clock.lap("site rules")
        var result = SiteCheck(
            config: config, recipes: recipes, diagnostics: diagnostics.sorted(), sources: sources,
            resolver: resolver, contentDirectory: options.content, contentKeys: contentKeys)
        if !loadingBodies, let cache {
            result.bodiesNotLoaded = Set(checked.filter(\.cached).map(\.0.file.path))
            result.loadBody = { file in cache.loadBody(file) ?? checker.check(file).bodyHTML }
        }
        return result
    }

    /// Checks the site and, when nothing fails, writes it to `options.output` atomically.
    /// With a cache, the returned recipes that came from it have no `bodyHTML` (it is read only
    /// for the pages rendered); ``check(_:)`` gives every body.
    public static func build(_ options: BuildOptions) throws -> SiteCheck {
        var result = try check(options, rendering: true, loadingBodies: false)
        guard !result.fails(strict: options.strict) else { return result }
        let progress = BuildProgress.current
        progress?.enter(.rendering)
        var clock = PhaseClock()
        let templates = try TemplateSet.load(directory: options.templates)
        var renderer = SiteRenderer(config: result.config, templates: templates, recipes: result.recipes)
        clock.lap("index")
        let pageCache = options.cache.map { PageCache(directory: $0, output: options.output) }
        var keys: [String: String] = [:]
        if let pageCache {
            keys = PageKeys(
                recipes: result.recipes, contentKeys: result.contentKeys, config: result.config, templates: options.templates,
                searchIndexPath: renderer.searchIndexPath, assetPaths: renderer.assetPaths
            ).keys
            renderer.reused = Set(keys.filter { pageCache.reusable($0.key, key: $0.value) }.map(\.key))
            clock.lap("page keys")
        }
        loadBodies(of: &renderer, result)
        clock.lap("bodies")
        let files = renderer.render() + ContentFiles.published(result.recipes, resolver: result.resolver, contentDirectory: options.content)
        clock.lap("render")
        result.diagnostics += renderer.diagnostics
        guard !result.fails(strict: options.strict) else { return result }
        progress?.enter(.writing)
        try write(files, reusing: renderer.reused, keys: keys, pageCache: pageCache, options: options)
        clock.lap("write")
        progress?.filesWritten(files.count + renderer.reused.count)
        return result
    }

    /// Reads the bodies of the recipes whose pages will be rendered, where the check left them unread.
    private static func loadBodies(of renderer: inout SiteRenderer, _ result: SiteCheck) {
        guard !result.bodiesNotLoaded.isEmpty else { return }
        let recipes = renderer.recipes
        let needed = recipes.indices.filter { index in
            result.bodiesNotLoaded.contains(recipes[index].file.path) && !renderer.reused.contains("recipes/\(recipes[index].slug)/index.html")
        }
        let bodies = ParallelMap.map(needed) { result.loadBody(recipes[$0].file) }
        for (index, body) in zip(needed, bodies) { renderer.recipes[index].bodyHTML = body }
    }

    /// Writes the new output: `files` (the last one wins where two share a path), and the old
    /// output's files at the `reused` paths and wherever a file's bytes are the ones already
    /// there; then records what was written for the next build. An output that already is the
    /// new site, file for file, is left as it is.
    private static func write(_ files: [OutputFile], reusing reused: Set<String>, keys: [String: String], pageCache: PageCache?, options: BuildOptions) throws {
        var last: [String: Int] = [:]
        for (index, file) in files.enumerated() { last[file.path] = index }
        let hashes = pageCache == nil ? [] : ParallelMap.map(files) { PageCache.hash($0.bytes) }
        var written: [OutputFile] = []
        var linked = reused.filter { last[$0] == nil }
        var records: [String: (key: String, hash: UInt64)] = [:]
        for (index, file) in files.enumerated() where last[file.path] == index {
            guard let pageCache else {
                written.append(file)
                continue
            }
            records[file.path] = (keys[file.path] ?? "", hashes[index])
            if pageCache.holds(file.path, hash: hashes[index], size: file.bytes.count) {
                linked.insert(file.path)
            } else {
                written.append(file)
            }
        }
        if let pageCache {
            for path in reused where last[path] == nil { records[path] = (keys[path] ?? "", pageCache.hash(of: path) ?? 0) }
        }
        let sources = [options.content, options.templates]
        // Nothing to write and every old file reused: the output is already the new site.
        let unchanged = written.isEmpty && pageCache.map { linked.count == $0.previous.count } == true
        if unchanged, try OutputWriter.keep(linked, at: options.output, protecting: sources) {
            if let pageCache, !pageCache.records(records) { pageCache.save(records) }
            return
        }
        try OutputWriter.write(written, reusing: linked.sorted(), to: options.output, protecting: sources)
        pageCache?.save(records)
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
