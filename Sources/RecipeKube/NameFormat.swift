/// The name formats of apimachinery's `pkg/util/validation` (service-rules.md §3 character
/// classes). Each check returns nil for a valid value, or what is wrong, phrased to follow
/// "'x' is not valid: ".
enum NameFormat {
    /// `IsDNS1035Label`: 1–63 bytes of `a-z 0-9 -`, starting with a letter, ending alphanumeric.
    static func dns1035Label(_ value: String) -> String? {
        let bytes = value.utf8
        if bytes.count > 63 { return "must be no more than 63 characters" }
        guard let first = bytes.first, isLower(first), isLabelBody(bytes),
            let last = bytes.last, isAlnum(last)
        else {
            return "a DNS-1035 label must consist of lower case alphanumeric characters or '-', "
                + "start with an alphabetic character, and end with an alphanumeric character"
        }
        return nil
    }

    /// `IsDNS1123Label`: 1–63 bytes of `a-z 0-9 -`, starting and ending alphanumeric.
    static func dns1123Label(_ value: String) -> String? {
        let bytes = value.utf8
        if bytes.count > 63 { return "must be no more than 63 characters" }
        guard isLabel(bytes[...]) else {
            if value.contains("."), dns1123Subdomain(value) == nil {
                return "must not contain dots"
            }
            return "a lowercase RFC 1123 label must consist of lower case alphanumeric characters "
                + "or '-', and must start and end with an alphanumeric character"
        }
        return nil
    }

    /// `IsDNS1123Subdomain`: at most 253 bytes of DNS-1123 labels joined by `.`.
    static func dns1123Subdomain(_ value: String) -> String? {
        dns1123Subdomain(value.utf8[...])
    }

    /// ``dns1123Subdomain(_:)-swift.method`` of some bytes of a string.
    static func dns1123Subdomain(_ bytes: Substring.UTF8View) -> String? {
        if bytes.count > 253 { return "must be no more than 253 characters" }
        guard !bytes.isEmpty, allLabels(bytes) else {
            return "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
                + "characters, '-' or '.', and must start and end with an alphanumeric character"
        }
        return nil
    }

    /// `IsQualifiedName`: an optional DNS-1123 subdomain prefix and `/`, then a name part of
    /// 1–63 bytes of `A-Z a-z 0-9 - _ .`, starting and ending alphanumeric.
    static func qualifiedName(_ value: String) -> String? {
        let utf8 = value.utf8
        let slash = UInt8(ascii: "/")
        // Bytes and Characters split alike at '/' in ASCII text; other text splits by Character.
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return qualifiedNameOfCharacters(value) }
        let name: Substring.UTF8View
        switch utf8.firstIndex(of: slash) {
        case nil:
            name = utf8[...]
        case let first? where utf8[utf8.index(after: first)...].contains(slash):
            return qualifiedNameProblem
        case let first?:
            if first == utf8.startIndex { return "prefix part must be non-empty" }
            if let problem = dns1123Subdomain(utf8[..<first]) { return "prefix part " + problem }
            name = utf8[utf8.index(after: first)...]
        }
        return qualifiedNamePart(name)
    }

    private static let qualifiedNameProblem =
        "a qualified name must consist of alphanumeric characters, '-', '_' or '.', "
        + "and must start and end with an alphanumeric character, with an optional "
        + "DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"

    /// ``qualifiedName(_:)`` for text that is not ASCII, split at '/' Characters.
    private static func qualifiedNameOfCharacters(_ value: String) -> String? {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        let name: Substring
        switch parts.count {
        case 1:
            name = parts[0]
        case 2:
            if parts[0].isEmpty { return "prefix part must be non-empty" }
            if let problem = dns1123Subdomain(String(parts[0])) { return "prefix part " + problem }
            name = parts[1]
        default:
            return qualifiedNameProblem
        }
        return qualifiedNamePart(name.utf8)
    }

    private static func qualifiedNamePart(_ name: Substring.UTF8View) -> String? {
        if name.isEmpty { return "name part must be non-empty" }
        if name.count > 63 { return "name part must be no more than 63 characters" }
        guard isQualifiedPart(name) else {
            return "name part must consist of alphanumeric characters, '-', '_' or '.', and must "
                + "start and end with an alphanumeric character (e.g. 'MyName' or 'my.name')"
        }
        return nil
    }

    /// `IsValidLabelValue`: empty, or at most 63 bytes in the qualified-name name-part class.
    static func labelValue(_ value: String) -> String? {
        let bytes = value.utf8
        if bytes.isEmpty { return nil }
        if bytes.count > 63 { return "must be no more than 63 characters" }
        guard isQualifiedPart(bytes) else {
            return "a valid label must be an empty string or consist of alphanumeric characters, "
                + "'-', '_' or '.', and must start and end with an alphanumeric character"
        }
        return nil
    }

    /// `IsValidPortName` (IANA_SVC_NAME): 1–15 bytes of `a-z 0-9 -`, at least one letter, no
    /// `--`, not starting or ending with `-`.
    static func ianaServiceName(_ value: String) -> String? {
        let bytes = value.utf8
        if bytes.isEmpty || bytes.count > 15 { return "must be no more than 15 characters" }
        guard bytes.allSatisfy({ isLower($0) || isDigit($0) || $0 == dash }) else {
            return "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"
        }
        // Only a-z, 0-9 and '-' are left, so two '-' bytes in a row are two hyphens.
        if zip(bytes, bytes.dropFirst()).contains(where: { $0 == dash && $1 == dash }) {
            return "must not contain consecutive hyphens"
        }
        guard bytes.contains(where: isLower) else {
            return "must contain at least one letter (a-z)"
        }
        if bytes.first == dash || bytes.last == dash {
            return "must not begin or end with a hyphen"
        }
        return nil
    }

    // MARK: byte classes

    private static let dash = UInt8(ascii: "-")

    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isAlnum(_ byte: UInt8) -> Bool { isLower(byte) || isDigit(byte) }

    private static func isLabelBody<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        bytes.allSatisfy { isAlnum($0) || $0 == dash }
    }

    private static func isLabel<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        guard let first = bytes.first, bytes.count <= 63 else { return false }
        var last = first
        for byte in bytes {
            guard isAlnum(byte) || byte == dash else { return false }
            last = byte
        }
        return isAlnum(first) && isAlnum(last)
    }

    /// Whether every part of `bytes` between dots (also empty ones) is a DNS-1123 label.
    private static func allLabels(_ bytes: Substring.UTF8View) -> Bool {
        var start = bytes.startIndex
        while let dot = bytes[start...].firstIndex(of: UInt8(ascii: ".")) {
            guard isLabel(bytes[start..<dot]) else { return false }
            start = bytes.index(after: dot)
        }
        return isLabel(bytes[start...])
    }

    private static func isQualifiedPart<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        guard let first = bytes.first else { return false }
        let edge = { (b: UInt8) in isAlnum(b) || isUpper(b) }
        var last = first
        for byte in bytes {
            guard edge(byte) || byte == dash || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            else { return false }
            last = byte
        }
        return edge(first) && edge(last)
    }
}
