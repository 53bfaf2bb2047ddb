extension DiagnosticRegistry {
    /// Manifests and the Service schema (RG2010 and up). Each Service rule names its id in
    /// service-rules.md (M2, P8, ...). Examples are excerpts of a Service's `spec` unless they
    /// start at `apiVersion` or `metadata`.
    static let serviceCodes: [DiagnosticCode] =
        structureCodes + metadataCodes + clusterIPCodes + portCodes + typeCodes + affinityCodes
        + trafficCodes + allocationCodes + warningCodes + crossResourceCodes

    private static func rule(
        _ id: String, _ severity: Severity, _ title: String, _ explanation: String,
        _ wrong: String, _ right: String
    ) -> DiagnosticCode {
        DiagnosticCode(id, severity, title, explanation: explanation, wrong: wrong, right: right)
    }

    private static let structureCodes: [DiagnosticCode] = [
        rule("RG2010", .error, "manifest without kind",
             "A YAML document in a manifest block is not an object with a 'kind'; kubectl refuses it (\"Object 'Kind' is missing\"). Mark partial examples as 'fragment'.",
             "apiVersion: v1\nmetadata:\n  name: web", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web"),
        rule("RG2011", .error, "apiVersion missing or wrong for the kind",
             "Each kind is served under one apiVersion: Service and Pod under 'v1' (the core group has no prefix), Deployment under 'apps/v1', Job under 'batch/v1'. Any other value fails with 'no matches for kind' (D1).",
             "apiVersion: core/v1\nkind: Service", "apiVersion: v1\nkind: Service"),
        rule("RG2012", .note, "kind not checked",
             "recipegen validates Services and the workload fields that Services refer to; other kinds are parsed for YAML syntax only.",
             "kind: ConfigMap", "kind: Service"),
        rule("RG2013", .error, "misspelt kind",
             "Kinds are case-sensitive and singular; 'service' or 'Services' match no kind (D1).",
             "kind: service", "kind: Service"),
        rule("RG2014", .error, "wrong type",
             "The value has the wrong JSON type for the field (D2). YAML 1.1 typing matters: unquoted 'true', 'yes', 'on', '80' or '1.0' are not strings, so quote label values and port names that look like them (Y3).",
             "spec:\n  ports:\n    - port: \"80\"", "spec:\n  ports:\n    - port: 80"),
        rule("RG2015", .error, "integer out of range or fractional",
             "port, nodePort, healthCheckNodePort and timeoutSeconds are 32-bit integers; fractions and larger values fail to decode (D3).",
             "ports:\n  - port: 80.5", "ports:\n  - port: 80"),
        rule("RG2016", .error, "targetPort is neither a number nor a name",
             "targetPort is an IntOrString: a whole number or a string. A fraction, boolean, list or object fails to decode (D4).",
             "ports:\n  - port: 80\n    targetPort: [8080]", "ports:\n  - port: 80\n    targetPort: 8080"),
        rule("RG2017", .error, "unknown field",
             "kubectl's default --validate=strict makes the server refuse fields the type does not have. Names are case-sensitive; a mis-indented key lands in the wrong parent (D5).",
             "spec:\n  ports:\n    - port: 80\n      targetport: 8080", "spec:\n  ports:\n    - port: 80\n      targetPort: 8080"),
        rule("RG2018", .error, "field newer than the recipe's Kubernetes versions",
             "The field does not exist in the oldest Kubernetes version of the recipe's 'kubernetes:' range, so that server refuses it as unknown. The message names the version that added it.",
             "# kubernetes: \"1.28+\"\nspec:\n  trafficDistribution: PreferClose", "# kubernetes: \"1.31+\"\nspec:\n  trafficDistribution: PreferClose"),
        rule("RG2019", .error, "bad cluster setting",
             "The 'cluster' section of recipegen.yaml describes the cluster recipes are checked against: nodePortRange, ipFamilies, serviceCIDRs, denyExternalIPs. A key outside that list or a value of the wrong form is refused.",
             "cluster:\n  nodePorts: 30000-32767", "cluster:\n  nodePortRange: 30000-32767"),
    ]

    private static let metadataCodes: [DiagnosticCode] = [
        rule("RG2020", .error, "Service without name", "A Service needs 'metadata.name' (or 'generateName' with kubectl create) (M1).",
             "metadata:\n  labels: {app: web}", "metadata:\n  name: web"),
        rule("RG2021", .error, "Service name is not a DNS-1035 label",
             "Service names become DNS names: at most 63 characters, lower case letters, digits and '-', starting with a letter and ending with a letter or digit (M2). '1web' is a valid Pod name but not a Service name.",
             "metadata:\n  name: Web_API", "metadata:\n  name: web-api"),
        rule("RG2022", .error, "generateName is not valid", "The generateName prefix, with a trailing '-' masked, must be a DNS-1035 label (M3).",
             "metadata:\n  generateName: Web-", "metadata:\n  generateName: web-"),
        rule("RG2023", .error, "namespace is not a DNS-1123 label", "metadata.namespace must be a lowercase DNS-1123 label (M4).",
             "metadata:\n  namespace: Shop", "metadata:\n  namespace: shop"),
        rule("RG2024", .error, "label key is not a qualified name", "Label keys are an optional DNS subdomain prefix and '/', then a name of at most 63 characters (M5).",
             "labels:\n  app name: web", "labels:\n  app.kubernetes.io/name: web"),
        rule("RG2025", .error, "label value is not valid", "Label values are empty or at most 63 characters of letters, digits, '-', '_' and '.', starting and ending alphanumeric (M6).",
             "labels:\n  version: \"1.0 beta\"", "labels:\n  version: \"1.0-beta\""),
        rule("RG2026", .error, "annotation key is not a qualified name", "Annotation keys, lower-cased, must be qualified names; values are free text (M7).",
             "annotations:\n  owner team: web", "annotations:\n  example.com/owner: web"),
        rule("RG2027", .error, "annotations too large", "All annotation keys and values together may take at most 262144 bytes (M8).",
             "annotations:\n  example.com/blob: <300 KB>", "annotations:\n  example.com/blob: <1 KB>"),
        rule("RG2028", .error, "finalizer is not valid", "A finalizer is a qualified name; without a '/' it must be 'kubernetes', 'orphan' or 'foregroundDeletion', and 'orphan' excludes 'foregroundDeletion' (M9).",
             "finalizers:\n  - cleanup", "finalizers:\n  - example.com/cleanup"),
        rule("RG2029", .error, "owner reference is not valid", "Each owner reference needs apiVersion, kind, name and uid; only one may be the controller; an Event cannot be an owner (M10).",
             "ownerReferences:\n  - kind: Deployment\n    name: web", "ownerReferences:\n  - apiVersion: apps/v1\n    kind: Deployment\n    name: web\n    uid: 4f1c…"),
        rule("RG2030", .error, "negative generation", "metadata.generation must be 0 or more (M11).",
             "metadata:\n  generation: -1", "metadata:\n  generation: 1"),
        rule("RG2031", .error, "managedFields entry is not valid", "On create only a managedFields 'manager' over 128 bytes or with non-printable characters, or a 'subresource' over 256 bytes, is refused (M12).",
             "managedFields:\n  - manager: \"kubectl\\u0007\"", "managedFields:\n  - manager: kubectl"),
        rule("RG2032", .error, "topology annotations disagree", "When both service.kubernetes.io/topology-mode and the older topology-aware-hints are set, they must be equal (M13).",
             "annotations:\n  service.kubernetes.io/topology-mode: Auto\n  service.kubernetes.io/topology-aware-hints: Disabled", "annotations:\n  service.kubernetes.io/topology-mode: Auto"),
        rule("RG2033", .note, "resourceVersion copied from a live object", "A positive resourceVersion comes from 'kubectl get -o yaml'; kubectl clears it before creating, so it is harmless but noisy in an example (S3).",
             "metadata:\n  resourceVersion: \"12345\"", "metadata:\n  name: web"),
    ]

    private static let clusterIPCodes: [DiagnosticCode] = [
        rule("RG2040", .error, "clusterIPs missing although clusterIP is set", "Unreachable through kubectl: the registry copies clusterIP into clusterIPs before validation (C1).", "clusterIP: 10.96.0.10\nclusterIPs: []", "clusterIP: 10.96.0.10"),
        rule("RG2041", .error, "clusterIPs[0] differs from clusterIP", "The first value of clusterIPs must be clusterIP (C2).", "clusterIP: 10.96.0.10\nclusterIPs: [10.96.0.11]", "clusterIP: 10.96.0.10\nclusterIPs: [10.96.0.10]"),
        rule("RG2042", .error, "clusterIPs without clusterIP", "The server copies clusterIP into clusterIPs, never the other way round; clusterIPs alone fails (C3).", "clusterIPs: [10.96.0.10]", "clusterIP: 10.96.0.10"),
        rule("RG2043", .error, "unsupported IP family", "ipFamilies entries are exactly 'IPv4' or 'IPv6' (C4).", "ipFamilies: [ipv4]", "ipFamilies: [IPv4]"),
        rule("RG2044", .error, "IP family listed twice", "Each IP family may appear once in ipFamilies (C5).", "ipFamilies: [IPv4, IPv4]", "ipFamilies: [IPv4, IPv6]"),
        rule("RG2045", .error, "unsupported ipFamilyPolicy", "ipFamilyPolicy is 'SingleStack', 'PreferDualStack' or 'RequireDualStack'; an empty string is invalid (C6).", "ipFamilyPolicy: DualStack", "ipFamilyPolicy: PreferDualStack"),
        rule("RG2046", .error, "'None' with other cluster IPs", "'None' (headless) must be the first and only value of clusterIPs (C7).", "clusterIP: None\nclusterIPs: [None, 10.96.0.10]", "clusterIP: None"),
        rule("RG2047", .error, "cluster IP is not an IP address", "Each cluster IP is one IPv4 or IPv6 address, not a CIDR or a host name (C8).", "clusterIP: 10.96.0.0/16", "clusterIP: 10.96.0.10"),
        rule("RG2048", .error, "more than 2 cluster IPs", "clusterIPs holds at most one IPv4 and one IPv6 address (C9).", "clusterIPs: [10.96.0.10, fd00::10, 10.96.0.11]", "clusterIPs: [10.96.0.10, fd00::10]"),
        rule("RG2049", .error, "two cluster IPs of one family", "Two cluster IPs must be one IPv4 and one IPv6 address (C10).", "clusterIPs: [10.96.0.10, 10.96.0.11]", "clusterIPs: [10.96.0.10, fd00::10]"),
        rule("RG2050", .error, "cluster IP of the wrong family", "clusterIPs[i] must be of the family ipFamilies[i] names (C11).", "clusterIP: 10.96.0.10\nipFamilies: [IPv6]", "clusterIP: 10.96.0.10\nipFamilies: [IPv4]"),
    ]

    private static let portCodes: [DiagnosticCode] = [
        rule("RG2060", .error, "Service without ports", "Every Service except a headless or ExternalName one needs at least one port (P1).", "spec:\n  selector: {app: web}", "spec:\n  selector: {app: web}\n  ports:\n    - port: 80"),
        rule("RG2061", .error, "port without name in a multi-port Service", "When a Service has several ports, each needs a name (P2).", "ports:\n  - port: 80\n  - port: 443", "ports:\n  - name: http\n    port: 80\n  - name: https\n    port: 443"),
        rule("RG2062", .error, "port name is not a DNS-1123 label", "Service port names are DNS-1123 labels: lower case, digits and '-', at most 63 characters (P3). Only a named targetPort follows the stricter IANA rules.", "ports:\n  - name: HTTP_Web\n    port: 80", "ports:\n  - name: http-web\n    port: 80"),
        rule("RG2063", .error, "duplicate port name", "Port names must be unique within a Service (P4).", "ports:\n  - name: http\n    port: 80\n  - name: http\n    port: 8080", "ports:\n  - name: http\n    port: 80\n  - name: http-alt\n    port: 8080"),
        rule("RG2064", .error, "port out of range", "port must be from 1 to 65535; a missing port counts as 0 (P5).", "ports:\n  - port: 70000", "ports:\n  - port: 7000"),
        rule("RG2065", .error, "unsupported protocol", "protocol is exactly 'TCP', 'UDP' or 'SCTP' (P6).", "ports:\n  - port: 53\n    protocol: udp", "ports:\n  - port: 53\n    protocol: UDP"),
        rule("RG2066", .error, "targetPort number out of range", "A numeric targetPort must be from 1 to 65535 (P7).", "ports:\n  - port: 80\n    targetPort: 80800", "ports:\n  - port: 80\n    targetPort: 8080"),
        rule("RG2067", .error, "targetPort name is not valid", "A string targetPort names a container port (IANA_SVC_NAME): at most 15 characters, a-z, 0-9 and '-', at least one letter. A quoted number such as \"8080\" is a name and fails (P8).", "ports:\n  - port: 80\n    targetPort: \"8080\"", "ports:\n  - port: 80\n    targetPort: 8080"),
        rule("RG2068", .error, "appProtocol is not a qualified name", "appProtocol must be a qualified name such as 'http' or 'kubernetes.io/h2c'; an empty string fails (P9).", "ports:\n  - port: 80\n    appProtocol: HTTP/2", "ports:\n  - port: 80\n    appProtocol: kubernetes.io/h2c"),
        rule("RG2069", .error, "nodePort on a ClusterIP Service", "nodePort may not be used when type is ClusterIP, also when type was left out (it defaults to ClusterIP) (P10).", "ports:\n  - port: 80\n    nodePort: 30080", "type: NodePort\nports:\n  - port: 80\n    nodePort: 30080"),
        rule("RG2070", .error, "duplicate nodePort", "Two ports with the same protocol may not share a nodePort (P11).", "ports:\n  - {name: a, port: 80, nodePort: 30080}\n  - {name: b, port: 81, nodePort: 30080}", "ports:\n  - {name: a, port: 80, nodePort: 30080}\n  - {name: b, port: 81, nodePort: 30081}"),
        rule("RG2071", .error, "duplicate port", "Each (protocol, port) pair must be unique; the protocol defaults to TCP first (P12).", "ports:\n  - {name: a, port: 80}\n  - {name: b, port: 80, protocol: TCP}", "ports:\n  - {name: a, port: 80}\n  - {name: b, port: 80, protocol: UDP}"),
    ]

    private static let typeCodes: [DiagnosticCode] = [
        rule("RG2080", .error, "unsupported Service type", "type is exactly 'ClusterIP', 'NodePort', 'LoadBalancer' or 'ExternalName' (T1).", "type: Nodeport", "type: NodePort"),
        rule("RG2081", .error, "headless LoadBalancer", "clusterIP may not be 'None' for LoadBalancer services (H1).", "type: LoadBalancer\nclusterIP: None", "type: LoadBalancer"),
        rule("RG2082", .error, "headless NodePort", "clusterIP may not be 'None' for NodePort services (H2).", "type: NodePort\nclusterIP: None", "type: NodePort"),
        rule("RG2083", .error, "cluster IP on ExternalName", "An ExternalName Service is a DNS alias and has no cluster IP, not even 'None' (E1).", "type: ExternalName\nexternalName: db.example.com\nclusterIP: None", "type: ExternalName\nexternalName: db.example.com"),
        rule("RG2084", .error, "ipFamilies on ExternalName", "ipFamilies may not be set for ExternalName services (E2).", "type: ExternalName\nipFamilies: [IPv4]", "type: ExternalName"),
        rule("RG2085", .error, "ipFamilyPolicy on ExternalName", "ipFamilyPolicy may not be set for ExternalName services (E3).", "type: ExternalName\nipFamilyPolicy: SingleStack", "type: ExternalName"),
        rule("RG2086", .error, "ExternalName without externalName", "An ExternalName Service needs the DNS name it points to (E4).", "type: ExternalName", "type: ExternalName\nexternalName: db.example.com"),
        rule("RG2087", .error, "externalName is not a DNS name", "externalName is a lowercase DNS-1123 subdomain: no scheme, port, path or '*' (E5).", "type: ExternalName\nexternalName: https://db.example.com:5432", "type: ExternalName\nexternalName: db.example.com"),
        rule("RG2088", .error, "selector key or value is not valid", "Selector keys are qualified names and values label values (S1).", "selector:\n  app: my web", "selector:\n  app: my-web"),
    ]

    private static let affinityCodes: [DiagnosticCode] = [
        rule("RG2090", .error, "unsupported sessionAffinity", "sessionAffinity is exactly 'ClientIP' or 'None' (A-1).", "sessionAffinity: clientip", "sessionAffinity: ClientIP"),
        rule("RG2091", .error, "ClientIP affinity without config", "Unreachable through kubectl: defaulting fills timeoutSeconds 10800 (A-2).", "sessionAffinity: ClientIP\nsessionAffinityConfig: {}", "sessionAffinity: ClientIP"),
        rule("RG2092", .error, "affinity timeout out of range", "timeoutSeconds must be more than 0 and at most 86400 (A-3).", "sessionAffinity: ClientIP\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: 100000", "sessionAffinity: ClientIP\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: 3600"),
        rule("RG2093", .error, "affinity config with None", "Unreachable through kubectl: defaulting drops the config when sessionAffinity is None (A-4).", "sessionAffinity: None\nsessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}", "sessionAffinity: None"),
        rule("RG2094", .error, "external IP is not an IP address", "Each externalIPs entry is one IP address (X1).", "externalIPs: [203.0.113.0/24]", "externalIPs: [203.0.113.10]"),
        rule("RG2095", .error, "special external IP", "External IPs may not be unspecified, loopback, link-local or link-local multicast (X2).", "externalIPs: [127.0.0.1]", "externalIPs: [203.0.113.10]"),
        rule("RG2096", .error, "external IPs denied by admission", "With the DenyServiceExternalIPs admission plugin (configured for the site) any externalIPs are refused (X3).", "externalIPs: [203.0.113.10]", "type: LoadBalancer"),
        rule("RG2097", .error, "loadBalancerSourceRanges without LoadBalancer", "loadBalancerSourceRanges may only be used when type is LoadBalancer; the server reports it as spec.LoadBalancerSourceRanges (L1).", "type: NodePort\nloadBalancerSourceRanges: [10.0.0.0/8]", "type: LoadBalancer\nloadBalancerSourceRanges: [10.0.0.0/8]"),
        rule("RG2098", .error, "source range is not a CIDR", "Each loadBalancerSourceRanges entry is a CIDR such as 10.9.8.0/24 (L2).", "loadBalancerSourceRanges: [10.0.0.1]", "loadBalancerSourceRanges: [10.0.0.1/32]"),
        rule("RG2099", .error, "source-ranges annotation is not valid", "The service.beta.kubernetes.io/load-balancer-source-ranges annotation is for LoadBalancer Services and holds comma-separated CIDRs (L3).", "metadata:\n  name: web\n  annotations:\n    service.beta.kubernetes.io/load-balancer-source-ranges: 10.0.0.1\nspec:\n  type: LoadBalancer", "metadata:\n  name: web\n  annotations:\n    service.beta.kubernetes.io/load-balancer-source-ranges: 10.0.0.0/8\nspec:\n  type: LoadBalancer"),
        rule("RG2100", .error, "allocateLoadBalancerNodePorts without LoadBalancer", "allocateLoadBalancerNodePorts may only be set when type is LoadBalancer (L4).", "type: NodePort\nallocateLoadBalancerNodePorts: false", "type: LoadBalancer\nallocateLoadBalancerNodePorts: false"),
        rule("RG2101", .error, "allocateLoadBalancerNodePorts missing", "Unreachable through kubectl: it defaults to true for LoadBalancer (L5).", "type: LoadBalancer  # without defaulting", "type: LoadBalancer\nallocateLoadBalancerNodePorts: true"),
        rule("RG2102", .error, "loadBalancerClass without LoadBalancer", "loadBalancerClass may only be set when type is LoadBalancer (L6).", "type: ClusterIP\nloadBalancerClass: example.com/lb", "type: LoadBalancer\nloadBalancerClass: example.com/lb"),
        rule("RG2103", .error, "loadBalancerClass is not a qualified name", "loadBalancerClass must be a qualified name such as 'example.com/internal' (L7).", "type: LoadBalancer\nloadBalancerClass: -internal", "type: LoadBalancer\nloadBalancerClass: example.com/internal"),
    ]

    private static let trafficCodes: [DiagnosticCode] = [
        rule("RG2110", .error, "externalTrafficPolicy on an internal Service", "externalTrafficPolicy may only be set for NodePort, LoadBalancer, or (from 1.29) ClusterIP with externalIPs (TP1).", "type: ClusterIP\nexternalTrafficPolicy: Local", "type: NodePort\nexternalTrafficPolicy: Local"),
        rule("RG2111", .error, "unsupported externalTrafficPolicy", "externalTrafficPolicy is exactly 'Cluster' or 'Local' (TP2).", "type: NodePort\nexternalTrafficPolicy: local", "type: NodePort\nexternalTrafficPolicy: Local"),
        rule("RG2112", .error, "healthCheckNodePort without LoadBalancer and Local", "healthCheckNodePort may only be set when type is LoadBalancer and externalTrafficPolicy is Local; the policy defaults to Cluster (HC1).", "type: LoadBalancer\nhealthCheckNodePort: 32000", "type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 32000"),
        rule("RG2113", .error, "healthCheckNodePort out of range", "healthCheckNodePort must be from 1 to 65535 (HC2). Only reachable when the node-port range reaches past 65535: otherwise the allocator refuses the value first (RG2129).", "type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 70000", "type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 32000"),
        rule("RG2114", .error, "unsupported internalTrafficPolicy", "internalTrafficPolicy is exactly 'Cluster' or 'Local'; an empty string is invalid (IT1).", "internalTrafficPolicy: Node", "internalTrafficPolicy: Local"),
        rule("RG2115", .error, "internalTrafficPolicy missing", "Unreachable through kubectl: it defaults to Cluster (IT2).", "type: ClusterIP  # without defaulting", "internalTrafficPolicy: Cluster"),
        rule("RG2116", .error, "unsupported trafficDistribution", "trafficDistribution is 'PreferClose' in 1.31–1.33; an empty string is invalid (TD1).", "trafficDistribution: PreferZone", "trafficDistribution: PreferClose"),
    ]

    private static let allocationCodes: [DiagnosticCode] = [
        rule("RG2120", .error, "two cluster IPs with SingleStack", "Two cluster IPs need ipFamilyPolicy PreferDualStack or RequireDualStack; the policy defaults to SingleStack (A1).", "clusterIP: 10.96.0.10\nclusterIPs: [10.96.0.10, fd00::10]", "clusterIP: 10.96.0.10\nclusterIPs: [10.96.0.10, fd00::10]\nipFamilyPolicy: PreferDualStack"),
        rule("RG2121", .error, "two IP families with SingleStack", "Two ipFamilies need ipFamilyPolicy PreferDualStack or RequireDualStack (A2).", "ipFamilies: [IPv4, IPv6]", "ipFamilies: [IPv4, IPv6]\nipFamilyPolicy: PreferDualStack"),
        rule("RG2122", .error, "cluster IP family not configured", "The cluster has no service CIDR for the family of this cluster IP (A3, depends on the cluster configured for the site).", "clusterIP: fd00::10  # on an IPv4-only cluster", "clusterIP: 10.96.0.10"),
        rule("RG2123", .error, "RequireDualStack on a single-stack cluster", "The cluster is not configured for dual-stack services (A4, cluster setting).", "ipFamilyPolicy: RequireDualStack", "ipFamilyPolicy: PreferDualStack"),
        rule("RG2124", .error, "IP family not configured", "The cluster has no service CIDR for this family (A5, cluster setting).", "ipFamilies: [IPv6]  # on an IPv4-only cluster", "ipFamilies: [IPv4]"),
        rule("RG2125", .error, "cluster IP outside the service range", "A requested cluster IP must lie in the cluster's service CIDR (A6, cluster setting).", "clusterIP: 192.168.0.10", "clusterIP: 10.96.0.10"),
        rule("RG2126", .error, "nodePort outside the node-port range", "A requested nodePort must lie in the API server's --service-node-port-range, 30000-32767 by default (A7).", "type: NodePort\nports:\n  - port: 80\n    nodePort: 8080", "type: NodePort\nports:\n  - port: 80\n    nodePort: 30080"),
        rule("RG2127", .error, "nodePort already allocated", "Ports with different port numbers may not share a nodePort (A8).", "type: NodePort\nports:\n  - {name: a, port: 80, nodePort: 30080}\n  - {name: b, port: 81, protocol: UDP, nodePort: 30080}", "type: NodePort\nports:\n  - {name: a, port: 80, nodePort: 30080}\n  - {name: b, port: 80, protocol: UDP, nodePort: 30080}"),
        rule("RG2129", .error, "healthCheckNodePort cannot be allocated", "The requested health-check node port is outside the node-port range or already one of the Service's node ports (A10).", "type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 8080", "type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 32000"),
    ]

    private static let warningCodes: [DiagnosticCode] = [
        rule("RG2140", .warning, "field ignored for headless Services", "A headless Service ignores loadBalancerIP, externalIPs and ClientIP session affinity.", "clusterIP: None\nsessionAffinity: ClientIP", "clusterIP: None"),
        rule("RG2141", .warning, "externalIPs on ExternalName", "externalIPs have no effect on an ExternalName Service.", "type: ExternalName\nexternalIPs: [203.0.113.10]", "type: ExternalName"),
        rule("RG2142", .warning, "externalName on another type", "externalName has no effect unless type is ExternalName.", "type: ClusterIP\nexternalName: db.example.com", "type: ExternalName\nexternalName: db.example.com"),
        rule("RG2143", .warning, "IP address with leading zeros", "An IPv4 part with a leading zero is read as decimal by Kubernetes but as octal by other tools.", "externalIPs: [203.0.113.010]", "externalIPs: [203.0.113.10]"),
        rule("RG2144", .warning, "deprecated topology annotation", "service.kubernetes.io/topology-aware-hints is replaced by service.kubernetes.io/topology-mode.", "annotations:\n  service.kubernetes.io/topology-aware-hints: Auto", "annotations:\n  service.kubernetes.io/topology-mode: Auto"),
    ]

    private static let crossResourceCodes: [DiagnosticCode] = [
        rule("RG2150", .warning, "selector matches no pod template", "The recipe defines workloads, but the Service's selector matches none of their pod labels, so applied together the Service would have no endpoints. A warning, not an error, because a recipe may select pods it does not define (deployed by another recipe or a chart); --strict makes it fail.", "selector: {app: web}\n# Deployment template labels: {app: frontend}", "selector: {app: frontend}"),
        rule("RG2151", .error, "named targetPort matches no container port", "A string targetPort must be the name of a container port of the selected pods.", "targetPort: http\n# containers: ports: [{containerPort: 8080}]", "targetPort: http\n# containers: ports: [{name: http, containerPort: 8080}]"),
        rule("RG2152", .warning, "StatefulSet serviceName is not a headless Service", "A StatefulSet's serviceName should name a headless Service of the recipe, which gives its pods stable DNS names.", "serviceName: db\n# Service 'db' has a cluster IP", "serviceName: db\n# Service 'db' has clusterIP: None"),
        rule("RG2153", .warning, "cluster IP requested twice", "Two Services of the recipe request the same cluster IP; the second create would fail ('provided IP is already allocated').", "# Service a: clusterIP: 10.96.0.10\n# Service b: clusterIP: 10.96.0.10", "# Service b: clusterIP: 10.96.0.11"),
        rule("RG2154", .warning, "nodePort requested twice", "Two Services of the recipe request the same nodePort; the second create would fail ('provided port is already allocated').", "# Service a: nodePort: 30080\n# Service b: nodePort: 30080", "# Service b: nodePort: 30081"),
        rule("RG2155", .error, "workload selector missing or empty", "apps/v1 Deployments, StatefulSets, DaemonSets and ReplicaSets need a non-empty spec.selector.", "kind: Deployment\nspec:\n  template: …", "kind: Deployment\nspec:\n  selector:\n    matchLabels: {app: web}\n  template: …"),
        rule("RG2156", .error, "workload selector does not match its template", "spec.selector must match spec.template.metadata.labels.", "kind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: api}", "kind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}"),
        rule("RG2157", .error, "container port out of range", "Each container port needs a containerPort from 1 to 65535.", "kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      ports:\n        - containerPort: 0", "kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      ports:\n        - containerPort: 8080"),
        rule("RG2158", .error, "container port name is not valid", "A container port name is an IANA service name (at most 15 characters, a-z, 0-9 and '-', at least one letter) and unique in the pod; Services refer to it as a named targetPort.", "kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      ports:\n        - {name: HTTP, containerPort: 8080}", "kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      ports:\n        - {name: http, containerPort: 8080}"),
    ]
}
