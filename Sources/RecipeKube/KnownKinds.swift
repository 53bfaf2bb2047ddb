/// The kinds recipegen decodes, with the one `apiVersion` each is served under.
enum KnownKinds {
    static let apiVersions: [String: String] = [
        "Service": "v1",
        "Pod": "v1",
        "Deployment": "apps/v1",
        "StatefulSet": "apps/v1",
        "DaemonSet": "apps/v1",
        "ReplicaSet": "apps/v1",
        "Job": "batch/v1",
    ]

    /// Workload kinds: the ones with pods.
    static let workloads: Set<String> = [
        "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job",
    ]

    /// The known kind `kind` was probably meant to be (`service`, `Services`), if any.
    static func misspelling(of kind: String) -> String? {
        let lowered = kind.lowercased()
        return apiVersions.keys.first {
            $0.lowercased() == lowered || $0.lowercased() + "s" == lowered
        }
    }
}
