import RecipeDiagnostics
import RecipeYAML
import Testing

@testable import RecipeShell

/// Unit tests of the pieces under the checks: pflag splitting, JSON syntax, patches, and the
/// mapping of nested texts back onto the block.
@Suite struct KubectlArgumentsTests {
    static func words(_ line: String) -> ArraySlice<ShellWord> {
        var words: [ShellWord] = []
        ShellParser.parse(line + "\n", dialect: .bash).script.list.forEachSimpleCommand { command, _ in
            words = command.words
        }
        return words.dropFirst()[...]
    }

    @Test(arguments: [
        ("kubectl get svc web -n shop", "shop"), ("kubectl -n shop get svc web", "shop"),
        ("kubectl get -nshop svc web", "shop"), ("kubectl get -n=shop svc web", "shop"),
        ("kubectl get --namespace=shop svc web", "shop"), ("kubectl get --namespace shop svc web", "shop"),
    ])
    func namespaceForms(_ line: String, _ namespace: String) {
        let parsed = KubectlArguments(Self.words(line), table: .get, verbs: 1)
        #expect(parsed.last("namespace")?.value == namespace)
        #expect(parsed.positionals.map(\.value) == ["get", "svc", "web"])
    }

    @Test func booleansShorthandsAndDash() {
        let parsed = KubectlArguments(Self.words("kubectl exec -it pod -c app -- curl -n x"), table: .exec, verbs: 1)
        #expect(parsed.has("stdin") && parsed.has("tty"))
        #expect(parsed.last("container")?.value == "app")
        #expect(parsed.positionals.map(\.value) == ["exec", "pod"])
        #expect(parsed.afterDash?.map(\.value) == ["curl", "-n", "x"])
    }

    @Test func optionalValuesNeedEquals() {
        let parsed = KubectlArguments(Self.words("kubectl delete svc web --dry-run client"), table: .delete, verbs: 1)
        #expect(parsed.last("dry-run")?.value == nil)
        #expect(parsed.positionals.map(\.value) == ["delete", "svc", "web", "client"])
    }

    @Test func unknownAndMissing() {
        let parsed = KubectlArguments(Self.words("kubectl get svc -x --bogus=1 -o"), table: .get, verbs: 1)
        #expect(parsed.unknownFlags.map(\.text) == ["-x", "--bogus"])
        #expect(parsed.missingValues.map(\.name) == ["output"])
    }

    @Test func repeatedSliceFlags() {
        let parsed = KubectlArguments(
            Self.words("kubectl create service clusterip x --tcp=80:8080,443:8443 --tcp 9090"),
            table: KubectlFlagTable.createService["clusterip"] ?? .globalOnly, verbs: 3)
        #expect(parsed.all("tcp").map(\.value) == ["80:8080,443:8443", "9090"])
        #expect(parsed.all("tcp").map(\.valueStart) == [6, 0])
    }
}

@Suite struct JSONSyntaxTests {
    @Test(arguments: [
        "{}", "[]", "{\"a\":1}", "{\"spec\":{\"ports\":[{\"port\":80,\"nodePort\":30090}]}}", " [1, -2.5e3, true, null, \"x\\\"y\"] ",
    ])
    func valid(_ text: String) {
        #expect(JSONSyntax.firstError(Array(text.utf8)) == nil)
    }

    @Test(arguments: [
        ("{spec:{}}", 1, "'\"' to start an object key"), ("{\"spec\":", 8, "a value"),
        ("{\"a\":1,}", 7, "'\"' to start an object key"), ("{\"a\" 1}", 5, "':' after the key"),
        ("[1 2]", 3, "',' or ']'"), ("{\"a\":tru}", 5, "a value ('true'?)"), ("{} x", 3, "the end of the patch"),
        ("{\"a\":\"x", 5, "a closing '\"' for this string"),
    ])
    func invalid(_ text: String, _ offset: Int, _ expected: String) {
        let error = JSONSyntax.firstError(Array(text.utf8))
        #expect(error?.offset == offset)
        #expect(error?.expected == expected)
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(JSONSyntax.firstError(Array(text.utf8))?.expected == "less nesting")
    }
}

