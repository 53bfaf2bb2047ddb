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
