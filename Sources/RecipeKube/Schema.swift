/// The shape of a Kubernetes API type, as strict decoding needs it: which fields exist, their
/// JSON types, and the minor version that introduced a field.
indirect enum FieldType: Sendable {
    case string
    /// A Go `int32`: an integer from −2³¹ to 2³¹−1.
    case int32
    /// A Go `int64`.
    case int64
    case bool
    /// `intstr.IntOrString`: an int32 or any string.
    case intOrString
    /// `map[string]string` (labels, annotations, selectors).
    case stringMap
    case list(FieldType)
    case object(ObjectSchema)
    /// Anything at all (`fieldsV1`, a raw extension).
    case free
}

/// One field of an object type.
struct FieldSpec: Sendable {
    var type: FieldType
    /// The Kubernetes minor version that added the field; nil when it is older than 1.28.
    var since: Int?

    init(_ type: FieldType, since: Int? = nil) {
        self.type = type
        self.since = since
    }
}

/// An object type: its Go name (for messages) and its fields by JSON name.
struct ObjectSchema: Sendable {
    var name: String
    var fields: [String: FieldSpec]

    init(_ name: String, _ fields: [String: FieldSpec]) {
        self.name = name
        self.fields = fields
    }
}
