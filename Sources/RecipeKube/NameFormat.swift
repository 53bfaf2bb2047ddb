/// The name formats of apimachinery's `pkg/util/validation` (service-rules.md §3 character
/// classes). Each check returns nil for a valid value, or what is wrong, phrased to follow
/// "'x' is not valid: ".
enum NameFormat {
    /// `IsDNS1035Label`: 1–63 bytes of `a-z 0-9 -`, starting with a letter, ending alphanumeric.
    static func dns1035Label(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        if bytes.count > 63 { return "must be no more than 63 characters" }
        guard let first = bytes.first, isLower(first), isLabelBody(bytes),
            isAlnum(bytes[bytes.count - 1])
        else {
            return "a DNS-1035 label must consist of lower case alphanumeric characters or '-', "
                + "start with an alphabetic character, and end with an alphanumeric character"
        }
        return nil
    }

    /// `IsDNS1123Label`: 1–63 bytes of `a-z 0-9 -`, starting and ending alphanumeric.
    static func dns1123Label(_ value: String) -> String? {
        let bytes = Array(value.utf8)
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
        let bytes = Array(value.utf8)
        if bytes.count > 253 { return "must be no more than 253 characters" }
        let labels = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard !bytes.isEmpty, labels.allSatisfy({ isLabel($0) }) else {
            return "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
                + "characters, '-' or '.', and must start and end with an alphanumeric character"
        }
        return nil
    }

    /// `IsQualifiedName`: an optional DNS-1123 subdomain prefix and `/`, then a name part of
    /// 1–63 bytes of `A-Z a-z 0-9 - _ .`, starting and ending alphanumeric.
    static func qualifiedName(_ value: String) -> String? {
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
            return "a qualified name must consist of alphanumeric characters, '-', '_' or '.', "
                + "and must start and end with an alphanumeric character, with an optional "
                + "DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
        }
        if name.isEmpty { return "name part must be non-empty" }
        if name.utf8.count > 63 { return "name part must be no more than 63 characters" }
        guard isQualifiedPart(Array(name.utf8)) else {
            return "name part must consist of alphanumeric characters, '-', '_' or '.', and must "
                + "start and end with an alphanumeric character (e.g. 'MyName' or 'my.name')"
        }
        return nil
    }

    /// `IsValidLabelValue`: empty, or at most 63 bytes in the qualified-name name-part class.
    static func labelValue(_ value: String) -> String? {
        let bytes = Array(value.utf8)
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
        let bytes = Array(value.utf8)
        if bytes.isEmpty || bytes.count > 15 { return "must be no more than 15 characters" }
        guard bytes.allSatisfy({ isLower($0) || isDigit($0) || $0 == dash }) else {
            return "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"
        }
        if value.contains("--") { return "must not contain consecutive hyphens" }
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

    private static func isLabel(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, bytes.count <= 63 else {
            return false
        }
        return isAlnum(first) && isAlnum(last) && isLabelBody(bytes)
    }

    private static func isQualifiedPart(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        let edge = { (b: UInt8) in isAlnum(b) || isUpper(b) }
        return edge(first) && edge(last)
            && bytes.allSatisfy {
                edge($0) || $0 == dash || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
            }
    }
}
