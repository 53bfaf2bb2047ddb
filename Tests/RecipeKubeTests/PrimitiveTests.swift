import Testing

@testable import RecipeKube

/// Name formats and IP parsing, against the examples of service-rules.md.
@Suite struct PrimitiveTests {
    @Test(arguments: [
        ("web", true), ("web-1", true), ("1web", false), ("-web", false), ("web-", false),
        ("Web", false), ("we.b", false), (String(repeating: "a", count: 63), true),
        (String(repeating: "a", count: 64), false),
    ])
    func dns1035(value: String, valid: Bool) {
        #expect((NameFormat.dns1035Label(value) == nil) == valid)
    }

    @Test func dns1123LabelSaysDots() {
        #expect(NameFormat.dns1123Label("8080") == nil)
        #expect(NameFormat.dns1123Label("a.b") == "must not contain dots")
        #expect(NameFormat.dns1123Label("a_b") != nil)
    }

    @Test(arguments: [
        ("app", true), ("example.com/Owner_x.y", true), ("example.com/", false),
        ("Example.com/x", false), ("a/b/c", false), ("-internal", false), ("", false),
        ("http/1.1", true), ("grpc+tls", false),
    ])
    func qualifiedName(value: String, valid: Bool) {
        #expect((NameFormat.qualifiedName(value) == nil) == valid)
    }

    @Test(arguments: [
        ("", true), ("v1.0", true), ("1.0 beta", false), ("a/b", false), ("-a", false),
        ("a_", false),
    ])
    func labelValue(value: String, valid: Bool) {
        #expect((NameFormat.labelValue(value) == nil) == valid)
    }

    @Test func ianaServiceNames() {
        #expect(NameFormat.ianaServiceName("http") == nil)
        #expect(NameFormat.ianaServiceName("8080") == "must contain at least one letter (a-z)")
        #expect(
            NameFormat.ianaServiceName("http-web-frontend") == "must be no more than 15 characters"
        )
        #expect(NameFormat.ianaServiceName("a--b") == "must not contain consecutive hyphens")
        #expect(NameFormat.ianaServiceName("-ab") == "must not begin or end with a hyphen")
    }

    @Test(arguments: [
        ("10.96.0.10", IPFamily?.some(.ipv4)), ("010.096.0.1", .ipv4), ("fd00::10", .ipv6),
        ("::", .ipv6), ("::ffff:10.0.0.1", .ipv4),
        ("2001:db8::1:2:3:4:5", .ipv6), ("1:2:3:4:5:6:7:8", .ipv6), ("::1.2.3.4", .ipv6),
        ("10.96.0.0/16", nil), ("256.0.0.1", nil), ("1.2.3", nil), ("None", nil), ("", nil),
        ("fe80::1%eth0", nil),
        ("1::2::3", nil), ("1:2:3:4:5:6:7:8:9", nil), ("12345::", nil), ("1:", nil),
        (" 10.0.0.1", nil),
    ])
    func ipParsing(text: String, family: IPFamily?) {
        #expect(IPAddress(text)?.family == family)
    }

    @Test func specialRanges() throws {
        #expect(AffinityRules.specialRange(try #require(IPAddress("0.0.0.0"))) == "unspecified")
        #expect(
            AffinityRules.specialRange(try #require(IPAddress("::1")))?.hasPrefix("in the loopback")
                == true
        )
        #expect(
            AffinityRules.specialRange(try #require(IPAddress("169.254.1.1")))?.hasPrefix(
                "in the link-local range"
            ) == true
        )
        #expect(
            AffinityRules.specialRange(try #require(IPAddress("fe80::1")))?.hasPrefix(
                "in the link-local range"
            ) == true
        )
        #expect(
            AffinityRules.specialRange(try #require(IPAddress("224.0.0.5")))?.hasPrefix(
                "in the link-local multicast"
            ) == true
        )
        #expect(AffinityRules.specialRange(try #require(IPAddress("224.0.1.5"))) == nil)
        #expect(
            AffinityRules.specialRange(try #require(IPAddress("::ffff:127.0.0.1")))?.hasPrefix(
                "in the loopback"
            ) == true
        )
    }

    @Test func cidrs() throws {
        let network = try #require(IPNetwork("10.96.0.0/16"))
        #expect(network.contains(try #require(IPAddress("10.96.255.1"))))
        #expect(!network.contains(try #require(IPAddress("10.97.0.1"))))
        #expect(IPNetwork("192.168.1.10/24") != nil)
        #expect(IPNetwork("10.0.0.0/33") == nil)
        #expect(IPNetwork("2001:db8::/64") != nil)
        #expect(IPNetwork("10.0.0.1") == nil)
        #expect(IPNetwork("10.0.0.0/") == nil)
    }

    @Test func maskTrailingDash() {
        #expect(MetadataRules.maskTrailingDash("web-") == "wea")
        #expect(MetadataRules.maskTrailingDash("9-") == "a")
        #expect(MetadataRules.maskTrailingDash("-") == "-")
    }
}
