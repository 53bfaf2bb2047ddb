/// The flags a kubectl subcommand accepts, with how each takes its value (pflag rules).
///
/// Specs are written `long|s` (a boolean, `s` its shorthand), `long=` (takes a value) or
/// `long=?` (takes a value only with `=`, like `--dry-run`). Source: the kubectl reference note.
struct KubectlFlagTable {
    enum Kind { case bool, value, optionalValue }

    private(set) var kinds: [String: Kind] = [:]
    /// The long name of each ASCII shorthand, by its byte.
    private var shorts: [String?] = Array(repeating: nil, count: 128)

    init(_ specs: [String]...) {
        for spec in specs.joined() { add(spec) }
    }

    private mutating func add(_ spec: String) {
        var body = Substring(spec)
        var kind = Kind.bool
        if body.hasSuffix("=?") {
            kind = .optionalValue
            body = body.dropLast(2)
        } else if body.hasSuffix("=") {
            kind = .value
            body = body.dropLast()
        }
        let parts = body.split(separator: "|")
        let long = String(parts[0])
        kinds[long] = kind
        if parts.count > 1, let short = parts[1].utf8.first, short < 128 { shorts[Int(short)] = long }
    }

    func kind(_ long: String) -> Kind? { kinds[long] }

    /// The long name of the shorthand `byte` (`n` for `namespace`), if the table has it.
    func short(_ byte: UInt8) -> String? { byte < 128 ? shorts[Int(byte)] : nil }

    static let global = [
        "namespace|n=", "context=", "kubeconfig=", "cluster=", "user=", "server|s=", "token=",
        "as=",
        "as-group=", "as-uid=", "as-user-extra=", "username=", "password=",
        "certificate-authority=",
        "client-certificate=", "client-key=", "tls-server-name=", "insecure-skip-tls-verify",
        "request-timeout=", "cache-dir=", "disable-compression", "match-server-version",
        "warnings-as-errors", "v|v=", "vmodule=", "log-flush-frequency=", "help|h", "profile=",
        "profile-output=",
    ]
    static let printing = [
        "output|o=", "template=", "allow-missing-template-keys", "show-managed-fields",
    ]
    static let files = ["filename|f=", "kustomize|k=", "recursive|R"]
    static let dryRun = ["dry-run=?"]

    static let get = KubectlFlagTable(
        global, printing, files,
        [
            "selector|l=", "field-selector=", "all-namespaces|A", "watch|w", "watch-only",
            "ignore-not-found", "show-labels", "label-columns|L=", "sort-by=", "no-headers",
            "chunk-size=", "raw=", "subresource=", "show-kind", "output-watch-events",
            "server-print",
        ])
    static let describe = KubectlFlagTable(
        global, files, ["selector|l=", "all-namespaces|A", "show-events", "chunk-size="])
    static let delete = KubectlFlagTable(
        global, files, dryRun,
        [
            "all", "all-namespaces|A", "selector|l=", "field-selector=", "force", "grace-period=",
            "now", "timeout=", "wait", "ignore-not-found", "cascade=?", "interactive|i",
            "output|o=", "raw=",
        ])
    static let edit = KubectlFlagTable(
        global, printing, files,
        [
            "output-patch", "windows-line-endings", "save-config", "validate=?", "field-manager=",
            "subresource=",
        ])
    static let patch = KubectlFlagTable(
        global, printing, files, dryRun,
        ["patch|p=", "patch-file=", "type=", "local", "subresource=", "field-manager="])
    static let label = KubectlFlagTable(
        global, printing, files, dryRun,
        [
            "overwrite", "all", "all-namespaces|A", "selector|l=", "field-selector=", "local",
            "resource-version=", "list", "field-manager=",
        ])
    static let exec = KubectlFlagTable(
        global,
        ["container|c=", "stdin|i", "tty|t", "quiet|q", "filename|f=", "pod-running-timeout="])
    static let portForward = KubectlFlagTable(global, ["address=", "pod-running-timeout="])
    static let apply = KubectlFlagTable(
        global, printing, files, dryRun,
        [
            "server-side", "force-conflicts", "field-manager=", "validate=?", "prune",
            "selector|l=",
            "all", "prune-allowlist=", "applyset=", "overwrite", "force", "grace-period=",
            "timeout=", "wait", "subresource=", "cascade=?", "openapi-patch", "save-config",
        ])
    static let replace = KubectlFlagTable(
        global, printing, files, dryRun,
        [
            "force", "grace-period=", "timeout=", "wait", "cascade=?", "save-config", "validate=?",
            "raw=", "subresource=", "field-manager=",
        ])
    static let create = KubectlFlagTable(
        global, printing, files, dryRun,
        [
            "save-config", "validate=?", "field-manager=", "edit", "raw=", "windows-line-endings",
            "selector|l=",
        ])
    static let createServiceCommon = [
        "tcp=", "save-config", "validate=?", "field-manager=",
    ]
    static let createService: [String: KubectlFlagTable] = [
        "clusterip": KubectlFlagTable(
            global, printing, dryRun, createServiceCommon, ["clusterip="]),
        "nodeport": KubectlFlagTable(global, printing, dryRun, createServiceCommon, ["node-port="]),
        "loadbalancer": KubectlFlagTable(global, printing, dryRun, createServiceCommon),
        "externalname": KubectlFlagTable(
            global, printing, dryRun, createServiceCommon, ["external-name="]),
    ]
    static let expose = KubectlFlagTable(
        global, printing, files, dryRun,
        [
            "port=", "protocol=", "target-port=", "name=", "external-ip=", "type=", "selector=",
            "labels|l=", "session-affinity=", "cluster-ip=", "load-balancer-ip=", "overrides=",
            "save-config", "field-manager=",
        ])
    /// `kubectl proxy`: only `--port` matters, the others are known so they are not reported.
    static let proxy = KubectlFlagTable(
        global,
        [
            "port|p=", "address=", "accept-hosts=", "api-prefix=", "www=", "www-prefix=",
            "unix-socket|u=", "disable-filter", "reject-paths=", "reject-methods=",
            "accept-paths=", "keepalive=",
        ])
    /// `config set-context` takes `--current`.
    static let config = KubectlFlagTable(global, ["current"])
    static let globalOnly = KubectlFlagTable(global)
}
