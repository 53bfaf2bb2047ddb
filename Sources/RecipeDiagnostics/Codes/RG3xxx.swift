extension DiagnosticRegistry {
    /// Shell syntax and kubectl, curl and DNS references.
    static let shellCodes: [DiagnosticCode] = []
}
