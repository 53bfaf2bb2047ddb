import RecipeDiagnostics
import RecipeYAML

/// Checks a YAML tree against a schema the way the API server decodes with
/// `fieldValidation=Strict` (service-rules.md D2–D7).
///
/// Needs: a schema (finite, so the walk is bounded by the schema's depth, never by the input).
/// Guarantees: every unknown field (D5, RG2017), field newer than the oldest checked version
/// (RG2018), wrong JSON type (D2/Y3, RG2014), int32/int64 overflow or fraction (D3, RG2015) and
/// undecodable `targetPort` (D4, RG2016) is reported once, at the key (unknown fields) or the
/// value (types). `null` is the same as an absent field (D7). Duplicate keys (D6) are reported
/// by the YAML parser (RG2002).
struct StrictDecoder {
    let versions: KubernetesVersionRange

    /// Checks `node` against `type`, reporting at `path` into `sink`.
    func check(
        _ node: YAMLNode,
        as type: FieldType,
        at path: FieldPath,
        into sink: inout DiagnosticSink
    ) {
        if node.isNull { return }
        switch type {
        case .free:
            return
        case .string:
            if node.string == nil { wrongType(node, expected: "a string", at: path, into: &sink) }
        case .bool:
            if case .bool? = node.scalar?.value { return }
            wrongType(node, expected: "a boolean (true or false)", at: path, into: &sink)
        case .int32:
            checkInteger(node, bits: 32, at: path, into: &sink)
        case .int64:
            checkInteger(node, bits: 64, at: path, into: &sink)
        case .intOrString:
            checkIntOrString(node, at: path, into: &sink)
        case .stringMap:
            checkStringMap(node, at: path, into: &sink)
        case .list(let element):
            guard let items = node.items else {
                wrongType(node, expected: "a list", at: path, into: &sink)
                return
            }
            for (index, item) in items.enumerated() where !Self.passes(item, as: element) {
                check(item, as: element, at: path.index(index), into: &sink)
            }
        case .object(let schema):
            checkObject(node, schema, at: path, into: &sink)
        }
    }

    private func checkObject(
        _ node: YAMLNode,
        _ schema: ObjectSchema,
        at path: FieldPath,
        into sink: inout DiagnosticSink
    ) {
        guard let pairs = node.pairs else {
            wrongType(node, expected: "an object", at: path, into: &sink)
            return
        }
        for pair in pairs {
            guard let key = JSONKey.of(pair.key) else {
                sink.emit(
                    "RG2014",
                    "a key of '\(path)' is \(pair.key.typeDescription); expected a field name",
                    range: pair.key.range,
                    fieldPath: path.description
                )
                continue
            }
            let fieldPath = path.key(key)
            guard let field = schema.fields[key] else {
                let suggestion = FieldNameSuggestion.closest(to: key, in: schema.fields.keys)
                sink.emit(
                    "RG2017",
                    "unknown field '\(fieldPath.description.clipped)'; \(schema.name) has no field '\(key.clipped)'",
                    range: pair.key.range,
                    fieldPath: fieldPath.description,
                    help: suggestion.map { "did you mean '\($0)'? field names are case-sensitive" }
                )
                continue
            }
            if let since = field.since, versions.lowest < since {
                sink.emit(
                    "RG2018",
                    "field '\(fieldPath)' does not exist in Kubernetes 1.\(versions.lowest); it was added in 1.\(since)",
                    range: pair.key.range,
                    fieldPath: fieldPath.description,
                    help:
                        "remove the field, or raise the recipe's 'kubernetes:' range to 1.\(since)+"
                )
                continue
            }
            if Self.passes(pair.value, as: field.type) { continue }
            check(pair.value, as: field.type, at: fieldPath, into: &sink)
        }
    }

    /// Whether `check` would find nothing to report in a null or scalar `node` of a scalar
    /// `type`; false whenever it might, and for objects and lists. Most fields of a manifest
    /// pass so, without building their path.
    static func passes(_ node: YAMLNode, as type: FieldType) -> Bool {
        guard case .scalar(let scalar) = node.kind else { return false }
        switch (type, scalar.value) {
        case (_, .null), (.free, _), (.string, .string), (.bool, .bool), (.int64, .int),
            (.intOrString, .string):
            return true
        case (.int32, .int(let value)), (.intOrString, .int(let value)):
            return value >= Int(Int32.min) && value <= Int(Int32.max)
        default:
            return false
        }
    }

