extension DiagnosticRegistry {
    /// Manifests and the Service schema (RG2010 and up).
    static let serviceCodes: [DiagnosticCode] = []
}
