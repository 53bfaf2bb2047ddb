import RecipeDiagnostics
import Testing

@testable import RecipeYAML

/// RG2002 over seeded random mappings, small and large, with merge keys and quoted keys.
@Suite struct DuplicateKeyTests {
    @Test func everyRepeatedKeyPointsAtItsFirstDefinition() {
        let keys = ["a", "b", "port", "\"port\"", "'b'", "<<", "\"<<\"", "name", "z9"]
        var state: UInt64 = 2002
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            let count = 1 + next(40)
            var text = "base: &base {x: 1}\n"
            var firstLine: [String: Int] = [:]
            var expected: [String] = []
            for index in 0..<count {
                let written = keys[next(keys.count)]
                let line = index + 2
                text += written == "<<" ? "<<: *base\n" : "\(written): v\(index)\n"
                // Quotes do not make a key different; only a plain `<<` is a merge key.
                let key = written.trimmingPrefixAndSuffix()
                guard written != "<<" else { continue }
                if let first = firstLine[key] {
                    expected.append("\(line):1 '\(key)' first \(first):1")
                } else {
                    firstLine[key] = line
                }
            }
            let diagnostics = YAMLParser.parse(text).flatMap(\.diagnostics)
            let found = diagnostics.map { d in
                "\(d.range.start.line):\(d.range.start.column) '\(d.message.split(separator: "'")[1])' first "
                    + "\(d.notes[0].range!.start.line):\(d.notes[0].range!.start.column)"
            }
            #expect(diagnostics.allSatisfy { $0.code == "RG2002" })
            #expect(found == expected, "\(text)")
        }
    }
}

extension String {
    fileprivate func trimmingPrefixAndSuffix() -> String {
        guard let first = first, first == "\"" || first == "'", count >= 2 else { return self }
        return String(dropFirst().dropLast())
    }
}
