import RecipeDiagnostics
import RecipeYAML
import Testing

@testable import RecipeKube

/// Fields that the strict decoder lets pass without building their path are fields its full
/// check finds nothing wrong with, for every scalar type and seeded random scalars.
@Suite struct StrictDecoderShortcutTests {
    static let types: [FieldType] = [
        .string, .int32, .int64, .bool, .intOrString, .stringMap, .free, .list(.string),
        .object(ServiceSchema.service),
    ]
    static let pieces = ["8", "0", "-", "2147483647", "2147483648", "9", ".", "5", "e3", "x", "yes", "~", "null", "0x1F", "'", "\"", "true", "_"]

    @Test func passingFieldsHaveNothingToReport() {
        var state: UInt64 = 17
        var passed = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<3 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += Self.pieces[Int((state >> 33) % UInt64(Self.pieces.count))]
            }
            guard let node = YAMLParser.parseSingle("v: " + text).root?["v"] else { continue }
            for type in Self.types {
                var sink = DiagnosticSink(root: node)
                StrictDecoder(versions: KubernetesVersionRange.defaultRange).check(node, as: type, at: FieldPath("v"), into: &sink)
                if StrictDecoder.passes(node, as: type) {
                    passed += 1
                    #expect(sink.diagnostics.isEmpty, "\(text) as \(type)")
                }
            }
        }
        #expect(passed > 3000)
    }
}
