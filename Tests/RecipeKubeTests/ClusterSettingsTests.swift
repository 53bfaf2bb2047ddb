import RecipeDiagnostics
import RecipeKube
import RecipeYAML
import Testing

/// The `cluster:` section of recipegen.yaml.
@Suite struct ClusterSettingsTests {
    @Test func settingsApply() throws {
        let node = try #require(
            YAMLParser.parse(
                "nodePortRange: 20000-22767\nipFamilies: [IPv4]\nserviceCIDRs: [10.96.0.0/16]\ndenyExternalIPs: true\n"
            ).first?.root
        )
        var options = ValidationOptions()
        #expect(ClusterSettings.apply(node, to: &options).isEmpty)
        #expect(options.nodePortRange == 20000...22767)
        #expect(options.clusterIPFamilies == [.ipv4])
        #expect(options.serviceCIDRs == ["10.96.0.0/16"])
        #expect(options.denyExternalIPs)
    }

    @Test func badSettingsPointAtTheValue() throws {
        let node = try #require(
            YAMLParser.parse(
                "nodePortRang: 1-2\nnodePortRange: 40000-30000\nipFamilies: [IPv5]\ndenyExternalIPs: \"no\"\n"
            ).first?.root
        )
        var options = ValidationOptions()
        let diagnostics = ClusterSettings.apply(node, to: &options)
        #expect(diagnostics.map(\.code) == ["RG2019", "RG2019", "RG2019", "RG2019"])
        #expect(
            diagnostics.map(\.range.start) == [
                SourceLocation(line: 1, column: 1), SourceLocation(line: 2, column: 16),
                SourceLocation(line: 3, column: 14), SourceLocation(line: 4, column: 18),
            ]
        )
        #expect(diagnostics.first?.help == "did you mean 'nodePortRange'?")
        #expect(options.nodePortRange == 30000...32767)
    }
}
