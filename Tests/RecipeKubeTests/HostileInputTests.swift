import RecipeDiagnostics
import RecipeKube
import RecipeYAML
import RecipeTestSupport
import Testing

/// Bad input gets diagnostics, never a crash or a hang, and every range lies in the input.
@Suite struct HostileInputTests {
    static let alphabet = Array(" :-\n\"'{}[],#&*!|>0123456789.abcxyzNTU\t~".utf8)

    static var seeds: [String] {
        (StructureRuleTests.cases + PortRuleTests.cases + TypeRuleTests.cases + AllocationRuleTests.cases)
            .flatMap { [MarkedManifest($0.bad).text, MarkedManifest($0.good).text] }
    }

    @Test func seededMutationsKeepRangesInsideTheInput() {
        var random = SplitMix64(state: 42)
        let seeds = Self.seeds
        for round in 0..<600 {
            var bytes = Array(seeds[round % seeds.count].utf8)
            for _ in 0..<(1 + random.below(4)) where !bytes.isEmpty {
                let at = random.below(bytes.count)
                switch random.below(3) {
                case 0: bytes[at] = Self.alphabet[random.below(Self.alphabet.count)]
                case 1: bytes.insert(Self.alphabet[random.below(Self.alphabet.count)], at: at)
                default: bytes.remove(at: at)
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let lineCount = text.utf8.filter { $0 == UInt8(ascii: "\n") }.count + 1
            let report = ManifestValidator.validate(YAMLParser.parse(text), options: ValidationOptions())
            _ = CrossResourceChecker.check(report.objects)
            for diagnostic in report.diagnostics {
                // libyaml reports an unexpected end of input just past the last line.
                let last = diagnostic.code == "RG2001" ? lineCount + 1 : lineCount
                #expect(diagnostic.range.start.line >= 1 && diagnostic.range.start.line <= last, "\(diagnostic.code) \(diagnostic.range) \(diagnostic.message) lines \(lineCount) in \(text.debugDescription)")
                #expect(diagnostic.range.start.column >= 1)
            }
        }
    }

    @Test func aliasBombIsADiagnostic() {
        var text = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels:\n    a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            text += "    a\(i): &a\(i) [\(Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", "))]\n"
        }
        let report = ManifestValidator.validate(YAMLParser.parse(text), options: ValidationOptions())
        #expect(report.diagnostics.map(\.code) == ["RG2004"])
        #expect(report.objects.isEmpty)
    }

    @Test func manyPortsStayFast() {
        let ports = (1...5000).map { "  - name: p\($0)\n    port: \($0)\n" }.joined()
        let text = service("type: NodePort\nselector:\n  app: web\nports:\n" + ports)
        let elapsed = ThreadCPUClock.measure {
            let report = MarkedManifest(text).validate()
            #expect(report.diagnostics.isEmpty)
        }
        #expect(elapsed < .seconds(10))
    }

    @Test func deepNestingInAFreeFieldIsBounded() {
        let nested = String(repeating: "{a: ", count: 100) + "1" + String(repeating: "}", count: 100)
        let text = service(basicSpec, meta: "managedFields:\n  - manager: kubectl\n    fieldsV1: \(nested)")
        let report = MarkedManifest(text).validate()
        #expect(report.diagnostics.isEmpty)
    }
}

/// Messages quote what the reader wrote, but never a huge value in full.
@Suite struct LongValueTests {
    @Test func longKeysAreClippedInMessages() throws {
        let key = String(repeating: "k", count: 900)  // libyaml caps plain keys at 1024
        let report = MarkedManifest(service(basicSpec, meta: "\(key): 1")).validate()
        let message = try #require(report.diagnostics.first?.message)
        #expect(report.diagnostics.map(\.code) == ["RG2017"])
        #expect(message.count < 200)
        #expect(message.contains("…"))
    }
}
