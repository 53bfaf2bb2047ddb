import RecipeDiagnostics
import RecipeYAML

/// Validates one v1 Service the way the API server handles a create (service-rules.md §1).
///
/// Stages, in the server's order; a stage that fails ends the check, as the server answers
/// with that stage's errors alone:
/// 1. strict decoding (D2–D7): wrong types, unknown fields, fields newer than the versions;
/// 2. defaulting (§4), then the registry's `beginCreate`: cluster IPs and families (§5, C1–C11),
///    then A1–A3, then A4–A5, then cluster IP allocation (A6), node ports (A7, A8) and the
///    health-check node port (A10);
/// 3. `ValidateService`: metadata (§3), ports (§6), types (§7), affinity, external IPs and
///    load-balancer fields (§8), traffic policies (§9) — all collected together;
/// 4. validating admission (X3), only when everything before passed.
/// Notes and warnings (S3, §12) are added whatever the outcome.
enum ServiceValidator {
    static func validate(
        _ root: YAMLNode,
        options: ValidationOptions
    ) -> (service: Service, diagnostics: [Diagnostic]) {
        var sink = DiagnosticSink(root: root)
        let service = ServiceDecoder.decode(root, defaulting: options.defaulting)
        let context = ServiceRuleContext(service: service, root: root, options: options)
        StrictDecoder(versions: options.versions).check(
            root,
            as: .object(ServiceSchema.service),
            at: FieldPath(),
            into: &sink
        )
        if !sink.hasErrors {
            runStages(context, into: &sink)
        }
        MetadataRules.noteResourceVersion(context, into: &sink)
        ServiceWarnings.check(context, into: &sink)
        return (service, sink.diagnostics)
    }

    private static func runStages(_ context: ServiceRuleContext, into sink: inout DiagnosticSink) {
        if !beginCreate(context, into: &sink) { return }
        MetadataRules.check(context, into: &sink)
        MetadataRules.checkTopologyAnnotations(context, into: &sink)
        PortRules.check(context, into: &sink)
        TypeRules.check(context, into: &sink)
        AffinityRules.check(context, into: &sink)
        LoadBalancerRules.check(context, into: &sink)
        TrafficPolicyRules.check(context, into: &sink)
        if sink.hasErrors { return }
        AffinityRules.checkAdmission(context, into: &sink)
    }

    /// The registry's checks before validation; false when one failed.
    private static func beginCreate(
        _ context: ServiceRuleContext,
        into sink: inout DiagnosticSink
    ) -> Bool {
        let service = context.service
        if service.type != .externalName {
            ClusterIPRules.check(context, into: &sink)
            if sink.hasErrors { return false }
            if AllocationRules.checkFamilies(context, into: &sink) { return false }
            AllocationRules.checkClusterIPRange(context, into: &sink)
            if sink.hasErrors { return false }
        }
        if service.type == .nodePort || service.type == .loadBalancer {
            AllocationRules.checkNodePorts(context, into: &sink)
            if sink.hasErrors { return false }
        }
        AllocationRules.checkHealthCheckNodePort(context, into: &sink)
        return !sink.hasErrors
    }
}
