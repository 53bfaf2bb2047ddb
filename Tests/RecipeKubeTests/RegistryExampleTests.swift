import RecipeDiagnostics
import RecipeKube
import RecipeYAML
import Testing

/// The wrong example of each Service code (what `recipegen explain` prints) fires the code and
/// the right example does not (shellcheck's example pairs).
@Suite struct RegistryExampleTests {
    /// Codes whose examples need a configured cluster, a version range, defaulting turned off,
    /// several objects, or a size that an example cannot show.
    static let notRunnable: Set<String> = [
        "RG2012", "RG2018", "RG2019", "RG2027", "RG2033", "RG2040", "RG2091", "RG2093", "RG2096",
        "RG2101", "RG2113", "RG2115", "RG2122", "RG2123", "RG2124", "RG2125", "RG2150", "RG2151", "RG2152",
        "RG2153", "RG2154",
    ]

    static let metadataKeys: Set<String> = [
        "labels", "annotations", "finalizers", "ownerReferences", "managedFields", "generation",
        "namespace", "generateName", "resourceVersion", "name",
    ]

    static var codes: [DiagnosticCode] {
        DiagnosticRegistry.all.filter {
            $0.id >= "RG2010" && $0.id < "RG2200" && !notRunnable.contains($0.id)
        }
    }

    /// A whole manifest around an excerpt.
    static func manifest(_ excerpt: String) -> String {
        if excerpt.hasPrefix("apiVersion") { return excerpt }
        if excerpt.hasPrefix("kind: Pod") { return "apiVersion: v1\n" + excerpt }
        if excerpt.hasPrefix("kind:") { return "apiVersion: apps/v1\n" + excerpt }
        let header = "apiVersion: v1\nkind: Service\n"
        if excerpt.hasPrefix("metadata:") { return header + excerpt + "\n" }
        if excerpt.hasPrefix("spec:") { return header + "metadata:\n  name: web\n" + excerpt + "\n" }
        let firstKey = String(excerpt.prefix { $0 != ":" })
        if metadataKeys.contains(firstKey) {
            return header + "metadata:\n  name: web\n" + indent(excerpt)
        }
        return header + "metadata:\n  name: web\nspec:\n" + indent(excerpt)
    }

    static func codes(of excerpt: String) -> [String] {
        ManifestValidator.validate(YAMLParser.parse(manifest(excerpt)), options: ValidationOptions())
            .diagnostics.map(\.code)
    }

    @Test(arguments: codes.map(\.id))
    func examplePair(id: String) throws {
        let code = try #require(DiagnosticRegistry.code(id))
        #expect(Self.codes(of: code.wrongExample).contains(id), "wrong: \(Self.codes(of: code.wrongExample))")
        #expect(!Self.codes(of: code.rightExample).contains(id), "right: \(Self.codes(of: code.rightExample))")
    }
}
