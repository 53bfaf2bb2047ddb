import RecipeKube
import Testing

/// The recipe's `kubernetes:` range selects the fields and rules of those versions.
@Suite struct VersionTests {
    @Test(arguments: [
        ("1.28+", 28, Int?.none), ("1.30", 30, 30), ("1.29-1.32", 29, 32), (" v1.31 ", 31, 31),
    ])
    func parsing(text: String, lowest: Int, highest: Int?) throws {
        let range = try #require(KubernetesVersionRange(parsing: text))
        #expect(range.lowest == lowest)
        #expect(range.highest == highest)
    }

    @Test(arguments: ["", "1", "2.28", "1.28.3", "1.32-1.29", "latest", "1.x+", "1.28-"])
    func notARange(text: String) {
        #expect(KubernetesVersionRange(parsing: text) == nil)
    }

    @Test func descriptionRoundTrips() {
        for text in ["1.28+", "1.30", "1.29-1.32"] {
            #expect(KubernetesVersionRange(parsing: text)?.description == text)
        }
        #expect(ValidationOptions().versions.description == "1.31")
    }

    static func options(_ text: String) -> ValidationOptions {
        ValidationOptions(versions: KubernetesVersionRange(parsing: text) ?? .defaultRange)
    }

    @Test func trafficDistributionDependsOnVersion() throws {
        let marked = MarkedManifest(service("📍trafficDistribution: PreferZone\n" + basicSpec))
        let old = marked.validate(Self.options("1.29+"))
        #expect(old.diagnostics.map(\.code) == ["RG2018"])
        #expect(old.diagnostics.first?.range.start == marked.location)
        #expect(
            old.diagnostics.first?.message
                == "field 'spec.trafficDistribution' does not exist in Kubernetes 1.29; it was added in 1.30"
        )
        // 1.30: the gate is off, the server drops the field silently.
        #expect(marked.validate(Self.options("1.30")).diagnostics.isEmpty)
        #expect(marked.validate(Self.options("1.30+")).diagnostics.map(\.code) == ["RG2116"])
        #expect(marked.validate(Self.options("1.31")).diagnostics.map(\.code) == ["RG2116"])
        let close = MarkedManifest(service("trafficDistribution: PreferClose\n" + basicSpec))
        #expect(close.validate(Self.options("1.30+")).diagnostics.isEmpty)
        let sameZone = MarkedManifest(service("trafficDistribution: PreferSameZone\n" + basicSpec))
        #expect(sameZone.validate(Self.options("1.34+")).diagnostics.isEmpty)
    }

    @Test func externalTrafficPolicyOnClusterIPWithExternalIPs() {
        let marked = MarkedManifest(
            service("externalIPs: [203.0.113.10]\nexternalTrafficPolicy: Local\n" + basicSpec)
        )
        #expect(marked.validate(Self.options("1.28+")).diagnostics.map(\.code) == ["RG2110"])
        #expect(marked.validate(Self.options("1.29+")).diagnostics.isEmpty)
    }

    @Test func loadBalancerIPModeIsNewIn129() {
        let marked = MarkedManifest(
            service(basicSpec)
                + "status:\n  loadBalancer:\n    ingress:\n      - ip: 203.0.113.7\n        ipMode: VIP\n"
        )
        #expect(marked.validate(Self.options("1.28+")).diagnostics.map(\.code) == ["RG2018"])
        #expect(marked.validate(Self.options("1.29+")).diagnostics.isEmpty)
    }

    @Test func annotationSizeMessageFollowsTheVersion() {
        let marked = MarkedManifest(
            service(basicSpec, meta: "annotations:\n  a: \(String(repeating: "x", count: 262_144))")
        )
        #expect(
            marked.validate(Self.options("1.31")).diagnostics.first?.message.contains(
                "must have at most 262144 bytes"
            ) == true
        )
        #expect(
            marked.validate(Self.options("1.32")).diagnostics.first?.message.contains(
                "may not be more than 262144 bytes"
            ) == true
        )
    }
}
