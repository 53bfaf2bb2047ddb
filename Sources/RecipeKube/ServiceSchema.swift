/// The v1 Service type and the object metadata, field by field, as of Kubernetes 1.31–1.32
/// (k8s.io/api core/v1 `Service`, `ServiceSpec`, `ServicePort`, `ServiceStatus`; apimachinery
/// `ObjectMeta`). Fields added after 1.28 carry their version (service-rules.md §11).
enum ServiceSchema {
    /// The whole `v1/Service` object.
    static let service = ObjectSchema(
        "Service",
        [
            "apiVersion": FieldSpec(.string),
            "kind": FieldSpec(.string),
            "metadata": FieldSpec(.object(objectMeta)),
            "spec": FieldSpec(.object(spec)),
            "status": FieldSpec(.object(status)),
        ]
    )

    /// `metav1.ObjectMeta`.
    static let objectMeta = ObjectSchema(
        "ObjectMeta",
        [
            "name": FieldSpec(.string),
            "generateName": FieldSpec(.string),
            "namespace": FieldSpec(.string),
            "selfLink": FieldSpec(.string),
            "uid": FieldSpec(.string),
            "resourceVersion": FieldSpec(.string),
            "generation": FieldSpec(.int64),
            "creationTimestamp": FieldSpec(.string),
            "deletionTimestamp": FieldSpec(.string),
            "deletionGracePeriodSeconds": FieldSpec(.int64),
            "labels": FieldSpec(.stringMap),
            "annotations": FieldSpec(.stringMap),
            "ownerReferences": FieldSpec(.list(.object(ownerReference))),
            "finalizers": FieldSpec(.list(.string)),
            "managedFields": FieldSpec(.list(.object(managedFields))),
        ]
    )

    static let ownerReference = ObjectSchema(
        "OwnerReference",
        [
            "apiVersion": FieldSpec(.string),
            "kind": FieldSpec(.string),
            "name": FieldSpec(.string),
            "uid": FieldSpec(.string),
            "controller": FieldSpec(.bool),
            "blockOwnerDeletion": FieldSpec(.bool),
        ]
    )

    static let managedFields = ObjectSchema(
        "ManagedFieldsEntry",
        [
            "manager": FieldSpec(.string),
            "operation": FieldSpec(.string),
            "apiVersion": FieldSpec(.string),
            "time": FieldSpec(.string),
            "fieldsType": FieldSpec(.string),
            "fieldsV1": FieldSpec(.free),
            "subresource": FieldSpec(.string),
        ]
    )

    /// `v1.ServiceSpec`.
    static let spec = ObjectSchema(
        "ServiceSpec",
        [
            "ports": FieldSpec(.list(.object(port))),
            "selector": FieldSpec(.stringMap),
            "clusterIP": FieldSpec(.string),
            "clusterIPs": FieldSpec(.list(.string)),
            "type": FieldSpec(.string),
            "externalIPs": FieldSpec(.list(.string)),
            "sessionAffinity": FieldSpec(.string),
            "loadBalancerIP": FieldSpec(.string),
            "loadBalancerSourceRanges": FieldSpec(.list(.string)),
            "externalName": FieldSpec(.string),
            "externalTrafficPolicy": FieldSpec(.string),
            "healthCheckNodePort": FieldSpec(.int32),
            "publishNotReadyAddresses": FieldSpec(.bool),
            "sessionAffinityConfig": FieldSpec(.object(sessionAffinityConfig)),
            "ipFamilies": FieldSpec(.list(.string)),
            "ipFamilyPolicy": FieldSpec(.string),
            "allocateLoadBalancerNodePorts": FieldSpec(.bool),
            "loadBalancerClass": FieldSpec(.string),
            "internalTrafficPolicy": FieldSpec(.string),
            "trafficDistribution": FieldSpec(.string, since: 30),
        ]
    )

    /// `v1.ServicePort`.
    static let port = ObjectSchema(
        "ServicePort",
        [
            "name": FieldSpec(.string),
            "protocol": FieldSpec(.string),
            "appProtocol": FieldSpec(.string),
            "port": FieldSpec(.int32),
            "targetPort": FieldSpec(.intOrString),
            "nodePort": FieldSpec(.int32),
        ]
    )

    static let sessionAffinityConfig = ObjectSchema(
        "SessionAffinityConfig",
        [
            "clientIP": FieldSpec(
                .object(ObjectSchema("ClientIPConfig", ["timeoutSeconds": FieldSpec(.int32)]))
            )
        ]
    )

    /// `v1.ServiceStatus` (cleared on create, but still decoded strictly).
    static let status = ObjectSchema(
        "ServiceStatus",
        [
            "loadBalancer": FieldSpec(
                .object(
                    ObjectSchema(
                        "LoadBalancerStatus",
                        ["ingress": FieldSpec(.list(.object(ingress)))]
                    )
                )
            ),
            "conditions": FieldSpec(.list(.object(condition))),
        ]
    )

    static let ingress = ObjectSchema(
        "LoadBalancerIngress",
        [
            "ip": FieldSpec(.string),
            "hostname": FieldSpec(.string),
            "ipMode": FieldSpec(.string, since: 29),
            "ports": FieldSpec(
                .list(
                    .object(
                        ObjectSchema(
                            "PortStatus",
                            [
                                "port": FieldSpec(.int32), "protocol": FieldSpec(.string),
                                "error": FieldSpec(.string),
                            ]
                        )
                    )
                )
            ),
        ]
    )

    static let condition = ObjectSchema(
        "Condition",
        [
            "type": FieldSpec(.string),
            "status": FieldSpec(.string),
            "observedGeneration": FieldSpec(.int64),
            "lastTransitionTime": FieldSpec(.string),
            "reason": FieldSpec(.string),
            "message": FieldSpec(.string),
        ]
    )
}
