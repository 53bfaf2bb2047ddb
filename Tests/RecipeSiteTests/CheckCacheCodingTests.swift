import Foundation
import RecipeDiagnostics
import RecipeTestSupport
import Testing

@testable import RecipeSite

/// The check cache's binary entries: every field survives a round trip, and a damaged, cut or
/// foreign entry is a miss, never a crash.
@Suite struct CheckCacheCodingTests {
    /// A recipe with every front matter field set, Unicode text, and examples that give
    /// diagnostics with notes, help, labels and field paths.
    static let hostile = """
        ---
        title: "Ünïcödé — 日本語 🚀 title"
        description: A recipe that sets every field of the front matter and breaks its examples.
        category: networking
        difficulty: advanced
        time: 20 minutes
        kubernetes: "1.28+"
        tags: [services, edge-cases]
        date: 2028-02-29
        draft: true
        author: Zoë Ödegaard
        slug: every-field
        ---

        ## Service — 🚀

        ```yaml
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector:
            app: web
          ports:
            - port: 80
              targetPort: http
              nodePort: 99999
            - port: 80
              protocol: SCTPX
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: other
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
                - name: web
                  image: nginx
                  ports:
                    - containerPort: 8080
                      name: web
        ```

        ```sh
        kubectl expose deployment web --port=80 --target-port=http
        kubectl get svc web -o jsonpath='{.spec.clusterIP
        echo "$(unterminated
        ```

        ```mermaid
        flowchart LR
          A --> B
          B --> |broken
        ```

        See [missing](missing.md#nowhere) and [self](#no-such-heading).

        > [!NOTE]
        > A note.
        """