    private func checkInteger(
        _ node: YAMLNode,
        bits: Int,
        at path: FieldPath,
        into sink: inout DiagnosticSink
    ) {
        let limit = bits == 32 ? Double(Int32.max) : Double(Int64.max)
        switch node.scalar?.value {
        case .int(let value):
            if bits == 32 && (value < Int(Int32.min) || value > Int(Int32.max)) {
                sink.emit(
                    "RG2015",
                    "'\(path)' is \(value), which does not fit a 32-bit integer; expected a value from -2147483648 to 2147483647",
                    range: node.range,
                    fieldPath: path.description
                )
            }
        case .float(let value):
            if value.rounded() != value || value.isNaN {
                sink.emit(
                    "RG2015",
                    "'\(path)' is \(node.scalar?.text ?? ""), a fraction; expected a whole number",
                    range: node.range,
                    fieldPath: path.description
                )
            } else if abs(value) > limit {
                sink.emit(
                    "RG2015",
                    "'\(path)' is \(node.scalar?.text ?? ""), which does not fit a \(bits)-bit integer",
                    range: node.range,
                    fieldPath: path.description
                )
            }
        default:
            wrongType(node, expected: "an integer", at: path, into: &sink)
        }
    }

    private func checkIntOrString(
        _ node: YAMLNode,
        at path: FieldPath,
        into sink: inout DiagnosticSink
    ) {
        let expected = "expected a port number or a port name"
        switch node.scalar?.value {
        case .string?:
            return
        case .int(let value)?:
            if value >= Int(Int32.min) && value <= Int(Int32.max) { return }
            sink.emit(
                "RG2016",
                "'\(path)' is \(value), which does not fit a 32-bit integer; \(expected)",
                range: node.range,
                fieldPath: path.description
            )
        case .float(let value)?:
            if value.rounded() == value && abs(value) <= Double(Int32.max) { return }
            sink.emit(
                "RG2016",
                "'\(path)' is \(node.scalar?.text ?? ""), not a whole number; \(expected)",
                range: node.range,
                fieldPath: path.description
            )
        default:
            sink.emit(
                "RG2016",
                "'\(path)' is \(node.typeDescription); \(expected)",
                range: node.range,
                fieldPath: path.description
            )
        }
    }

    private func checkStringMap(
        _ node: YAMLNode,
        at path: FieldPath,
        into sink: inout DiagnosticSink
    ) {
        guard let pairs = node.pairs else {
            wrongType(node, expected: "an object of strings (key: value)", at: path, into: &sink)
            return
        }
        for pair in pairs {
            guard let key = JSONKey.of(pair.key) else {
                sink.emit(
                    "RG2014",
                    "a key of '\(path)' is \(pair.key.typeDescription); expected a string",
                    range: pair.key.range,
                    fieldPath: path.description
                )
                continue
            }
            let value = pair.value
            if value.isNull || value.string != nil { continue }
            wrongType(value, expected: "a string", at: path.mapKey(key), into: &sink)
        }
    }

    private func wrongType(
        _ node: YAMLNode,
        expected: String,
        at path: FieldPath,
        into sink: inout DiagnosticSink
    ) {
        var help: String?
        if let scalar = node.scalar, scalar.style == .plain, expected == "a string" {
            help = "quote the value to keep it a string: \"\(scalar.text)\""
        } else if let scalar = node.scalar, case .string = scalar.value, expected == "an integer",
            Int(scalar.text) != nil
        {
            help = "remove the quotes: \(scalar.text)"
        }
        sink.emit(
            "RG2014",
            "'\(path)' is \(node.typeDescription); expected \(expected)",
            range: node.range,
            fieldPath: path.description,
            help: help
        )
    }
}

/// The JSON object key a YAML key becomes when kubectl converts YAML to JSON (go-yaml v2 then
/// sigs.k8s.io/yaml): `y`/`yes`/`on` keys become `"true"`, numbers their decimal text.
enum JSONKey {
    static func of(_ key: YAMLNode) -> String? {
        guard let scalar = key.scalar else { return nil }
        switch scalar.value {
        case .string(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .float: return scalar.text
        case .null: return "null"
        }
    }
}
