import Foundation
import RecipeDiagnostics
import RecipeKube
import Testing

/// Pins the wording of every rule's diagnostics: each rejected manifest of the rule tables with
/// its diagnostics as `line:column code [fieldPath] message`. `RECORD_GOLDEN=1` rewrites the
/// file, and the test then fails so that recording is never silent.
@Suite struct RuleMessageGoldenTests {
    static let goldenPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("Golden/RuleMessages.txt")

    static var allCases: [RuleCase] {
        StructureRuleTests.cases + MetadataRuleTests.cases + ClusterIPRuleTests.cases
            + PortRuleTests.cases + TypeRuleTests.cases + AffinityRuleTests.cases
            + TrafficRuleTests.cases + AllocationRuleTests.cases
    }

    static func render() -> String {
        var out = ""
        for rule in allCases {
            out += "== \(rule.rule)\n"
            for diagnostic in MarkedManifest(rule.bad).validate(rule.options).diagnostics {
                out += "\(diagnostic.range.start) \(diagnostic.severity) \(diagnostic.code)"
                out += " [\(diagnostic.fieldPath ?? "-")] \(diagnostic.message)\n"
                if let help = diagnostic.help { out += "  help: \(help)\n" }
            }
        }
        return out
    }

    @Test func messagesMatchTheGoldenFile() throws {
        let actual = Self.render()
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: Self.goldenPath.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: Self.goldenPath, atomically: true, encoding: .utf8)
            Issue.record("recorded \(Self.goldenPath.path); run again without RECORD_GOLDEN")
            return
        }
        let expected = try String(contentsOf: Self.goldenPath, encoding: .utf8)
            .replacingOccurrences(of: "\r\n", with: "\n")
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, pair) in zip(expectedLines, actualLines).enumerated() where pair.0 != pair.1 {
            Issue.record("line \(index + 1):\n- \(pair.0)\n+ \(pair.1)")
            return
        }
        #expect(expectedLines.count == actualLines.count)
    }
}

/// Every one of the 89 rules of service-rules.md has a table case (the four documented
/// non-errors, D7, L8, L9 and A9, have acceptance tests instead).
@Suite struct RuleCoverageTests {
    static let ruleIDs: [String] =
        ["Y1", "Y2", "Y3"] + (1...7).map { "D\($0)" } + (1...13).map { "M\($0)" } + ["S3"]
        + (1...11).map { "C\($0)" } + (1...12).map { "P\($0)" } + ["T1", "H1", "H2"]
        + (1...5).map { "E\($0)" } + ["S1"] + (1...4).map { "A-\($0)" } + ["X1", "X2", "X3"]
        + (1...9).map { "L\($0)" } + ["TP1", "TP2", "HC1", "HC2", "IT1", "IT2", "TD1"]
        + (1...10).map { "A\($0)" }

    static let acceptanceOnly: Set<String> = ["D7", "L8", "L9", "A9"]

    @Test func everyRuleHasACase() {
        #expect(Self.ruleIDs.count == 89)
        let covered = Set(RuleMessageGoldenTests.allCases.compactMap { $0.rule.split(separator: " ").first.map(String.init) })
        let missing = Self.ruleIDs.filter { !covered.contains($0) && !Self.acceptanceOnly.contains($0) }
        #expect(missing.isEmpty, "no table case for \(missing)")
    }
}