    /// The recipes the round trip covers: the repository's content, corruptions of it, and
    /// ``hostile`` with a dated draft variant.
    static func recipes() -> [CheckedRecipe] {
        var files = CheckOnlyTests.contentRecipes()
        for (index, file) in files.enumerated() {
            for text in CheckOnlyTests.corruptions(of: file.text, seed: UInt64(index) + 100, count: 8) {
                files.append(RecipeFile(path: file.path, relativePath: file.relativePath, text: text))
            }
        }
        files.append(RecipeFile(path: "Content/networking/every-field.md", relativePath: "networking/every-field.md", text: hostile))
        files.append(RecipeFile(path: "Content/networking/every-field-crlf.md", relativePath: "networking/every-field-crlf.md",
            text: hostile.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "2028-02-29", with: "2026-02-29")))
        let resolver = LinkResolver(slugs: SlugIndex.build(files), fileURLs: false)
        let checker = RecipeChecker(config: SiteConfig(), links: resolver)
        return files.enumerated().map { index, file in
            var recipe = checker.check(file)
            if index % 3 == 0 {
                recipe.updated = RecipeDate("2025-12-3\(index % 2)")
                recipe.linkedSlugs["Content/ä/\(index).md"] = index % 2 == 0 ? "" : "slug-\(index)"
            }
            return recipe
        }
    }

    static func json(_ recipe: CheckedRecipe) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(recipe), as: UTF8.self)
    }

    static func decode(_ bytes: [UInt8]) throws -> CheckedRecipe {
        var reader = CacheReader(bytes)
        let recipe = try CheckedRecipe(from: &reader)
        guard reader.isAtEnd else { throw CacheReader.Damage.badFraming }
        return recipe
    }

    static func encode(_ recipe: CheckedRecipe) -> [UInt8] {
        var writer = CacheWriter()
        recipe.write(to: &writer)
        return writer.bytes
    }

    /// Binary round trips give the same JSON as the value before: the JSON (Codable) form has
    /// every stored field, so a field added to a type's Codable form but forgotten in its
    /// ``CacheCodable`` form fails here.
    @Test func roundTripKeepsEveryField() throws {
        let recipes = Self.recipes()
        for recipe in recipes {
            let bytes = Self.encode(recipe)
            let decoded = try Self.decode(bytes)
            #expect(try Self.json(decoded) == Self.json(recipe), "\(recipe.file.path)")
            #expect(Self.encode(decoded) == bytes, "\(recipe.file.path): the bytes are not deterministic")
            // The cache's entry, with its header and checksum, as stored (no text, no body).
            var stored = recipe
            stored.file.text = ""
            stored.bodyHTML = ""
            let entry = try #require(CheckCache.recipe(fromEntry: CheckCache.entry(stored)))
            #expect(try Self.json(entry) == Self.json(stored), "\(recipe.file.path)")
        }
        // The recipes reach every optional part of a diagnostic and of the front matter.
        let diagnostics = recipes.flatMap(\.diagnostics)
        #expect(diagnostics.contains { $0.fieldPath != nil })
        #expect(diagnostics.contains { $0.label != nil })
        #expect(diagnostics.contains { $0.help != nil })
        #expect(diagnostics.contains { $0.file != nil })
        #expect(diagnostics.contains { $0.notes.contains { $0.range != nil && $0.file != nil } })
        #expect(Set(diagnostics.map(\.severity)).count >= 2)
        let every = try #require(recipes.first { $0.file.relativePath == "networking/every-field.md" }?.frontMatter)
        #expect(every.difficulty == .advanced && every.time != nil && every.kubernetes != nil && every.date != nil)
        #expect(every.draft && every.author == "Zoë Ödegaard" && every.slug == "every-field" && every.ranges.count == 11)
        #expect(recipes.contains { !$0.links.isEmpty } && recipes.contains { !$0.headings.isEmpty })
        #expect(recipes.contains { $0.diagrams > 0 } && recipes.contains { !$0.manifests.isEmpty && $0.checkedExamples > 0 })
    }

    /// One random value of the kinds the writer has, written and read back.
    enum Primitive: Equatable {
        case int(Int), unsigned(UInt64), string(String), bool(Bool), strings([String]), table([String: Int]), optional(String?)

        static let alphabet: [String] = ["a", "Z", "0", " ", "\n", "\u{0}", "é", "ß", "—", "日", "本", "🚀", "👩‍👩‍👧", "\u{10FFFF}"]

        static func random(_ random: inout SplitMix64) -> Primitive {
            func string() -> String {
                (0..<random.below(12)).map { _ in alphabet[random.below(alphabet.count)] }.joined()
            }
            func int() -> Int {
                switch random.below(4) {
                case 0: [Int.min, Int.max, 0, -1, 1, 63, 64, -64, -65, 127, 128][random.below(11)]
                case 1: Int(truncatingIfNeeded: random.next())
                default: random.below(300) - 150
                }
            }
            switch random.below(7) {
            case 0: return .int(int())
            case 1: return .unsigned(random.below(2) == 0 ? random.next() : [0, 127, 128, UInt64.max][random.below(4)])
            case 2: return .string(string())
            case 3: return .bool(random.below(2) == 0)
            case 4: return .strings((0..<random.below(4)).map { _ in string() })
            case 5: return .table(Dictionary((0..<random.below(4)).map { _ in (string(), int()) }, uniquingKeysWith: { a, _ in a }))
            default: return .optional(random.below(2) == 0 ? nil : string())
            }
        }

        func write(to writer: inout CacheWriter) {
            switch self {
            case .int(let value): writer.writeInt(value)
            case .unsigned(let value): writer.writeUnsigned(value)
            case .string(let value): writer.writeString(value)
            case .bool(let value): writer.writeBool(value)
            case .strings(let value): writer.writeArray(value)
            case .table(let value): writer.writeDictionary(value)
            case .optional(let value): writer.writeOptional(value)
            }
        }

        func read(from reader: inout CacheReader) throws -> Primitive {
            switch self {
            case .int: .int(try reader.readInt())
            case .unsigned: .unsigned(try reader.readUnsigned())
            case .string: .string(try reader.readString())
            case .bool: .bool(try reader.readBool())
            case .strings: .strings(try reader.readArray())
            case .table: .table(try reader.readDictionary())
            case .optional: .optional(try reader.readOptional())
            }
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func primitivesRoundTrip(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<200 {
            let values = (0..<random.below(20)).map { _ in Primitive.random(&random) }
            var writer = CacheWriter()
            for value in values { value.write(to: &writer) }
            var reader = CacheReader(writer.bytes)
            for value in values { #expect(try value.read(from: &reader) == value) }
            #expect(reader.isAtEnd)
            // Cut short, the same reads throw before the end.
            if !writer.bytes.isEmpty {
                var cut = CacheReader(Array(writer.bytes.dropLast()))
                #expect(throws: CacheReader.Damage.self) { for value in values { _ = try value.read(from: &cut) } }
            }
        }
        // Zigzag keeps small negative numbers short.
        var writer = CacheWriter()
        writer.writeInt(-1)
        writer.writeInt(63)
        writer.writeInt(-64)
        #expect(writer.bytes == [1, 126, 127])
    }

    @Test func damagedPrimitivesThrow() throws {
        func read(_ bytes: [UInt8], _ body: (inout CacheReader) throws -> Void) -> CacheReader.Damage? {
            var reader = CacheReader(bytes)
            do { try body(&reader) } catch let damage as CacheReader.Damage { return damage } catch { return nil }
            return nil
        }
        let huge: [UInt8] = [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10]
        #expect(read(huge) { _ = try $0.readString() } == .countTooLarge)
        #expect(read(huge) { _ = try $0.readArray(String.self) } == .countTooLarge)
        #expect(read(huge + [UInt8](repeating: 0, count: 100)) { _ = try $0.readDictionary(Int.self) } == .countTooLarge)
        #expect(read([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02]) { _ = try $0.readUnsigned() } == .overlongNumber)
        var largest = CacheReader([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01])
        #expect(try largest.readUnsigned() == .max)
        #expect(read([0x80]) { _ = try $0.readUnsigned() } == .truncated)
        #expect(read([2]) { _ = try $0.readBool() } == .badTag(2))
        #expect(read([2, 0xC3, 0x28]) { _ = try $0.readString() } == .badUTF8)
        #expect(read([1, 0xED]) { _ = try $0.readString() } == .badUTF8)
        #expect(read([5, 0x77, 0x61, 0x72, 0x6E, 0x73]) { _ = try $0.read(Severity.self) } == .badValue)
        #expect(read([2, 1, 0x61, 0, 1, 0x61, 0]) { _ = try $0.readDictionary(Int.self) } == .badValue)
    }

    /// A recipe with diagnostics, as its cache entry.
    static func realEntry() throws -> [UInt8] {
        var recipe = try #require(recipes().first { $0.file.relativePath == "networking/every-field.md" })
        recipe.file.text = ""
        recipe.bodyHTML = ""
        #expect(recipe.diagnostics.count >= 3)
        return CheckCache.entry(recipe)
    }

    @Test func everyTruncationAndByteFlipIsAMiss() throws {
        let entry = try Self.realEntry()
        #expect(CheckCache.recipe(fromEntry: entry) != nil)
        for count in 0..<entry.count {
            #expect(CheckCache.recipe(fromEntry: Array(entry.prefix(count))) == nil, "cut to \(count) bytes")
        }
        // Without the checksum's help, the reader itself throws on every cut payload.
        var unframed = try #require(CheckCache.recipe(fromEntry: entry))
        unframed.updated = nil
        let payload = Self.encode(unframed)
        for count in 0..<payload.count {
            #expect(throws: (any Error).self, "payload cut to \(count) bytes") { try Self.decode(Array(payload.prefix(count))) }
        }
        var random = SplitMix64(seed: 7)
        var payloadMisses = 0
        for _ in 0..<2000 {
            var damaged = entry
            for _ in 0...random.below(3) {
                damaged[random.below(damaged.count)] ^= UInt8(1 + random.below(255))
            }
            #expect(CheckCache.recipe(fromEntry: damaged) == nil)
            var flipped = payload
            flipped[random.below(flipped.count)] ^= UInt8(1 + random.below(255))
            // A changed payload reads as another recipe or throws; it must not trap.
            if (try? Self.decode(flipped)) == nil { payloadMisses += 1 }
        }
        #expect(payloadMisses > 100)
    }

    @Test func loadMissesDamagedAndEarlierFormatEntries() throws {
        let folder = Repository.temporaryFolder()
        let cache = CheckCache(directory: folder, config: SiteConfig(), slugs: [:])
        cache.prepare()
        let file = RecipeFile(path: "Content/networking/every-field.md", relativePath: "networking/every-field.md", text: Self.hostile)
        let recipe = RecipeChecker(config: SiteConfig(), links: LinkResolver(slugs: [:], fileURLs: false)).check(file)
        cache.store(recipe)
        let loaded = try #require(cache.load(file))
        #expect(try Self.json(loaded) == Self.json(recipe))
        let path = folder + "/" + cache.key(for: file)
        let bytes = try #require(CheckCache.contents(of: path))
        var damaged = bytes
        damaged[bytes.count / 2] ^= 0x40
        try Data(damaged).write(to: URL(fileURLWithPath: path))
        #expect(cache.load(file) == nil)
        try Data(bytes.prefix(bytes.count - 1)).write(to: URL(fileURLWithPath: path))
        #expect(cache.load(file) == nil)
        // An entry as the JSON format wrote it.
        var stored = recipe
        stored.file.text = ""
        stored.bodyHTML = ""
        try JSONEncoder().encode(stored).write(to: URL(fileURLWithPath: path))
        #expect(cache.load(file) == nil)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(cache.load(file) != nil)
        #expect(CheckCache.contents(of: folder + "/missing") == nil)
    }
}