@Suite struct ServicePatchTests {
    static let base = YAMLParser.parse(
        "metadata: {name: web}\nspec:\n  type: NodePort\n  ports:\n  - {port: 80, nodePort: 30080}\n  - {port: 443}\n"
    )[0].root!

    static func node(_ text: String) -> YAMLNode { YAMLParser.parse(text)[0].root! }

    @Test func mergePatchReplacesListsAndNullDeletes() throws {
        let patched = try ServicePatch.apply(
            .merge, patch: Self.node("{\"spec\":{\"type\":null,\"ports\":[{\"port\":81}]}}"), to: Self.base)
        #expect(patched["spec"]?["type"] == nil)
        #expect(patched["spec"]?["ports"]?.items?.count == 1)
    }

    @Test func strategicPatchMergesPortsByPort() throws {
        let patched = try ServicePatch.apply(
            .strategic, patch: Self.node("{\"spec\":{\"ports\":[{\"port\":443,\"nodePort\":30443},{\"port\":8080}]}}"),
            to: Self.base)
        let ports = patched["spec"]?["ports"]?.items ?? []
        #expect(ports.count == 3)
        #expect(ports[0]["nodePort"]?.scalar?.value == .int(30080))
        #expect(ports[1]["nodePort"]?.scalar?.value == .int(30443))
    }

    @Test func jsonPatchOperations() throws {
        let patch = Self.node(
            """
            [{"op":"replace","path":"/spec/type","value":"ClusterIP"},
             {"op":"remove","path":"/spec/ports/0/nodePort"},
             {"op":"add","path":"/spec/ports/-","value":{"port":9090}},
             {"op":"copy","from":"/metadata/name","path":"/metadata/labels"}]
            """)
        let patched = try ServicePatch.apply(.json, patch: patch, to: Self.base)
        #expect(patched["spec"]?["type"]?.string == "ClusterIP")
        #expect(patched["spec"]?["ports"]?.items?.first?["nodePort"] == nil)
        #expect(patched["spec"]?["ports"]?.items?.count == 3)
        #expect(patched["metadata"]?["labels"]?.string == "web")
    }

    @Test(arguments: [
        "[{\"op\":\"replace\",\"path\":\"/spec/ports/5/port\",\"value\":1}]",
        "[{\"op\":\"remove\",\"path\":\"/spec/nothing\"}]", "[{\"op\":\"jump\",\"path\":\"/spec\"}]",
        "[{\"path\":\"/spec\"}]", "{\"op\":\"add\"}",
    ])
    func jsonPatchFailures(_ text: String) {
        #expect(throws: ServicePatch.Failure.self) { try ServicePatch.apply(.json, patch: Self.node(text), to: Self.base) }
    }
}

@Suite struct ShellOffsetMapTests {
    @Test func nestedScriptPositionsLandInTheBlock() {
        // The sh -c string spans two lines; its second line starts at column 3 of block line 2.
        let text = "kubectl exec f -- sh -c 'echo a\n  curl http://wbe:80'\n"
        var context = FakeServiceSchema.context()
        #expect(summary(check(text, context: &context)) == ["RG3201@2:15"])
    }

    @Test func positionsPastTheEndMapAfterTheLastByte() {
        let outer = ShellSource("ab 'xyz' c\n")
        let map = ShellOffsetMap(inner: ShellSource("xyz"), offsets: [4, 5, 6], outer: outer)
        #expect(map.map(SourceLocation(line: 1, column: 1)) == SourceLocation(line: 1, column: 5))
        #expect(map.map(SourceLocation(line: 1, column: 4)) == SourceLocation(line: 1, column: 8))
    }
}
